# A downloaded project's own script is no cleanup of the image's: the
# finding does not mention it.
FROM debian:trixie-slim
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN$"
RUN apt-get update && \
    apt-get install -y --no-install-recommends git autoconf && \
    git clone https://example.com/project.git && cd project && ./autogen.sh
CMD ["bash"]
