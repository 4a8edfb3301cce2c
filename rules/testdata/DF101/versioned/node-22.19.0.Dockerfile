# A build matrix's file for one release (cypress' node-22/22.19.0-trixie/):
# its path names the version, so the image is meant for it.
# want "node 22.19.0 is not the latest release of node 22 \\(22.23.2\\); bump to node:22.23.2-trixie-slim; needs review: the file's path names 22.19.0, so the image may be built for that release"
FROM node:22.19.0-trixie-slim
CMD ["node"]
