FROM python:3.13-slim
WORKDIR /app
# want "COPY . copies .env \\(an environment file, where secrets usually live\\) and 1 more into the image, whose layers keep it; add it to .dockerignore and pass it with RUN --mount=type=secret"
COPY . .
# want "COPY keys copies keys/id_ed25519 \\(a private SSH key\\) into the image"
COPY keys/ /keys/
COPY src/ /app/src/
