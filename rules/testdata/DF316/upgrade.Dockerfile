FROM alpine:3.22
RUN apk add --no-cache curl
# It upgrades from the index an earlier step cached, or from none at all:
# with --no-cache it would fetch one and upgrade what it did not before.
RUN apk upgrade
RUN apk upgrade musl
