# test: date=2028-07-01
# Past Debian LTS too: a warning.
# want "^debian:bookworm: debian 12 reached end of support on 2026-07-11; bump to debian:trixie"
FROM debian:bookworm
