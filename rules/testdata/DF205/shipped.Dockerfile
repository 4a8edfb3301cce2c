# A user the base image ships: its UID is the image's, not written here.
FROM node:24-bookworm-slim
# want "USER node names a user, not a UID: .*; write its UID$"
USER node
