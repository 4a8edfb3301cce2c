# test: unsafe-fixes
# The entrypoint script in the build context drops nothing: the finding
# and its fix stand.
# want "no USER in the final stage"
FROM debian:trixie-slim
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
