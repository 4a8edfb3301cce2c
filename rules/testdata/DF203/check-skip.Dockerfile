# check=skip=SecretsUsedInArgOrEnv
FROM node:24-alpine
ARG NPM_TOKEN
ENV NPM_TOKEN=${NPM_TOKEN}
