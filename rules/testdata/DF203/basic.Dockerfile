ARG REGISTRY_TOKEN
FROM ruby:3.4-slim
# want "ARG SECRET_KEY_BASE looks like a secret: build arguments are recorded in the image history; use RUN --mount=type=secret,id=SECRET_KEY_BASE"
ARG SECRET_KEY_BASE
# want "ARG AWS_SECRET_ACCESS_KEY"
ARG AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
# want "ARG GITHUB_TOKEN"
ARG GITHUB_TOKEN=ghp_0123456789
# want "ENV DB_PASSWORD looks like a secret: its value stays in the image config; use RUN --mount=type=secret,id=DB_PASSWORD"
ENV DB_PASSWORD=changeme
# want "ENV NPM_TOKEN" "ENV API_KEY"
ENV NPM_TOKEN=${NPM_TOKEN} API_KEY="abc def" LANG=C.UTF-8
# want "ENV STRIPE_SECRET_KEY"
ENV STRIPE_SECRET_KEY sk_live_0123
# want "ARG clientSecret" "ARG apiKey" "ARG DB_PASS" "ARG MYSQL_PWD"
ARG clientSecret apiKey DB_PASS MYSQL_PWD
# want "ARG OPENAI_API_KEY" "ARG BASIC_AUTH" "ARG GIT_CREDENTIALS" "ARG SSH_PRIVATE_KEY"
ARG OPENAI_API_KEY BASIC_AUTH GIT_CREDENTIALS SSH_PRIVATE_KEY
# want "ARG GPG_PASSPHRASE" "ARG JWT_SECRET"
ARG GPG_PASSPHRASE JWT_SECRET="not-a/path"
ENV APP_HOME=/app \
# want "ENV RAILS_MASTER_KEY"
    RAILS_MASTER_KEY=abc \
    LOG_LEVEL=info
# want "ENV ADMIN_PASSWORD"
ENV ADMIN_PASSWORD=changeme.2024
RUN echo "build"
# A URL is a key's location, but not with credentials or a query in it,
# and a token's URL is itself a secret.
# want "ARG DEPLOY_KEY looks like a secret"
ARG DEPLOY_KEY=https://user:pw@keys.example.com/deploy
# want "ARG LICENSE_KEY looks like a secret"
ARG LICENSE_KEY=https://license.example.com/?k=0123
# want "ENV API_TOKEN looks like a secret"
ENV API_TOKEN=https://hooks.example.com/services/T0/B0/XXXX
