# test: no-context unsafe-fixes
FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
# want "yarn install leaves its cache in the layer: run yarn cache clean at the end of the RUN \\(needs review: the build context is not at hand to tell Yarn 1 from Yarn 2 and later"
RUN yarn install --frozen-lockfile
