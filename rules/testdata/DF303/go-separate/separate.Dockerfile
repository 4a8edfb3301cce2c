# test: osv goproxy
# The finding goes on the COPY of go.sum.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod ./
# want "^go.mod selects example.com/htmlparse v0.17.0, .*; it comes through example.com/httpkit$"
COPY go.sum ./
RUN go build -o /out/app .
