FROM node:24-bookworm-slim
WORKDIR /app
# The token comes from the environment at install time; an example file.
COPY package.json .npmrc .env.example ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
