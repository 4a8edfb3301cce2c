# Lower-case names, unnamed stages and FROM without AS: nothing to say.
FROM golang:1.25-alpine AS build-env_1.x
FROM alpine:3.22
COPY --from=build-env_1.x /app /app
