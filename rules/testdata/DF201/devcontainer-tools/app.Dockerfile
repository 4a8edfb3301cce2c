# A dev container runs as the user its devcontainer.json names, whatever
# the image does as root (gluetun's installs iptables, others su-exec): no
# finding.
FROM golang:1.26-alpine
RUN apk add --no-cache iptables ip6tables su-exec
