FROM alpine:3.22
# want "apk update: nothing reads the index it downloads, which stays in the layer"
RUN apk update && apk add --no-cache curl
# want "apk update in a RUN that installs nothing from it: apk add on line 6"
RUN apk update
RUN apk add git
RUN apk update && apk add jq
# A wasted download, but nothing stays behind.
RUN apk update && apk add --no-cache libstdc++ && rm -rf /var/cache/apk/*
