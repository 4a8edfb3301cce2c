# test: unsafe-fixes
# busybox's adduser with clustered options: -Ds is -D, then -s taking
# /bin/sh; the user created is app.
# want "no USER in the final stage"
FROM alpine:3.22
RUN addgroup -g 1009 app && adduser -u 1009 -Ds /bin/sh -G app app
ENTRYPOINT ["app"]
