FROM alpine:3.22
# The next RUN reads the index this one leaves: the fix waits for that RUN's own.
# want "apk add without --no-cache leaves the package index in /var/cache/apk in the layer \\(needs review: the RUN on line 6 runs apk add"
RUN apk update && apk add curl
# want "apk add without --no-cache"
RUN apk add git
# want "apk add without --no-cache .*\\(no fix: apk search in this RUN reads the index"
RUN apk update && apk add jq && apk search -v openssl
# --update writes the index too: the next RUN reads it.
# want "apk add without --no-cache .*needs review: the RUN on line 12 runs apk upgrade, which reads the index"
RUN apk add --update python3
RUN apk upgrade python3
