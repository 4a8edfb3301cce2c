# The fix removes the apk update before the add: what runs between them
# loses the index too. apk search reads it, and nothing fixes that, so
# there is no fix.
FROM alpine:3.24
# want "apk add without --no-cache leaves the package index in /var/cache/apk in the layer \\(no fix: apk search in this RUN reads the index apk writes there\\)$"
RUN apk update && apk search -v 'openssl*' > /versions.txt && apk add openssl
CMD ["sh"]
