FROM alpine:3.22
# Blank lines in a heredoc are its content.
RUN <<EOF
echo a

echo b
EOF
