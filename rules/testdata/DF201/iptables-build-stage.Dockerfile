# iptables installed in a build stage says nothing of the final image.
FROM alpine:3.24 AS build
RUN apk add --no-cache iptables

# want "the container runs as root: no USER in the final stage \\(alpine:3.24 runs as root by default\\)"
FROM alpine:3.24
COPY app /usr/local/bin/
CMD ["app"]
