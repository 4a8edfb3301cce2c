FROM alpine:3.22
RUN apk update \
# want "apk add without --no-cache"
    && apk add \
        curl \
        git
# want "apk add without --no-cache" "apk add without --no-cache"
RUN apk update && apk add jq && apk add --virtual .build-deps gcc && apk del .build-deps
# Not removed mechanically: it is in an ||.
# want "apk add without --no-cache leaves the package index in /var/cache/apk in the layer \\(remove the apk update before it by hand"
RUN apk update || true; apk add make
