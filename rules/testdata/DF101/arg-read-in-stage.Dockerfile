# test: date=2026-12-04
# NODE_VERSION names the base image's release and, declared again in the
# stage, the Node headers a RUN downloads: a bump of the default changes
# both, so it needs review even where the bump alone would be safe.
ARG NODE_VERSION=24.1.0
# want "node:24.1.0-alpine3.23: node 24.1.0 is not the latest release of node 24 \\(24.19.0\\); bump to node:24.19.0-alpine3.23; needs review: ARG NODE_VERSION on line 8 brings the new value into the build steps of its stage too$"
FROM node:${NODE_VERSION}-alpine3.23
ARG NODE_VERSION
RUN wget -nv "https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-headers.tar.gz"
CMD ["node"]
