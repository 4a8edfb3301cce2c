# test: goproxy
# test-config: upgrade: patch
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
# want "through example.com/httpkit; no patch upgrade of example.com/httpkit selects a fixed example.com/htmlparse \\(--upgrade major looks further\\)$"
RUN go get example.com/htmlparse@v0.23.0
RUN go build -o /out/app .
