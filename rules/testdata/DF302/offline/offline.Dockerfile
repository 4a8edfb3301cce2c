FROM node:24-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# want "npm install minimist@1.2.6 patches .*; package-lock.json locks minimist 0.0.8 through mkdirp; with --online, dockerfix proposes the bump \\(it needs the registry's versions\\)$"
RUN npm install minimist@1.2.6
