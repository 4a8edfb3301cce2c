FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
# want "^go get example.com/logfmt@v1.1.0 patches .*; go.mod selects example.com/logfmt v1.0.0, a direct dependency; go.mod does not require example.com/newdep: add it to go.mod instead$"
RUN go get example.com/logfmt@v1.1.0
# want "^go get example.com/newdep@v1.0.0 example.com/x@latest patches"
RUN go get example.com/newdep@v1.0.0 example.com/x@latest
RUN go build -o /out/app .
