# test: unsafe-fixes
FROM debian:trixie-slim AS base
RUN apt-get update
# hadolint ignore=DL3008
# want "a pipe without pipefail: when a command before | fails, the RUN still succeeds"
RUN curl -fsSL https://example.com/key | gpg --dearmor > /usr/share/keyrings/x.gpg
# want "a pipe without pipefail"
RUN wget -O - https://some.site | wc -l > /number
RUN a || b
RUN echo "$SUM *x.tar.gz" | sha256sum -c - && printf 'a\n' | tee /x
# want "a pipe without pipefail"
RUN echo 1 | grep 1 | sort
RUN set -o pipefail && curl -fsSL x | sh
RUN set -euxo pipefail; curl -fsSL x | sh
# A group of echo and printf cannot fail either (the official images write
# their configuration so).
RUN { echo '[www]'; printf 'listen = %s\n' 9000; } | tee /usr/local/etc/php-fpm.d/zz-docker.conf
RUN ( echo a; echo b ) | sort
# want "a pipe without pipefail"
RUN { echo a; cat /missing; } | tee /x

FROM base
# want "a pipe without pipefail"
RUN ls | sort
