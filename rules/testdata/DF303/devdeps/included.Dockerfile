# test: osv npm-registry
FROM node:24-alpine AS build
# want "locks minimist 1.2.5, affected by a known vulnerability \\(GHSA-xvch-5gv4-984h\\); it is a direct dependency \\(development only\\)$"
COPY package.json package-lock.json ./
RUN npm ci
