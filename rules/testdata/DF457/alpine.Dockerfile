# test: unsafe-fixes
FROM alpine:3.22
# want "a pipe without pipefail"
RUN wget -qO- https://example.com/x.tar.gz | tar -xz
# want:7 "a pipe without pipefail"
RUN --mount=type=cache,target=/root/.cache \
    curl -fsS x | sh
RUN <<EOF
# want "a pipe without pipefail"
curl -fsS x | sh
EOF
