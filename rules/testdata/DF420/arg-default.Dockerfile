# A global ARG TARGETPLATFORM with a default makes the flag force it: no fix.
ARG TARGETPLATFORM=linux/arm64
# want "redundant"
FROM --platform=$TARGETPLATFORM alpine:3.22
