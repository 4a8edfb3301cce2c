# test: unsafe-fixes
# The action beside it runs a prebuilt image, not this Dockerfile: judged
# as any other.
# want "the container runs as root: no USER in the final stage \\(alpine:3.24 runs as root by default\\)"
FROM alpine:3.24
COPY lint /usr/local/bin/lint
ENTRYPOINT ["lint"]
