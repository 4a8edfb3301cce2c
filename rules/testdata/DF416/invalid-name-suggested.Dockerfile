# test: unsafe-fixes
# The closest declared name is no variable name ($_VERSION! reads
# _VERSION): the suggestion stays in the message, with no fix.
ARG A _VERSION!
# want "FROM argument 'VERSION0' is not declared \\(did you mean _VERSION!\\?\\)"
FROM alpine:3.24$VERSION0
