# "$runDeps" quoted is one word, one package named by the whole list: no
# package manager installs that, so it is no evidence.
# want "the container runs as root"
FROM python:3.11-slim-bookworm
RUN set -e; runDeps="gosu"; apt-get update; apt-get install -y "$runDeps-doc"; rm -rf /var/lib/apt/lists/*
CMD ["python3"]
