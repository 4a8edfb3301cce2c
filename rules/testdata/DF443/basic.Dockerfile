FROM debian:trixie-slim
ARG PORT=70000
# want "port 80000 is out of range: ports run from 0 to 65535"
EXPOSE 80 80000
# want "port 80000 is out of range"
EXPOSE 40000-80000/tcp
# want "port 70000 is out of range"
EXPOSE ${PORT}/udp
EXPOSE 65535 0 ${UNSET} 443/tcp 1000-2000 http
