# test: npm-registry
FROM node:24-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# Patch CVE-2021-44906 in a transitive dependency.
# want "package-lock.json locks minimist 0.0.8 through mkdirp$"
RUN npm install minimist@1.2.6

COPY . .
CMD ["node", "server.js"]
