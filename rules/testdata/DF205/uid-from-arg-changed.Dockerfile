# The variable changes between the creation and the USER: no fix.
FROM alpine:3.23
ARG UID=10001
RUN adduser -D -u "${UID}" appuser
ENV UID=20002
# want "write its UID$"
USER appuser
ENTRYPOINT ["/bin/server"]
