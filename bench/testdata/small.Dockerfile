# syntax=docker/dockerfile:1
FROM node:18-alpine AS build
MAINTAINER Jane Doe <jane@example.com>
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:18-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD node dist/server.js
