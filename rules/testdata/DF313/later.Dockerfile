FROM debian:trixie-slim
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN \\(needs review: the RUN on line 4 runs apt-get install before any apt-get update and reads them\\)"
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl
