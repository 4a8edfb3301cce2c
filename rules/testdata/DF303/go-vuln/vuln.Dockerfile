# test: osv goproxy unsafe-fixes
FROM golang:1.26-alpine AS build
WORKDIR /src
# want "^go.mod selects example.com/htmlparse v0.17.0, affected by a known vulnerability \\(GO-2099-0001\\); it comes through example.com/httpkit$"
COPY go.mod go.sum ./
RUN go mod download
RUN go get example.com/htmlparse@v0.23.0
COPY . .
RUN go build -o /out/app .
