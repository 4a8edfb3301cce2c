# test: unsafe-fixes
# Ubuntu 14.04's own pip is 1.5.4: no cache, and no --no-cache-dir, which
# came with pip 6.0. Adding it would stop the build.
FROM ubuntu:14.04
# want "needs review: ubuntu 14.04's own pip predates 6.0"
RUN apt-get update && apt-get install -y --no-install-recommends python-pip && pip install flask && rm -rf /var/lib/apt/lists/*
USER 1000
