FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
# go.mod already requires a later version: the pin only goes, offline too.
# want "^go get example.com/htmlparse@v0.17.0 patches .*; go.mod already selects example.com/htmlparse v0.23.0$"
RUN go get example.com/htmlparse@v0.17.0
RUN go build -o /out/app .
