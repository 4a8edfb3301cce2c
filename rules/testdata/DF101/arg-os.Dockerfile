# test: unsafe-fixes
# The version lives in the ARG, the OS in the literal: both move.
ARG GO_VERSION="1.19"
# want "bump to golang:1.27-alpine3.24"
FROM golang:${GO_VERSION}-alpine3.16 AS build
RUN go build ./...
FROM scratch
COPY --from=build /src/app /app
