# test: unsafe-fixes
# Every bump here moves a release line or a distro release: unsafe.
# want "node:14-alpine: node 14 reached end of support on 2023-04-30; bump to node:26-alpine"
FROM node:14-alpine AS web
# want "python 3.8 reached end of support"
FROM python:3.8-slim-buster AS api
# want "alpine 3.12 reached end of support"
FROM alpine:3.12 AS tools
# want "ubuntu 20.04 reached end of support"
FROM ubuntu:20.04 AS ci
# want "debian 10 reached end of support"
FROM debian:buster AS old
# want "golang 1.19 reached end of support"
FROM golang:1.19-alpine3.16 AS build
RUN go version
