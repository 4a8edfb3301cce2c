# test: unsafe-fixes
# varnish's image creates three users and chowns its working directory to
# one: the unsafe fix switches to that one, not to the last created.
# want "the file points at several users: varnish \\(created on line 6\\), vcache \\(created on line 6\\), varnishlog \\(created on line 6\\)"
FROM debian:trixie-slim
RUN set -ex; \
    apt-get update; \
    apt-get install -y --no-install-recommends varnish; \
    adduser --uid 1000 --quiet --system --no-create-home --group varnish; \
    adduser --uid 1001 --quiet --system --no-create-home --ingroup varnish vcache; \
    adduser --uid 1002 --quiet --system --no-create-home --ingroup varnish varnishlog; \
    chown varnish /var/lib/varnish; \
    rm -rf /var/lib/apt/lists/*
CMD ["varnishd", "-F", "-f", "/etc/varnish/default.vcl"]
