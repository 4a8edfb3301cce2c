# test: date=2026-12-04
# Debian 12 left regular security support, and Debian LTS patches it (its
# official images are rebuilt) until 2028-06-30: info, and the move to
# Debian 13 is unsafe: trixie renamed libssl3 to libssl3t64.
# want "^debian:bookworm-slim: debian 12 left regular security support on 2026-07-11; Debian LTS patches it until 2028-06-30; bump to debian:trixie-slim \\(debian 12 → 13\\); needs review: a new debian release line; the stage installs OS packages by name \\(libssl3, ca-certificates\\): their names and versions may differ in debian 13$"
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 ca-certificates
# A RUN that names the old release (an apt source for Debian 12) is named.
# want "python:3.13-slim-bookworm: debian 12 left regular security support .* bump to python:3.13-slim-trixie \\(debian 12 → 13\\); needs review: a new debian release; the RUN on line 11 names the old release \\(debian/12\\)$"
FROM python:3.13-slim-bookworm AS py
RUN curl -fsSL https://packages.microsoft.com/config/debian/12/prod.list > /etc/apt/sources.list.d/mssql-release.list
