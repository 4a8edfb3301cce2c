# test: unsafe-fixes
# The files go to UID 977, which the file does not create: the fix
# switches to it, numerically and unsafely (no passwd entry is shown),
# rather than to a new user 10001 that could not read them.
# want "no USER in the final stage"
FROM debian:trixie-slim
COPY --chown=977:977 config/ /etc/vault/
COPY --chown=977:977 vault /usr/local/bin/vault
CMD ["vault", "server"]
