FROM alpine:3.22 AS build
RUN apk add --update gcc musl-dev
FROM alpine:3.22
# want "apk add without --no-cache"
RUN apk add --update ca-certificates
# want "apk add without --no-cache"
ONBUILD RUN apk add --update curl
