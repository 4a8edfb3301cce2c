# test: npm-registry unsafe-fixes
# test-config: upgrade: major
# A direct dependency pinned below a major: the bump is unsafe.
FROM node:24-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# want "package-lock.json locks minimist 0.0.8, a direct dependency$"
RUN npm install minimist@1.2.6 && node cli.js
