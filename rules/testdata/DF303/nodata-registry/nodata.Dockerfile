# test: osv
FROM node:24-alpine
WORKDIR /app
# want "it comes through mkdirp; with --online, dockerfix proposes the bump"
COPY package*.json ./
RUN npm ci
