# A cleanup script the Dockerfile copies but the build context does not
# have (a context above the Dockerfile's directory) may remove them: the
# finding says so, and the fix, harmless either way, stays.
FROM debian:trixie-slim
COPY missing-cleanup.sh /scripts/
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN \\(unless missing-cleanup.sh, which runs after it, removes them\\)$"
RUN apt-get update && \
    apt-get install -y --no-install-recommends curl && \
    /scripts/missing-cleanup.sh
CMD ["bash"]
