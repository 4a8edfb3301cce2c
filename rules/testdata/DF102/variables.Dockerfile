ARG REGISTRY
ARG TAG
# A variable in the registry part cannot add a tag.
# want "\\$\\{REGISTRY\\}/ubuntu has no tag"
FROM ${REGISTRY}/ubuntu AS a
# An undeclared variable expands to "" in every build.
# want "alpine \\(alpine\\$UNDECLARED by default\\) has no tag"
FROM alpine$UNDECLARED AS b
# A tag from an ARG without a default comes from --build-arg: not judged.
FROM alpine$TAG AS c
FROM ${REGISTRY}/ubuntu:24.04 AS d
FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS e
FROM ubuntu${TAG}
