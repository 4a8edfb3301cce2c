# test: unsafe-fixes
FROM debian:trixie-slim
# The image's own WORKDIR is unknown, so it cannot be restored: unsafe.
# want "cd in RUN"
RUN cd /opt && ls
COPY app.sh .
FROM debian:trixie-slim
# want "cd in RUN"
RUN cd /usr/src
RUN make
