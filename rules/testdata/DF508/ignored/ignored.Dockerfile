FROM python:3.13-slim
WORKDIR /app
# The .dockerignore excludes .env and keys/.
COPY . .
