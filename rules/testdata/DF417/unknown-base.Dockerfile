# node's WORKDIR is not known offline: reported, not fixed.
FROM node:24-alpine
# want "Relative workdir \"app\""
WORKDIR app
FROM python:3.13-slim
# The value is unknown: the base image may set it.
WORKDIR $APP_HOME
FROM golang:1.25
ARG WORK=/go/src
WORKDIR ${WORK}/x
WORKDIR rel
FROM python:3.13-slim
# A drive is absolute, whatever the image (hadolint DL3000 agrees).
WORKDIR C:/app
