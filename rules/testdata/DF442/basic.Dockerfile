FROM debian:trixie-slim
# want "app.tar is copied, then extracted on line 4: ADD extracts a local tar archive itself"
COPY dist/app.tar /usr/src/app/
RUN tar -xf /usr/src/app/app.tar -C /usr/src/app && rm /usr/src/app/app.tar
# The destination names the archive.
# want "bundle.tgz is copied"
COPY build/out.tgz /tmp/bundle.tgz
WORKDIR /opt
RUN foo && tar xzf /tmp/bundle.tgz
# Copied, never extracted; or not an archive.
COPY data.tar.gz /data/
COPY package.json /app/
RUN tar -czf /backup.tgz /app
# want "tools.tar.xz is copied"
COPY tools.tar.xz /
RUN tar --extract --file=/tools.tar.xz
# A zip is no archive ADD extracts.
COPY site.zip /
RUN unzip /site.zip
# Another stage's COPY does not count, nor COPY --from.
FROM debian:trixie-slim
COPY --from=0 /usr/src/app/app.tar /x.tar
RUN tar -xf /x.tar /data.tar.gz
