# The entrypoint script, copied from the build context, chowns the data
# and drops to the app user with gosu: a USER would keep it from starting.
# want "the container starts as root and drops privileges itself \\(docker-entrypoint.sh calls gosu\\); no USER fix offered"
FROM debian:trixie-slim
RUN useradd --system --no-log-init app
COPY docker-entrypoint.sh /usr/local/bin/
VOLUME /data
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["app-server"]
