# node ships the node user, but the file gives it nothing: the app's
# directory is root's, and a program that writes there would fail as node.
# The switch is unsafe, so nothing changes without --unsafe-fixes.
# want "no USER in the final stage"
FROM node:24-alpine
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
