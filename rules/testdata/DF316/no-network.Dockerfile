FROM alpine:3.22
# --no-network fetches and writes no index.
RUN apk add --no-cache --virtual .build-deps gcc \
    && apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1 \
    && apk del --no-network .build-deps
