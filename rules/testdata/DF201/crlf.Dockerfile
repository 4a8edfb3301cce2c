# test: unsafe-fixes
# CRLF endings and indentation are kept.
# want "no USER in the final stage"
FROM node:24-alpine
  WORKDIR /app
  COPY . .
  CMD ["node", "index.js"]
