# test: goproxy unsafe-fixes
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
# Patch GO-2099-0001 in a transitive module.
# want "^go get example.com/htmlparse@v0.23.0 patches the app's dependency tree outside go.mod; bump the direct dependency that brings it in; go.mod selects example.com/htmlparse v0.17.0 through example.com/httpkit$"
RUN go get example.com/htmlparse@v0.23.0
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .
