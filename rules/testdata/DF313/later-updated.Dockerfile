FROM debian:trixie-slim
# The next RUN downloads lists of its own: removing these breaks nothing.
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN$"
RUN apt-get update && apt-get install -y --no-install-recommends curl
# want "no fix: the RUN on line 7 runs apt-get install"
RUN apt-get update && apt-get install -y --no-install-recommends jq
RUN apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
