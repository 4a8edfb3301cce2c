# The later RUN's script is read and runs no apt: the fix is safe.
FROM debian:trixie-slim
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN$"
RUN apt-get update && apt-get install -y --no-install-recommends make
COPY build.sh /
RUN sh /build.sh
CMD ["bash"]
