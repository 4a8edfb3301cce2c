# sshd starts as root by design: it binds port 22 and runs each session
# as the user who logs in.
# want "drops privileges itself \\(ENTRYPOINT runs sshd, which starts as root by design\\)"
FROM alpine:3.22
RUN apk add --no-cache openssh && ssh-keygen -A && adduser -D rclone
ENTRYPOINT ["/usr/sbin/sshd", "-D"]
