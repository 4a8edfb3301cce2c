FROM debian:trixie-slim
# The checksum in the same RUN.
RUN curl -fsSL https://example.org/a.tgz -o a.tgz \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  a.tgz" | sha256sum -c - \
    && tar -xzf a.tgz
# The checksum in an ARG, checked by a later RUN before the use.
ARG LIB_SHA256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
RUN curl -fsSL -o /tmp/lib.tgz https://example.org/lib.tgz
RUN echo "${LIB_SHA256}  /tmp/lib.tgz" | sha256sum -c - && tar -xzf /tmp/lib.tgz -C /opt
# A signature: gosu as docker-library installs it.
ENV GOSU_VERSION=1.17
RUN set -eux; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64"; \
	wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64.asc"; \
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
	chmod +x /usr/local/bin/gosu
# A checksum list that covers every file it names.
RUN curl -fsSLO https://example.org/v2/tool.tgz -O https://example.org/v2/SHA256SUMS \
    && sha256sum -c --ignore-missing SHA256SUMS && tar xzf tool.tgz
# A digest compared in a test, as nginx does.
RUN curl -fLO https://example.org/pkg-oss.tar.gz \
    && if [ "$(openssl sha512 -r pkg-oss.tar.gz)" = "$PKG_SUM *pkg-oss.tar.gz" ]; then echo ok; else exit 1; fi \
    && tar xzf pkg-oss.tar.gz
# Made executable now, its signature checked in a later RUN before it runs.
RUN curl -s -o /usr/local/bin/mc https://example.org/mc && chmod +x /usr/local/bin/mc
RUN minisign -Vqm /usr/local/bin/mc -P RWTx5Zr1tiHQLwG9keckT0c45M3AGeHD6IvimQHpyRywVWGbP1aVSGav
# ADD --checksum pins it.
ADD --checksum=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 https://example.org/pinned.tgz /tmp/pinned.tgz
RUN tar -xzf /tmp/pinned.tgz
# A URL that names a commit serves what the commit holds.
RUN wget -O /usr/local/bin/dind "https://raw.githubusercontent.com/moby/moby/8d9e3502aba39127e4d12196dae16d306f76993d/hack/dind" \
    && chmod +x /usr/local/bin/dind
# Downloaded, never executed, installed or extracted.
RUN curl -fsSL -o /usr/share/nginx/html/index.html https://example.org/index.html
# Piped into a shell: DF501's.
RUN curl -fsSL https://example.org/install.sh | sh
