# BuildKit's testUndeclaredArg cases.
ARG tag=latest
ARG MY_OS=linux
ARG MY_ARCH=amd64
ARG DEBUG
# want "FROM argument 'version' is not declared$"
FROM busybox:${tag}${version} AS b
# test: unsafe-fixes
# want "FROM argument 'MYARCH' is not declared \\(did you mean MY_ARCH\\?\\)"
FROM --platform=${MY_OS}/${MYARCH} busybox AS c
# want "FROM argument 'BULIDPLATFORM' is not declared \\(did you mean BUILDPLATFORM\\?\\)"
FROM --platform=$BULIDPLATFORM scratch AS d
# Declared, with a default or without; built in.
FROM scratch${DEBUG} AS e
FROM scra${DEBUG:-tch} AS f
FROM --platform=$BUILDPLATFORM scratch AS g
FROM --platform=$TARGETOSVERSION$TARGETPLATFORM scratch AS h
