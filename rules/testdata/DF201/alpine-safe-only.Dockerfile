# Without --unsafe-fixes the created-user fix is offered but not applied.
# want "no USER in the final stage"
FROM alpine:3.22
COPY app /usr/local/bin/app
ENTRYPOINT ["app"]
