# test: osv npm-registry
FROM node:24-alpine
WORKDIR /app
# want "^package-lock.json locks minimist 0.0.8, affected by 2 known vulnerabilities \\(GHSA-vh95-rmgr-6w4m, GHSA-xvch-5gv4-984h\\); it comes through mkdirp$"
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
RUN npm install minimist@1.2.6
COPY . .
