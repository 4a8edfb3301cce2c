FROM debian:trixie-slim AS base
# want "no fix: the RUN on line 6 runs apt-cache before any apt-get update and reads them"
RUN apt-get update && apt-get install -y --no-install-recommends curl

FROM base
RUN apt-cache policy curl
RUN apt-get update && apt-get install -y --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
# The update above fetched lists of its own: they are no concern of line 3.
RUN apt-cache policy jq
