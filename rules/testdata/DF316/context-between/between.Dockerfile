# test: unsafe-fixes
# A script between the apk update and the add, read from the build
# context, runs apk add: removing the update would take its index away, so
# the fix needs review.
FROM alpine:3.24
COPY install-deps.sh /
# want "needs review: this RUN then runs install-deps.sh, which may read the index apk writes there"
RUN apk update && /install-deps.sh && apk add curl
CMD ["sh"]
