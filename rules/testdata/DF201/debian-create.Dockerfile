# test: unsafe-fixes
# No known user: create one in Debian's idiom (unsafe).
# want "no USER in the final stage"
FROM debian:trixie-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY app /usr/local/bin/app
CMD ["app"]
