# BuildKit's testFromPlatformFlagConstDisallowed.
# want "FROM --platform flag should not use constant value \"linux/amd64\""
FROM --platform=linux/amd64 scratch
FROM --platform=linux/amd64 scratch AS my_amd64_stage
FROM --platform=linux/amd64 scratch AS linux
# A variable is not a constant.
FROM --platform=$BUILDPLATFORM alpine:3.22 AS build
# Normalized as BuildKit does: aarch64 is arm64.
FROM --platform=linux/aarch64 alpine:3.22 AS build-arm64
# want "constant value \"linux/arm/v7\""
FROM --platform=linux/arm/v7 alpine:3.22 AS final
