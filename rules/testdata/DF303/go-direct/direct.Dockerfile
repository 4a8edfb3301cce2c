# test: osv
# test-env: GOPROXY=direct
FROM golang:1.26-alpine AS build
WORKDIR /src
# want "it is an indirect requirement; no fix: example.com/[a-z]+: dockerfix does not fetch modules from version control \\(GOPROXY=direct\\)$"
COPY go.mod go.sum ./
RUN go build -o /out/app .
