# docker init's Dockerfiles create the user with the UID of a build
# argument: USER ${UID} names that UID in every build.
FROM alpine:3.23
ARG UID=10001
RUN adduser \
    --disabled-password \
    --gecos "" \
    --home "/nonexistent" \
    --shell "/sbin/nologin" \
    --no-create-home \
    --uid "${UID}" \
    appuser
# want "write its UID \\(\\$\\{UID\\}, 10001 by default, the UID line 5 creates it with\\)"
USER appuser
ENTRYPOINT ["/bin/server"]
