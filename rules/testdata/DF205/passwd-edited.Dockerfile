# A RUN that edits /etc/passwd may have given node another UID than the
# 1000 node's images ship it with: no fix.
FROM node:24-alpine
RUN sed -i 's/^node:x:1000:1000:/node:x:1001:1001:/' /etc/passwd
# want "USER node names a user, not a UID"
USER node
CMD ["node", "server.js"]
