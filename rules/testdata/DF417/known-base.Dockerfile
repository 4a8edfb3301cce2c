# alpine sets no WORKDIR: the fix writes the directory out.
FROM alpine:3.22
ARG DIR=src
# want "Relative workdir \"src\""
WORKDIR $DIR
FROM debian:trixie-slim
# want "Relative workdir \"./build\""
WORKDIR ./build
FROM ubuntu:24.04
# want "Relative workdir \"my app\""
WORKDIR "my app"
