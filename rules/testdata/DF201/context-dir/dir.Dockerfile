# The script comes with a whole directory, relative to the WORKDIR, and
# calls su-exec.
# want "drops privileges itself \\(start.sh calls su-exec\\)"
FROM alpine:3.22
WORKDIR /srv
COPY . .
ENTRYPOINT ["./bin/start.sh"]
