# The official ruby image's /usr/local/etc/gemrc already says --no-document.
FROM ruby:3.4-slim AS base
RUN gem install bundler
FROM base
RUN gem install rails
FROM docker.io/library/ruby:3.4-alpine
RUN gem install puma

