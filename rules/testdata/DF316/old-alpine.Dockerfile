# test: unsafe-fixes
# apk-tools 2.6, in Alpine 3.3, brought --no-cache: on Alpine 3.2 the
# option would stop the build.
FROM alpine:3.2
# want "needs review: the apk of alpine 3.2 predates --no-cache"
RUN apk add --update curl
USER 1000
