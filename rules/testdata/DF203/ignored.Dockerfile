FROM node:24-alpine
# hadolint ignore=DL3064
ARG NPM_TOKEN
# dockerfix ignore=secret-in-arg-or-env -- replaced by a build secret soon
ENV NPM_TOKEN=${NPM_TOKEN}
# want "ARG GITHUB_TOKEN"
ARG GITHUB_TOKEN
