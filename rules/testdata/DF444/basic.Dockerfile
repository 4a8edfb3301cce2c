FROM debian:trixie-slim
ARG CONF=app.conf
ARG URL=https://example.com/tool.tar.gz
# want "ADD copies local files here: use COPY"
ADD app.conf /etc/app/
# want "ADD copies local files here"
add --chown=app:app . /srv/app
# want "ADD copies local files here"
ADD ["a b.txt", "/srv/"]
# want "ADD copies local files here"
ADD ${CONF} /etc/app/
# want "ADD copies local files here"
ADD <<EOF /etc/motd
hello
EOF
# want "ADD copies local files here"
ADD site.zip /srv/
# Archives and remote sources are what ADD is for.
ADD app.tar.gz /opt/app/
ADD "rootfs.tar" /
ADD https://example.com/a.txt /srv/
ADD git@github.com:user/repo.git /src/
ADD ${URL} /opt/
ADD ${UNKNOWN} /opt/
ADD app.conf rootfs.tar /srv/
# want "drop --checksum, which only ADD takes"
ADD --checksum=sha256:0123 app.conf /etc/app/
