# BuildKit's testInvalidDefaultArgInFrom.
ARG VERSION
ARG IMAGE
ARG SFX="box:"
ARG TAG="latest"
ARG BUSYBOX_VARIANT=""
ARG VARIANT
# want "Default value for ARG busybox:\\$VERSION results in empty or invalid base image name \\(\"busybox:\"\\)"
FROM busybox:$VERSION AS a
# want "Default value for ARG \\$IMAGE results in empty or invalid base image name \\(it expands to nothing\\)"
FROM $IMAGE AS b
# want "Default value for ARG busy\\$\\{SFX\\} results in empty or invalid base image name"
FROM busy${SFX} AS c
FROM busybox:${TAG} AS d
FROM busybox:stable${BUSYBOX_VARIANT} AS e
FROM busybox:stable${VARIANT} AS f
FROM alpine:${TAG:-3.14} AS g
FROM busybox-$TARGETARCH AS h
# want "\"Alpine\" is not a valid image name; the build fails"
FROM Alpine
