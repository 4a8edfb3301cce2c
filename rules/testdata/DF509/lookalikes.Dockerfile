FROM debian:bullseye-slim
# Debian 11 ships libssl1.1 and patches it.
RUN curl -fsSLO https://deb.debian.org/debian/pool/main/o/openssl/libssl1.1_1.1.1w-0+deb11u1_amd64.deb && dpkg -i libssl1.1_1.1.1w-0+deb11u1_amd64.deb
FROM debian:bookworm-slim
# Supported releases, and the package manager's own libssl1.1 mention.
RUN curl -fsSLO https://deb.debian.org/debian/pool/main/o/openssl/libssl3_3.0.17-1~deb12u2_amd64.deb
RUN apt-get update && apt-get install -y libssl3 && echo libssl1.1_x.deb
