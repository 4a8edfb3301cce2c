# The entrypoint, found on PATH, starts the server with capsh --user and a
# quoted variable for the user: the option still names what it does.
# want "the container starts as root and drops privileges itself \\(start.sh calls capsh --user\\); no USER fix offered"
FROM alpine:3.24
ENV DNSMASQ_USER=pihole
RUN apk add --no-cache libcap && adduser -S pihole
COPY --chmod=0755 start.sh /usr/bin/start.sh
ENTRYPOINT ["start.sh"]
