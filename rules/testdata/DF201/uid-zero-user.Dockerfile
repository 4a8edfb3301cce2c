# useradd -o -u 0 gives root another name: a USER that names it still
# runs as root.
FROM debian:trixie-slim
RUN useradd -o -u 0 admin
# want "the last USER is admin, which the file creates with UID 0"
USER admin
CMD ["sleep", "infinity"]
