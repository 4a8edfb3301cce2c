# /usr/local/etc/gemrc comes along with the official image's /usr/local.
FROM ruby:3.4-slim AS rubies
FROM ubuntu:24.04
COPY --from=rubies /usr/local /usr/local
RUN gem update --system && gem install bundler
