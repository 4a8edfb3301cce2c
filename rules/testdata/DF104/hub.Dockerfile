# Docker Hub's images, in every spelling, are docker.io's (hadolint's "all
# forms of docker.io"); hub.docker.com names it too.
# test-config: allowed-registries: hub.docker.com
FROM ubuntu:18.04 AS builder1
FROM zemanlx/ubuntu:18.04 AS builder2
FROM docker.io/zemanlx/ubuntu:18.04 AS builder3
FROM index.docker.io/library/alpine:3.22 AS builder4
# want "FROM random.com/debian comes from random.com"
FROM random.com/debian
