FROM debian:trixie-slim
# A gzip archive by its content: ADD extracts it, whatever its name.
ADD release.bin /opt/
# want "ADD copies local files here"
ADD ./app.conf /etc/app/
# A directory without a trailing slash, which the listing shows: safe.
# want "ADD copies local files here"
ADD src /srv/src
