# dnsmasq started as root binds port 53, then switches to nobody by
# itself (its -u/--user names another user).
# want "the container starts as root and drops privileges itself \\(CMD runs dnsmasq, which switches to nobody itself\\); no USER fix offered"
FROM alpine:3.24
RUN apk add --no-cache dnsmasq
CMD ["dnsmasq", "--keep-in-foreground", "--log-facility=-"]
