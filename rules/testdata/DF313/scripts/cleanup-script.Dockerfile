# The RUN ends with a cleanup script, read from the build context, that
# removes the lists (photoprism's cleanup.sh): no finding.
FROM debian:trixie-slim
COPY cleanup.sh /scripts/
RUN apt-get update && \
    apt-get install -y --no-install-recommends curl && \
    /scripts/cleanup.sh
CMD ["bash"]

# A cleanup script the build context does not have may remove them: the
# finding says so, and the fix, harmless either way, stays.
FROM debian:trixie-slim
# want "apt-get update leaves the package lists in the layer: remove /var/lib/apt/lists/\\* in the same RUN \\(unless missing-cleanup.sh, which runs after it, removes them\\)$"
RUN apt-get update && \
    apt-get install -y --no-install-recommends curl && \
    /scripts/missing-cleanup.sh
CMD ["bash"]
