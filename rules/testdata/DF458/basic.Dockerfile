FROM debian:trixie-slim
ARG SSH_PORT=22
# want "EXPOSE 22 exposes SSH: use docker exec or kubectl exec"
EXPOSE 80 22
# want "EXPOSE 22/tcp exposes SSH"
EXPOSE 22/tcp
# want "EXPOSE 20-25 exposes SSH"
EXPOSE 20-25
# want "EXPOSE 22 exposes SSH"
EXPOSE ${SSH_PORT}
EXPOSE 22/udp 2222 122 ${OTHER}
# A value that holds several ports is split as BuildKit splits it.
ARG PORTS="8080 22"
# want "EXPOSE 22 exposes SSH"
EXPOSE $PORTS
# The container's port counts, not the host's.
# want "EXPOSE 2222:22 exposes SSH"
EXPOSE 2222:22
EXPOSE 22:2222
