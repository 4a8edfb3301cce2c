FROM debian:trixie-slim
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.org/pinned.tgz /tmp/
# Git at a commit.
ADD https://github.com/moby/buildkit.git#d2a2b5b4e54e5e6e4a1d8c0f3b2e6e8f4b0f1a2c /src/buildkit
ADD https://github.com/moby/moby.git?ref=v28.0.0&checksum=d2a2b5b4e54e5e6e4a1d8c0f3b2e6e8f4b0f1a2c /src/moby
# Checked by a later RUN before use, the checksum in an ARG.
ARG TOOL_SHA256=24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d
ADD https://example.org/tool.tgz /tmp/tool.tgz
RUN echo "${TOOL_SHA256}  /tmp/tool.tgz" | sha256sum -c - && tar -xzf /tmp/tool.tgz -C /usr/local
# Local files and other stages.
ADD app.tar.gz /app/
COPY --from=busybox:1.37 /bin/busybox /busybox
ADD --from=busybox:1.37 /bin/sh /sh
