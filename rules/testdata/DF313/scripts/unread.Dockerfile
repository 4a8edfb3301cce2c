# A later RUN runs a script the build context does not have: it may read
# the lists, so the fix is unsafe, and not applied without --unsafe-fixes.
FROM debian:trixie-slim
WORKDIR /src
# want "needs review: the RUN on line 7 runs missing.sh, which may read them"
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN ./missing.sh
CMD ["bash"]
