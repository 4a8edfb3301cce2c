FROM debian:trixie-slim
# want "http://example.org/pkg.deb is downloaded over plain http://, which anyone on the path can change; use https:// or check its checksum$"
RUN curl -fsSLO http://example.org/pkg.deb && dpkg -i pkg.deb
# want "http://wordpress.org/latest.tar.gz is downloaded over plain http://"
ADD http://wordpress.org/latest.tar.gz /wordpress.tar.gz
# want "ftp://ftp.gnu.org/gnu/m4/m4-1.4.19.tar.gz is downloaded over plain ftp://"
RUN wget ftp://ftp.gnu.org/gnu/m4/m4-1.4.19.tar.gz
ARG LIBSSL_AMD64=http://security.ubuntu.com/ubuntu/pool/main/o/openssl/libssl1.1_1.1.1f-1ubuntu2.24_amd64.deb
ARG LIBSSL_ARM64=http://ports.ubuntu.com/pool/main/o/openssl/libssl1.1_1.1.1f-1ubuntu2.24_arm64.deb
# want:12 "\\$\\{URL\\} \\(http://ports.ubuntu.com/.*libssl1.1_1.1.1f-1ubuntu2.24_arm64.deb or another\\) is downloaded over plain http://"
RUN URL=$([ "$TARGETARCH" = arm64 ] && echo ${LIBSSL_ARM64} || echo ${LIBSSL_AMD64}) \
    && curl --location --output /tmp/libssl.deb ${URL}
