# test: unsafe-fixes
# An ENTRYPOINT of its own replaces postgres': the image's gosu no longer
# counts, and the finding stands (nothing else shows a privilege drop).
# want "no USER in the final stage \\(postgres:17 runs as root by default\\)"
FROM postgres:17
COPY backup.sh /usr/local/bin/backup.sh
ENTRYPOINT ["/usr/local/bin/backup.sh"]
