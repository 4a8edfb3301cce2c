# test: unsafe-fixes
# A later RUN runs, by its absolute path, a script without an extension
# that the Dockerfile copies there and that runs apt-get: it may read the
# lists, so the fix is unsafe.
FROM debian:trixie-slim
# want "needs review: the RUN on line 9 runs install-tools, which may read them"
RUN apt-get update && apt-get install -y --no-install-recommends curl
COPY install-tools /tmp/install-tools
RUN /tmp/install-tools
# A program at an absolute path that no COPY put there is not a script.
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN$"
RUN apt-get update && apt-get install -y --no-install-recommends make
RUN /usr/bin/make --version
CMD ["bash"]
