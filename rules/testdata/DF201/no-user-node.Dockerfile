# test: unsafe-fixes
# The node image ships the user "node", and the files are given to it:
# switch to it before CMD (unsafe, as every switch).
# want "no USER in the final stage"
FROM node:24-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --chown=node:node . .
EXPOSE 3000
CMD ["node", "server.js"]
