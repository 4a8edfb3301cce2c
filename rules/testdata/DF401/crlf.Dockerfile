FROM debian:trixie-slim
# want "MAINTAINER is deprecated"
MAINTAINER Ann <ann@example.com>
RUN true
