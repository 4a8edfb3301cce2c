# As kylemanna/docker-openvpn: CMD names a program by its bare name, which a
# directory copied whole onto PATH brings; the script is read from it.
# want "starts as root on purpose \\(ovpn_run runs openvpn, which needs root to set up its tunnel\\); no USER fix offered"
FROM alpine:3.24
RUN apk add --no-cache openvpn
CMD ["ovpn_run"]
ADD ./bin /usr/local/bin
