FROM python:3.13-slim-trixie
# PIP_CACHE_DIR moves pip's cache: a cache mount there keeps it out of the
# layer, as one on ~/.cache/pip does.
ENV PIP_CACHE_DIR=/var/cache/pip
RUN --mount=type=cache,target=/var/cache/pip pip install flask
RUN --mount=type=cache,target=/var/cache pip install flask
# want "pip install without --no-cache-dir keeps the downloaded packages in /var/cache/pip \\(PIP_CACHE_DIR\\) in the layer"
RUN pip install flask
# A mount on the old place no longer holds it.
# want "in /var/cache/pip \\(PIP_CACHE_DIR\\) in the layer"
RUN --mount=type=cache,target=/root/.cache/pip pip install flask
USER 1000
