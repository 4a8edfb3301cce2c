# The RUN ends with a cleanup script, read from the build context, that
# removes the lists (photoprism's cleanup.sh): no finding.
FROM debian:trixie-slim
COPY cleanup.sh /scripts/
RUN apt-get update && \
    apt-get install -y --no-install-recommends curl && \
    /scripts/cleanup.sh
CMD ["bash"]
