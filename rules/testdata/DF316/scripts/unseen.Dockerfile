# A later RUN runs scripts: one runs apk add, which reads the index the
# apk update leaves, and one is not in the build context. Dropping the
# update is unsafe.
FROM alpine:3.22
# want "apk add without --no-cache leaves the package index.*needs review: the RUN on line 8 runs deps.sh, which may read the index apk writes there"
RUN apk update && apk add curl
COPY deps.sh /usr/local/bin/
RUN deps.sh
CMD ["sh"]
