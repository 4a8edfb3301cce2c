# tailscaled creates its tun device and routes as root.
# want "the container starts as root on purpose \\(CMD runs tailscaled, which needs root to set up its tunnel\\); no USER fix offered"
FROM alpine:3.24
RUN apk add --no-cache tailscale
CMD ["tailscaled", "--state=/var/lib/tailscale/tailscaled.state"]
