# mosquitto starts as root and switches to its own user (its `user`
# setting, mosquitto by default), as eclipse/mosquitto's images run it.
# want "the container starts as root and drops privileges itself \\(CMD runs mosquitto, which starts as root by design\\); no USER fix offered"
FROM alpine:3.24
RUN apk add --no-cache mosquitto
CMD ["/usr/sbin/mosquitto", "-c", "/mosquitto/config/mosquitto.conf"]
