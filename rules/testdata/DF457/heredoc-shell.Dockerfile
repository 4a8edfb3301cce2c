# A heredoc fed to bash runs under that bash's options: -o pipefail on its
# command line counts, and no SHELL reaches it, so there is no SHELL fix.
FROM debian:trixie-slim
RUN <<EOF bash
# want "a pipe without pipefail"
curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt
EOF
RUN bash -o pipefail <<EOF
curl -fsSL https://example.com/other.tgz | tar -xz -C /opt
EOF
USER 1000
