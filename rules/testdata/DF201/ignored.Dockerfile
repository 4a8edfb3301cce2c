FROM alpine:3.22
# hadolint ignore=DL3002
USER root
