# test: unsafe-fixes
# So does Ubuntu 14.04 (RubyGems 1.8).
FROM ubuntu:14.04
# want "needs review: ubuntu 14.04 ships RubyGems older than 2.0"
RUN apt-get update && apt-get install -y --no-install-recommends ruby && gem install sass && rm -rf /var/lib/apt/lists/*
USER 1000
