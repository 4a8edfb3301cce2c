FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
# want "yarn install leaves its cache in the layer: run yarn cache clean at the end of the RUN \\(needs review: nothing in the build context"
RUN yarn install --frozen-lockfile
RUN yarn install --frozen-lockfile && yarn cache clean
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
# want "yarn install leaves its cache"
RUN yarn
# Printing the version or the help installs nothing: docker-node's smoke test.
RUN yarn --version && yarn -v && yarn --help
