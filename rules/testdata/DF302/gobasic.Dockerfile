FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
# Without go.mod in the build context the Dockerfile alone speaks.
# want "^go get example.com/htmlparse@v0.23.0 patches the app's dependency tree outside go.mod; bump the direct dependency that brings it in$"
RUN go get example.com/htmlparse@v0.23.0
RUN go build -o /out/app .

FROM golang:1.26-alpine AS tools
WORKDIR /src
# "*" may bring a go.mod or not: without the context, nothing to say.
COPY * ./
RUN go get example.com/htmlparse@v0.23.0 && go build ./...
# A go get before any COPY of go.mod is not a patch of the app's tree.
FROM golang:1.26-alpine AS early
RUN go get example.com/htmlparse@v0.23.0
COPY go.mod ./
RUN go build ./...
