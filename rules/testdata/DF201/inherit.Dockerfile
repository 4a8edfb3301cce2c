# The final stage is FROM an earlier stage that set a non-root USER: fine.
FROM node:24-alpine AS base
USER node
WORKDIR /home/node/app

FROM base AS dev
RUN npm install

FROM base
COPY --chown=node:node . .
CMD ["node", "server.js"]
