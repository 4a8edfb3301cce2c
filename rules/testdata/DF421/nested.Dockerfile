# A default that reads another ARG is expanded as BuildKit expands it.
ARG REGISTRY=
ARG IMAGE=${REGISTRY}alpine
ARG TAG2=3.22
ARG FULL=alpine:${TAG2}
# want "Default value for ARG \\$IMAGE:\\$TAG results in empty or invalid base image name \\(\"alpine:\"\\)"
FROM $IMAGE:$TAG
FROM $FULL
