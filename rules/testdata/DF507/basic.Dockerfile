# test: unsafe-fixes
FROM debian:trixie-slim
# want "chmod 777 makes /app writable by every user; needs review: a user other than the owner"
RUN mkdir -p /app && chmod 777 /app
# want "chmod 0666 makes /etc/app.conf writable by every user"
RUN chmod 0666 /etc/app.conf
# want "chmod 776 makes /data and the rest writable"
RUN chmod -R 776 /data /cache
# want "mkdir -m 0777 makes /var/lib/app writable by every user"
RUN mkdir -p -m 0777 /var/lib/app
# want "mkdir --mode=777 makes /srv writable by every user"
RUN mkdir --mode=777 /srv
# want "COPY --chmod=777 makes the files writable by every user"
COPY --chmod=777 entrypoint.sh /usr/local/bin/
# No fix for symbolic modes: what they amount to depends on the mode before.
# want "chmod a\\+w makes /opt/cache writable by every user$"
RUN chmod -R a+w /opt/cache
# want "chmod ugo=rwX makes /var/www writable"
RUN chmod ugo=rwX /var/www
# want "chmod o\\+w,g\\+w makes /x writable"
RUN chmod o+w,g+w /x
