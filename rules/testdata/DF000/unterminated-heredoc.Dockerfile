FROM alpine:3.22
# want "unterminated heredoc"
RUN <<EOF
echo hi
