# test: unsafe-fixes
# The entrypoint, at /usr/bin/entrypoint, comes from overlay/usr/bin/: it
# is read, and neither it nor CMD's program drops privileges, so the
# unsafe USER fix stays.
# want "the container runs as root: no USER in the final stage"
FROM ubuntu:24.04
COPY overlay /
ENTRYPOINT ["/usr/bin/entrypoint"]
CMD ["/usr/bin/app"]
