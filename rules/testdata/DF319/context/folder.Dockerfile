FROM node:22-alpine
WORKDIR /app
COPY . .
# want "npm install after the COPY of \\. on line 3"
RUN npm install && npm run build
