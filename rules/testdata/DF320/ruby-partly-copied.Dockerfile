FROM ubuntu:24.04
COPY --from=ruby:3.4 /usr/local/bin /usr/local/bin
# want "gem install without --no-document"
RUN gem install bundler
