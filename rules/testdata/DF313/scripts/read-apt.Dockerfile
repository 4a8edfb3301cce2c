# test: unsafe-fixes
# A later RUN runs a script, read from the build context, that runs
# apt-get: it may read the lists, so the fix is unsafe.
FROM debian:trixie-slim
# want "apt-get update leaves the package lists in the layer.*needs review: the RUN on line 8 runs deps.sh, which may read them"
RUN apt-get update && apt-get install -y --no-install-recommends curl
COPY deps.sh /usr/local/bin/
RUN deps.sh
CMD ["bash"]
