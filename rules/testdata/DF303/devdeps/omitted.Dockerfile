# test: osv
# The image leaves development dependencies out: nothing to report.
FROM node:24-alpine
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
