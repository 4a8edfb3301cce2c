# BuildKit's last case: a heredoc's lines are not instructions.
FROM alpine:3.22
RUN <<'EOT'
env
EOT
