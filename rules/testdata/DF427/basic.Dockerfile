# test: online
# The testdata's builds target linux/arm64 (testOnlineImages).
# want "Base image registry.example/amd64-only:1 was pulled with platform \"linux/amd64\", expected \"linux/arm64\" for current build"
FROM registry.example/amd64-only:1 AS a
FROM registry.example/multi:1 AS b
# A constant --platform is what the image is asked for.
FROM --platform=linux/amd64 registry.example/amd64-only:1 AS c
# want "expected \"linux/arm/v7\""
FROM --platform=linux/arm/v7 registry.example/amd64-only:1 AS d
# A stage, scratch, and images the registry does not describe: nothing.
FROM a
FROM scratch
FROM alpine:3.22
