FROM debian:trixie-slim
# want "https://example.org/driver_1.0_amd64.deb is downloaded and installed with dpkg -i with no checksum or signature check"
RUN curl -fsSLO https://example.org/driver_1.0_amd64.deb && dpkg -i driver_1.0_amd64.deb
# want "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 is downloaded and saved into /usr/local/bin"
RUN wget -O /usr/local/bin/gosu https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64 && chmod +x /usr/local/bin/gosu
# want "https://example.org/tool.tar.gz is downloaded and extracted with tar with no"
RUN curl -fsSL -o /tmp/tool.tar.gz https://example.org/tool.tar.gz && tar -xzf /tmp/tool.tar.gz -C /opt
# want "https://example.org/cli.tgz is downloaded and extracted with tar as it streams in"
RUN curl -fsSL https://example.org/cli.tgz | tar -xz -C /usr/local/bin
# want "https://get.docker.com is downloaded and executed with sh"
RUN curl -fsSL https://get.docker.com -o get-docker.sh && sh get-docker.sh
# want "https://example.org/bundle.zip is downloaded and extracted with unzip"
RUN wget https://example.org/bundle.zip && unzip bundle.zip -d /opt/bundle
# want "https://example.org/pkg.rpm is downloaded and installed with rpm"
RUN curl -o /tmp/pkg.rpm https://example.org/pkg.rpm && rpm -ivh /tmp/pkg.rpm
ENV APP_VERSION=2.1
# want "https://example.org/app-.{APP_VERSION}.tgz is downloaded and extracted with tar on line 19"
RUN curl -fsSL -o "/tmp/app-${APP_VERSION}.tgz" "https://example.org/app-${APP_VERSION}.tgz"
RUN tar -xzf /tmp/app-$APP_VERSION.tgz -C /opt
# want "https://example.org/run.sh is downloaded and made executable with chmod"
RUN curl -o /opt/run.sh https://example.org/run.sh && chmod 755 /opt/run.sh
# A check that names another file covers only that one.
# want "https://example.org/b.tgz is downloaded and extracted with tar"
RUN curl -o a.tgz https://example.org/a.tgz && curl -o b.tgz https://example.org/b.tgz \
    && echo "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  a.tgz" | sha256sum -c - \
    && tar xzf a.tgz && tar xzf b.tgz
# want "https://example.org/lib.tgz is downloaded and extracted with tar on line 29"
ADD https://example.org/lib.tgz /tmp/
RUN tar -xzf /tmp/lib.tgz -C /usr/local
# want "https://example.org/setup.sh is downloaded and executed with sh"
RUN wget https://example.org/setup.sh -O setup.sh && chmod +x ./setup.sh && sh ./setup.sh
