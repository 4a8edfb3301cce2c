# test: npm-registry
FROM node:24-alpine
WORKDIR /app
COPY ["package.json", "package-lock.json", "./"]
RUN npm ci
# want "npm install minimist@1.2.6 patches"
RUN npm install --no-save minimist@1.2.6 \
 && npm cache clean --force
COPY . .
