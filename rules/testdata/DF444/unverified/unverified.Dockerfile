# Sources this build context lacks: a name without an extension may be a
# tar archive, which ADD extracts and COPY would not, so its fix is
# unsafe; an extension that is no archive's, or a trailing slash, is safe.
FROM debian:trixie-slim
# want "ADD copies local files here"
ADD rootfs /
# want "ADD copies local files here"
ADD app.py /srv/
# want "ADD copies local files here"
ADD static/ /srv/static/
