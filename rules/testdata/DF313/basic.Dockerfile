FROM debian:trixie-slim
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN$"
RUN apt-get update && apt-get install -y --no-install-recommends curl
# want "apt-get update leaves the package lists"
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && apt-get clean
RUN apt-get update && apt-get install -y make && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y gcc && rm -fr /var/lib/apt/lists /tmp/*
# want "aptitude update leaves the package lists"
RUN aptitude update && aptitude install -y vim
# The lists are removed before the update that brings them back.
# want "apt-get update leaves the package lists"
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y jq
# find deleting every file below the lists cleans them too (llama.cpp's images).
RUN apt-get update \
    && apt-get install -y libgomp1 curl \
    && find /var/cache/apt/archives /var/lib/apt/lists -not -name lock -type f -delete
# want "apt-get update leaves the package lists"
RUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists -name '*.lz4' -delete
