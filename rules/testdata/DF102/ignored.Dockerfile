# hadolint ignore=DL3007
FROM node:latest
