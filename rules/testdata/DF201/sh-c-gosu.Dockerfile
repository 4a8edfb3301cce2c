# An exec-form sh -c that drops privileges with gosu.
# want "drops privileges itself \\(CMD's sh -c calls gosu\\)"
FROM debian:trixie-slim
RUN useradd app
CMD ["sh", "-c", "chown -R app /data && exec gosu app /usr/local/bin/server"]
