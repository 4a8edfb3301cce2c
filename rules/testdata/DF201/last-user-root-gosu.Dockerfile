# USER root at the end, on purpose: the entrypoint drops privileges.
FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
RUN useradd app
USER app
RUN echo built
# want "drops privileges itself \\(RUN on line 3 installs gosu\\)"
USER root
ENTRYPOINT ["/entrypoint.sh"]
