# The file creates a user but gives it nothing: it may be meant for
# something else (a base image's users, a service the program starts).
# Unsafe, so nothing changes without --unsafe-fixes.
# want "no USER in the final stage"
FROM debian:trixie-slim
RUN useradd --system worker
COPY server /usr/local/bin/server
CMD ["server"]
