# test: date=2026-12-04 unsafe-fixes
# test-config: bump: minimal
# With --unsafe-fixes the first fix applies: the configured policy's.
# want "bump to node:22-alpine3.23 \\(node 21 → 22, alpine 3.19 → 3.23\\), or to node:26-alpine3.24 \\(node 21 → 26, alpine 3.19 → 3.24\\) with --bump latest-lts; needs review"
FROM node:21-alpine3.19
CMD ["node", "/app/server.js"]
