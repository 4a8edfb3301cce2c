# test: unsafe-fixes
# want "no USER in the final stage"
FROM alpine:3.22
RUN apk add --no-cache ca-certificates
COPY app /usr/local/bin/app
ENTRYPOINT ["app"]
