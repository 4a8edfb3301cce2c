FROM node:22
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml ./
# want "yarn install leaves its cache in the layer: run yarn cache clean at the end of the RUN \\(needs review: .yarnrc.yml is Yarn 2 and later's"
RUN yarn install --immutable
