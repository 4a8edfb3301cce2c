# test: unsafe-fixes
# No CMD: the USER goes at the end of the stage. Unsafe: an image
# without CMD or ENTRYPOINT may be the base of others.
# want "no USER in the final stage"
FROM node:24-alpine
COPY . /app
