# test: goproxy
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.* ./
# A package path names its module; a patch of cli fixes it, safely.
# want "^go get example.com/htmlparse/html@v0.23.0 patches .*; go.mod selects example.com/htmlparse v0.17.0 through example.com/cli$"
RUN go get example.com/htmlparse/html@v0.23.0 && go mod download
COPY . .
RUN go build -o /out/app .
