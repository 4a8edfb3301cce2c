# test: unsafe-fixes
# No final newline.
# want "no USER in the final stage"
FROM node:24-alpine
COPY . /app