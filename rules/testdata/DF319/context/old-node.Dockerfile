# test: unsafe-fixes
# The lockfile is in step, but node:8's npm (5.6 and older) has no npm ci,
# which came with npm 5.7: the image must upgrade npm first.
FROM node:8.11-alpine
WORKDIR /app
COPY package.json package-lock.json ./
# want "needs review: node:8.11-alpine comes with an npm older than 5.7, which has no npm ci"
RUN npm install
USER node
CMD ["node", "index.js"]
