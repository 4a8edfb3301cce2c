# The ARG the bump rewrites is no other mention; a longer number is none.
ARG GO_VERSION=1.26.6
# want "golang 1\\.26\\.6 is not the latest release of golang 1\\.26 \\(1\\.26\\.7\\); bump to golang:1\\.26\\.7-alpine3\\.23$"
FROM golang:${GO_VERSION}-alpine3.23 AS go
LABEL tool.version="11.26.6" other="1.26.6.1"
USER 1000
