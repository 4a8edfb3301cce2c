# test: unsafe-fixes
# A later RUN runs install.sh from the build context, which runs apt-get
# install: removing the update would leave it no index.
FROM debian:trixie-slim
# want "needs review: the RUN on line 8 runs install.sh, which may read it"
RUN apt-get update && mkdir -p /opt/app
COPY install.sh /
RUN /install.sh
USER 1000
