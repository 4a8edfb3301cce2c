# test: unsafe-fixes
# The file creates vault with UID 977 and gives its files to 977:977:
# one user, the same one, the strongest case; still unsafe, since what
# the program needs root for at run time is not in the Dockerfile.
# want "no USER in the final stage"
FROM debian:trixie-slim
ARG VAULT_UID=977
RUN groupadd -g ${VAULT_UID} vault && useradd -u ${VAULT_UID} -g vault vault
COPY --chown=977:977 vault /usr/local/bin/vault
CMD ["vault", "server"]
