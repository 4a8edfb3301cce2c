FROM alpine:3.22 AS base
# An ARG in a stage is not in scope for the next FROM.
ARG VERSION=3.21
# want "FROM argument 'VERSION' is not declared"
FROM alpine:${VERSION}
