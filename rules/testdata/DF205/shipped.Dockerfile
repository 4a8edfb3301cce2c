# The user the base image ships, with the UID that image gives it: node's
# official images create node as 1000.
FROM node:24-bookworm-slim
# want "USER node names a user, not a UID: .*; write its UID \\(1000, as node:24-bookworm-slim ships it\\)"
USER node
