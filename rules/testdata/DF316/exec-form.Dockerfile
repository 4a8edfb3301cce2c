FROM alpine:3.24
# want "apk add without --no-cache leaves the package index in /var/cache/apk in the layer \\(exec form: add --no-cache to the array by hand\\)$"
RUN ["apk", "add", "python3"]
RUN ["apk", "add", "--no-cache", "jq"]
CMD ["sh"]
