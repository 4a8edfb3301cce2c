# test: unsafe-fixes
# The edit lands on the ARG default; both FROMs that use it stay valid.
ARG NODE_VERSION=14
# want "bump to node:26-alpine"
FROM node:${NODE_VERSION}-alpine AS build
RUN npm ci
# want "bump to node:26-alpine"
FROM node:${NODE_VERSION}-alpine
COPY --from=build /app /app
