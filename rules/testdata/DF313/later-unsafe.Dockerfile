# test: unsafe-fixes
FROM debian:trixie-slim AS base
# want "needs review: the RUN on line 7 runs apt-cache before any apt-get update"
RUN apt-get update && apt-get install -y --no-install-recommends curl

FROM base
RUN apt-cache policy curl
