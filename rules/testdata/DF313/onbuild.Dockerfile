FROM debian:trixie-slim
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN \\(needs review: this ONBUILD runs in images built from this one"
ONBUILD RUN apt-get update && apt-get install -y --no-install-recommends curl
