FROM debian:trixie-slim
# want "apt-get update in a RUN that installs nothing from it: apt-get install on line 4 reads the index cached in this layer"
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN apt-get update -y && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-cache policy curl
RUN set -eux; apt-get update; xargs -rt apt-get install -y --no-install-recommends < /deps.txt; rm -rf /var/lib/apt/lists/*
# want "apt-get update in a RUN that installs nothing from it: apt-get install on line 11"
RUN apt-get update && adduser --disabled-password mike
RUN apt-get install -y --no-install-recommends make
