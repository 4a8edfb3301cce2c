# test: unsafe-fixes
# Node 22 is supported; its Debian 12 base left regular support but Debian
# LTS patches it: info, and the move keeps the line and moves the OS.
# want "debian 12 left regular security support on 2026-07-11; Debian LTS patches it until 2028-06-30; bump to node:22-trixie-slim \\(debian 12 → 13\\); needs review: a new debian release$"
FROM node:22-bookworm-slim
