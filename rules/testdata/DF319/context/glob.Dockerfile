FROM node:22-alpine AS deps
WORKDIR /app
COPY package*.json ./
# want "npm install after the COPY of package\\*.json on line 3"
RUN npm install

FROM deps
COPY . .
# want "npm install after the COPY of package\\*.json on line 3"
RUN npm install
