# test: unsafe-fixes
# The entrypoint script is copied from the build context, but the context
# has no such file (as with a Dockerfile on stdin): it may drop privileges
# itself, so the switch to the user the file creates is unsafe.
# want "no USER in the final stage"
FROM debian:trixie-slim
RUN useradd --system app && mkdir /data && chown app /data
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["server"]
