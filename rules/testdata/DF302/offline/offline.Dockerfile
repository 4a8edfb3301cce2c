FROM node:24-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
# want "npm install minimist@1.2.6 patches .*; package-lock.json locks minimist 0.0.8 through mkdirp; with --online, dockerfix proposes the bump \\(it needs the registry's versions\\)$"
RUN npm install minimist@1.2.6

# A pin before the install, in its RUN, is not a patch of the tree the
# install makes.
FROM node:24-alpine AS before
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install minimist@1.2.6 && npm ci

# The pin in the RUN that installs from the manifest, after the install.
FROM node:24-alpine
WORKDIR /app
COPY package.json package-lock.json ./
# want "npm install minimist@1.2.6 patches .*; package-lock.json locks minimist 0.0.8 through mkdirp"
RUN npm ci && npm install minimist@1.2.6
