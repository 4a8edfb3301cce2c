# The package list is a variable of the script (Plone's images): gosu in
# it is the evidence; the entrypoint is not in the build context.
# want "drops privileges itself \\(RUN on line 6 installs gosu\\)"
FROM python:3.11-slim-bookworm
RUN useradd --system -m -d /app -U -u 500 plone
RUN <<EOT
    set -e
    runDeps="ca-certificates git busybox gosu libmagic1 make"
    apt-get update
    apt-get install -y --no-install-recommends $runDeps
    rm -rf /var/lib/apt/lists/*
EOT
ENTRYPOINT [ "/app/docker-entrypoint.sh" ]
CMD ["start"]
