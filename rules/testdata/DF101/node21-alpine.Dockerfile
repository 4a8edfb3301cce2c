# test: date=2026-12-04
# A runtime major and an Alpine release move: unsafe, whatever ended. Both
# policies' targets are offered, the configured one (latest-lts) first.
# want "^node:21-alpine3.19: node 21 reached end of support on 2024-06-01; alpine 3.19 reached end of support on 2025-11-01; bump to node:26-alpine3.24 \\(node 21 → 26, alpine 3.19 → 3.24\\), or to node:22-alpine3.23 \\(node 21 → 22, alpine 3.19 → 3.23\\) with --bump minimal; needs review: a new node release line, a new alpine release; the stage installs OS packages by name \\(curl, libssl3\\): their names and versions may differ in alpine 3.24$"
FROM node:21-alpine3.19
RUN apk add --no-cache curl libssl3
COPY . /app
CMD ["node", "/app/server.js"]
