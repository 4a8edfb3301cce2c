# test: osv npm-registry unsafe-fixes
# test-config: upgrade: major
FROM node:24-alpine
WORKDIR /app
# want "locks minimist 0.0.8, affected by 2 known vulnerabilities .*; it is a direct dependency$"
COPY package.json package-lock.json ./
RUN npm ci
