# OpenResty is nginx: its master process binds the port as root and runs its
# workers as the user its nginx.conf names, so a USER would stop it starting.
# want "drops privileges itself \\(CMD runs openresty, which starts as root by design\\); no USER fix offered"
FROM alpine:3.23.5
RUN apk add --no-cache build-base && ./configure --prefix=/usr/local/openresty && make install
COPY nginx.conf /usr/local/openresty/nginx/conf/nginx.conf
CMD ["/usr/local/openresty/bin/openresty", "-g", "daemon off;"]
