# The build context (this folder) holds no lockfile: npm ci would fail.
FROM node:22-alpine
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY . .
