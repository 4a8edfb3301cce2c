# test: osv
FROM golang:1.26-alpine AS build
WORKDIR /src
# want "^go.mod selects example.com/htmlparse v0.17.0, affected by a known vulnerability \\(GO-2099-0001\\); it is an indirect requirement; with --online \\(or a file:// GOPROXY\\), dockerfix reads the module graph and proposes the bump$"
COPY go.mod go.sum ./
RUN go build -o /out/app .
