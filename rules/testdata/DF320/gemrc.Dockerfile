FROM debian:trixie-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends ruby && rm -rf /var/lib/apt/lists/*
RUN gem install bundler

FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends ruby && rm -rf /var/lib/apt/lists/*
RUN echo 'gem: --no-document' > /etc/gemrc
RUN gem install bundler
ONBUILD RUN gem install rake
