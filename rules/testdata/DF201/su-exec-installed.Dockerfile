# The final stage installs su-exec; the entrypoint script that uses it is
# not in the build context this test has.
# want "drops privileges itself \\(RUN on line 5 installs su-exec\\)"
FROM alpine:3.22
RUN apk add --no-cache su-exec tzdata
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
