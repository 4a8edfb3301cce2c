FROM node:22
WORKDIR /app
COPY package.json yarn.lock ./
# want "yarn install leaves its cache in the layer: run yarn cache clean at the end of the RUN$"
RUN yarn install --frozen-lockfile
