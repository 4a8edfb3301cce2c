# test: unsafe-fixes
FROM debian:trixie-slim
# want "ADD copies local files here"
ADD vendor/* /srv/vendor/
