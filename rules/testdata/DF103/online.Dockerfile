# test-config: enable: [DF103]
# test: online
# Online: the digest the tag resolves to is appended, a safe fix.
# want "node:24-alpine is not pinned by digest"
FROM node:24-alpine AS build
FROM build
# want "python:3.13-slim is not pinned by digest"
FROM python:3.13-slim
