FROM alpine:3.24
# apk update --no-cache fetches the index and drops it: nothing stays in
# the layer, nothing goes stale (Checkov's UpdateNotAlone success case).
RUN apk update --no-cache && apk upgrade --no-cache
# A later update with --no-cache refreshes no cache either: the add after
# it reads the index the first RUN left.
# want "apk update in a RUN that installs nothing from it: apk add on line 9"
RUN apk update
RUN apk update --no-cache && apk add curl
CMD ["sh"]
