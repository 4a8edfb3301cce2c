# test: unsafe-fixes
# The devcontainer.json beside it runs an image, not this Dockerfile:
# judged as any other.
# want "no USER in the final stage"
FROM node:24-alpine
COPY . /app
CMD ["node", "/app/index.js"]
