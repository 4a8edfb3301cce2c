# Node 22 is supported, its Debian 12 base is not: keep the line, move the OS.
# want "debian 12 reached end of support"
FROM node:22-bookworm-slim
