FROM alpine:3.22
# want "the last USER is 0:0"
USER 0:0
ENTRYPOINT ["/bin/app"]
