# The build context (this folder) has no package.json to check the
# lockfile against: the fix is unsafe.
FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
# want "npm install after the COPY of package-lock.json on line 5: npm ci installs exactly the versions the lockfile pins \\(needs review: package.json could not be read to check that the lockfile is in step with it"
RUN npm install --production
# Named packages: not the lockfile's install.
RUN npm install express@4 && npm install -g npm@10 && npm i --no-package-lock
# want "npm i after the COPY of package-lock.json"
RUN npm i --omit=dev
RUN npm ci && pnpm install
COPY . .
RUN npm run build
