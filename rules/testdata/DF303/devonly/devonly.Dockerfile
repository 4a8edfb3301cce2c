# test: osv
FROM node:24-alpine AS build
WORKDIR /app
# The nested minimist 0.0.8 comes through mkdirp; the dev one is fixed.
# want "locks minimist 0.0.8, .*; it comes through mkdirp; with --online"
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
