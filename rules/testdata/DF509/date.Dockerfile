# test: date=2023-06-01
FROM debian:bookworm-slim
# Before OpenSSL 1.1.1 ended.
RUN curl -fsSLO https://deb.debian.org/debian/pool/main/o/openssl/libssl1.1_1.1.1w-0+deb11u1_amd64.deb
