# package.json gained express since the lockfile was written: npm ci would
# stop, so the fix is unsafe.
FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
# want "npm install after the COPY of package-lock.json on line 5: .*needs review: package.json's dependencies differ from those package-lock.json records"
RUN npm install
COPY . .
CMD ["node", "index.js"]
