# test: unsafe-fixes
FROM alpine:3.22
# want "apk add installs sudo"
RUN apk add --no-cache bash sudo
