# test: unsafe-fixes
# test-config: bump: minimal
# want "bump to node:22-alpine"
FROM node:14-alpine AS web
# want "bump to python:3.11-slim-trixie"
FROM python:3.8-slim-buster
