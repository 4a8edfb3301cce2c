FROM ubuntu:24.04
COPY --from=docker.io/library/ruby:3.4 /usr/local/ /usr/local/
RUN gem install bundler
