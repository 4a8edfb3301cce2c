# build it with: docker build -t myorg/base-internal:22.19.0-trixie .
# want "needs review: line 1 names 22.19.0 too, which the bump leaves as it is"
FROM node:22.19.0-trixie-slim
CMD ["node"]
