# FROM a runtime image without a USER: the image's own, 1001, runs it.
FROM registry.access.redhat.com/ubi9/nodejs-22
COPY --chown=1001:0 . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
