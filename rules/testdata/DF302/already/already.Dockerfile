# test: npm-registry
FROM node:24-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci
# The lockfile already locks minimist 1.2.8: the pin only goes.
# want "minimist@1.2.6 patches the app.s dependency tree outside package.json; bump the direct dependency that brings it in; package-lock.json already locks minimist 1.2.8$"
RUN npm i minimist@1.2.6
