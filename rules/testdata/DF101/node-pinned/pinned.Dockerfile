# test: date=2026-12-04
# package.json's engines asks for Node.js 24.6.0 exactly, which pnpm
# enforces on the project itself: a patch bump breaks pnpm install.
# want "^node:24.6.0-trixie-slim: node 24.6.0 is not the latest release of node 24 \\(24.19.0\\); bump to node:24.19.0-trixie-slim; needs review: package.json's engines requires Node.js 24.6.0 exactly, and pnpm and Yarn refuse 24.19.0: bump it with the image$"
FROM node:24.6.0-trixie-slim
WORKDIR /app
COPY package*.json pnpm-lock.yaml ./
RUN corepack enable && pnpm install --frozen-lockfile --prod
COPY . .
USER node
CMD ["node", "server.js"]
