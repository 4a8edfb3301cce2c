FROM alpine:3.22
# want "apk add without --no-cache leaves the package index in /var/cache/apk in the layer$"
RUN apk add --update curl
RUN apk add --no-cache git
# want "apk add without --no-cache"
RUN apk update && apk add jq
# want "apk add without --no-cache"
RUN apk -U add make
# The cache is removed in the same RUN.
RUN apk add --update bash && rm -rf /var/cache/apk/*
RUN --mount=type=cache,target=/var/cache/apk apk add --update tar
# With /etc/apk/cache a directory, apk keeps its cache and indexes there
# (apk-cache(5)): Docker's cache guide mounts it.
RUN --mount=type=cache,target=/etc/apk/cache apk --update-cache add gcc
# want "apk upgrade without --no-cache"
RUN apk upgrade --update
RUN apk del curl
RUN apk update && apk upgrade musl && rm -rf /var/cache/apk/*
# want "apk upgrade without --no-cache"
RUN apk update && apk upgrade musl
