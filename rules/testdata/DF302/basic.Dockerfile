FROM node:24-alpine
WORKDIR /app
# Global tools are not the app's tree, and a RUN before the install is not a patch.
RUN npm install -g pnpm@9 && npm install --location=global corepack@0.30.0
RUN npm install typescript@5.6.2
COPY package*.json ./
RUN npm ci --omit=dev
# want "npm install minimist@1.2.6 patches the app's dependency tree outside package.json; bump the direct dependency that brings it in$"
RUN npm install minimist@1.2.6
# want "yarn add left-pad@1.3.0 patches"
RUN yarn add left-pad@1.3.0
RUN npm install -g npm@10.8.2
# Unpinned and global installs are left alone.
RUN npm install express
COPY . .
CMD ["node", "server.js"]

FROM node:24-alpine AS other
# No install from a manifest in this stage.
RUN npm install minimist@1.2.6
