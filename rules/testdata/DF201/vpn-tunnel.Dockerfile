# A VPN client creates its tunnel device and routes as root, as
# haugene/transmission-openvpn's start script runs openvpn: a USER would
# stop it from starting, so the finding is info with no fix.
# want "the container starts as root on purpose \\(CMD runs openvpn, which needs root to set up its tunnel\\); no USER fix offered"
FROM alpine:3.24
RUN apk add --no-cache openvpn
CMD ["openvpn", "--config", "/etc/openvpn/client.conf"]
