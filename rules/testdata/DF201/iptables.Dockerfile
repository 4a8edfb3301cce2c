# tailscale's image installs iptables in its final stage and sets up the
# tunnel's packet filter as root at run time: a USER would stop it from
# starting, so the finding is info with no fix.
# want "the container starts as root on purpose \\(RUN on line 6 installs iptables, which needs root to change the network's rules\\); no USER fix offered"
FROM alpine:3.24
RUN apk add --no-cache ca-certificates iptables iproute2 ip6tables
COPY tailscaled /usr/local/bin/
