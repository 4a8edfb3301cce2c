# test: unsafe-fixes
FROM python:3.13-slim
RUN groupadd -r app && useradd -r -g app app
USER app
WORKDIR /app
COPY --chown=app:app . .
# Switched back to root for a privileged step: keep it root, then go back.
# want "the last USER is root"
USER root
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
ENV PORT=8000
CMD ["gunicorn", "app:app"]
