FROM node:24-trixie-slim
# YARN_CACHE_FOLDER moves Yarn 1's cache: a cache mount there keeps it out
# of the layer; one on the default place no longer does.
ENV YARN_CACHE_FOLDER=/var/cache/yarn
RUN --mount=type=cache,target=/var/cache/yarn yarn install --frozen-lockfile
# want "yarn install leaves its cache in the layer"
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
USER node
