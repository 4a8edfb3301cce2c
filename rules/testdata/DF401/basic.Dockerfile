FROM debian:trixie-slim
# want "MAINTAINER is deprecated"
MAINTAINER Jane Doe <jane@example.com>
RUN echo done
