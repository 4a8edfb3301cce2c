# A build argument that names the whole base may pick another family: no
# fix, whatever its default ships.
ARG BASE=node:24-alpine
FROM ${BASE}
# want "USER node names a user, not a UID: .*; write its UID$"
USER node
