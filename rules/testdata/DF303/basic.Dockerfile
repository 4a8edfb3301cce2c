# test: osv
# Without the build context's lockfile there is nothing to check.
FROM node:24-alpine
COPY package*.json ./
RUN npm ci
