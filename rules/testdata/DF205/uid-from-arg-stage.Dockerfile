# The ARG's scope ends with its stage: in the child stage ${UID} is empty,
# so there is no fix.
FROM alpine:3.23 AS base
ARG UID=10001
RUN adduser -D -u "${UID}" appuser

FROM base
# want "write its UID$"
USER appuser
ENTRYPOINT ["/bin/server"]
