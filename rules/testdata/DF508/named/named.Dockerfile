FROM node:24-bookworm-slim
WORKDIR /app
# want "COPY copies id_rsa, a private SSH key, into the image, whose layers keep it; pass it to the RUN that needs it with RUN --mount=type=secret$"
COPY id_rsa /root/.ssh/id_rsa
# want "COPY copies .npmrc, an .npmrc with a registry token, into the image"
COPY package.json .npmrc ./
# want "COPY copies .env, an environment file, where secrets usually live"
COPY .env /app/.env
# want "ADD copies .git-credentials, git credentials"
ADD .git-credentials /root/
# want "COPY copies certs/server.key, a private key"
COPY certs/server.key /etc/ssl/private/
# A certificate is public.
COPY certs/cert.pem /etc/ssl/certs/
# Quoted, as the JSON form writes them.
# want "COPY copies .env, an environment file"
COPY [".env", "package.json", "/app/"]
# want "COPY copies id_rsa, a private SSH key"
COPY "id_rsa" /root/.ssh/
