# test: npm-registry
# test-config: upgrade: patch
FROM node:24-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# want "locks minimist 0.0.8 through mkdirp; no patch upgrade of mkdirp locks a fixed minimist \\(--upgrade major looks further\\)$"
RUN npm install minimist@2.0.0
