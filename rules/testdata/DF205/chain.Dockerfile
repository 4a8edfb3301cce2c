# The user of the final image: a USER of a stage it is built on, with a UID
# the chain writes.
FROM alpine:3.22 AS base
RUN addgroup -S -g 1000 app && adduser -S -D -H -u 1000 -G app app
# want "USER app names a user, not a UID: .*; write its UID \\(1000, created on line 4\\)"
USER app
FROM base
COPY app /usr/local/bin/app
CMD ["app"]
