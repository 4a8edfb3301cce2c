# test: unsafe-fixes
# want "bump to node:26-alpine"
FROM node:14-alpine@sha256:1111111111111111111111111111111111111111111111111111111111111111
CMD ["node", "server.js"]
