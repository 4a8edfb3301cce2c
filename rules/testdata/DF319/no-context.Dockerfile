# test: no-context
# Without a build context (a Dockerfile on stdin), package*.json may bring no lockfile.
FROM node:22-alpine
WORKDIR /app
COPY package*.json ./
# want "npm install after the COPY of package\\*.json on line 5: npm ci installs exactly the versions the lockfile pins \\(needs review: the build context is not at hand to check that package\\*.json brings a package-lock.json, without which npm ci fails\\)"
RUN npm install

# Not even assumed: a folder may hold anything.
FROM node:22-alpine
WORKDIR /app
COPY . .
RUN npm install
