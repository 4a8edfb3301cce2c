ARG REGISTRY_PASSWORD
FROM python:3.13-slim
ENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D
ENV PYTHON_VERSION=3.13.1 PYTHON_SHA256=abc
ARG TOKEN_URL=https://auth.example.com/token
ENV PASSWORD_FILE=/run/secrets/db_password
ARG KEYRING=/usr/share/keyrings/example.gpg
ENV MONKEY=1 SSH_AUTH_SOCK=/ssh-agent TOKENIZERS_PARALLELISM=false
ENV PUBLIC_KEY="ssh-ed25519 AAAA" NEXT_PUBLIC_API_KEY=pk_live_0123
ENV APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=DontWarn
ENV GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json
ENV ENABLE_AUTH=1 AUTH_ENABLED=false USE_TOKEN=yes
ENV API_TOKEN=
ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE KEY_VAULT_NAME=myvault
ENV PASSTHROUGH=1 PWD_HINT=x AUTHOR=me
ARG GPG_KEYS="B42F6819007F00F88E364FD4036A9C25BF357DD4"
ARG SECRET_NAME=db-credentials CACHE_KEY=v1 TOKEN_TTL=3600
ARG NODE_VERSION=24 KEY_SERVER=hkps://keys.openpgp.org
ENV RESET_OS_PASSWORD="resetOSPassword.sh" TLS_KEY=server.key DB_CREDENTIALS=creds.json
# Switches set to 0 or 1 (docker-socket-proxy's API toggles), a GPG key's
# fingerprint with a word between (couchdb's GPG_COUCH_KEY), and a name
# that says how long a token lasts (jlesage's baseimage).
ENV AUTH=0 SECRETS=1 GPG_COUCH_KEY=390EF70BB1EA12B2773962950EE62FB37A00258D
ENV WEB_AUTHENTICATION_TOKEN_VALIDITY_TIME=24
# Fingerprints of the keys a RUN hands to gpg to verify a download (solr's
# SOLR_KEYS) are public.
ARG SOLR_KEYS="EDF961FF03E647F9CA8A9C2C758051CCA3A13A7F 86EDB9C33B8517228E88A8F93E48C0C6EF362B9E"
RUN gpg --batch --recv-keys $SOLR_KEYS
# Where passbolt's image fetches its signing key from, and the key's ID in
# gpg's 0x form, which the RUN above hands to gpg.
ARG PASSBOLT_SERVER_KEY="https://download.passbolt.com"
ENV PASSBOLT_PKG_KEY=0xDE8B853FC155581D
