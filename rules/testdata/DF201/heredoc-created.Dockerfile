# test: unsafe-fixes
# The user is created in a heredoc RUN, given its data directory, but
# never switched to: use it.
# want "no USER in the final stage"
FROM ubuntu:24.04
RUN <<EOF
set -eux
groupadd --system --gid 10001 svc
useradd --system --no-log-init --uid 10001 --gid svc svc
install -d -o svc -g svc /var/lib/svc
EOF
COPY svc /usr/local/bin/svc
CMD ["svc"]
