# The entrypoint starts the server with start-stop-daemon --chuid.
# want "the container starts as root and drops privileges itself \\(entrypoint.sh calls start-stop-daemon --chuid\\); no USER fix offered"
FROM ubuntu:24.04
ENV PG_USER=postgres
RUN apt-get update && apt-get install -y --no-install-recommends postgresql && rm -rf /var/lib/apt/lists/*
COPY entrypoint.sh /sbin/entrypoint.sh
ENTRYPOINT ["/sbin/entrypoint.sh"]
