FROM debian:bookworm-slim
# want "libssl1.1_1.1.1w-0\\+deb11u1_amd64.deb is OpenSSL 1.1.1, past its end of support since 2023-09-11, fetched by hand onto debian 12, which no longer ships it: no update reaches it"
RUN curl -fsSLO https://deb.debian.org/debian/pool/main/o/openssl/libssl1.1_1.1.1w-0+deb11u1_amd64.deb \
    && dpkg -i libssl1.1_1.1.1w-0+deb11u1_amd64.deb
FROM ubuntu:24.04
ARG LIBSSL_URL=http://security.ubuntu.com/ubuntu/pool/main/o/openssl/libssl1.1_1.1.1f-1ubuntu2.24_amd64.deb
# want "libssl1.1_1.1.1f-1ubuntu2.24_amd64.deb is OpenSSL 1.1.1.*onto ubuntu 24.04, which no longer ships it"
ADD ${LIBSSL_URL} /tmp/libssl.deb
# want "python2.7_2.7.18-13ubuntu1_amd64.deb is Python 2.7, past its end of support since 2020-01-01"
RUN wget http://archive.ubuntu.com/ubuntu/pool/universe/p/python2.7/python2.7_2.7.18-13ubuntu1_amd64.deb
FROM example.org/private/base:1
# want "libssl1.0.0_1.0.2n-1ubuntu5.13_amd64.deb is OpenSSL 1.0, past its end of support since 2019-12-31, fetched by hand onto an image the catalog does not know"
RUN curl -o /tmp/l.deb http://security.ubuntu.com/ubuntu/pool/main/o/openssl1.0/libssl1.0.0_1.0.2n-1ubuntu5.13_amd64.deb
