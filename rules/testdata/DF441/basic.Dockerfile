FROM golang:1.26-trixie AS build
# No later instruction sees the directory: the WORKDIR needs no undoing.
# want "cd in RUN changes the directory for this step only; use WORKDIR"
RUN cd /src && go build -o /out/app .

FROM debian:trixie-slim
WORKDIR /srv
# want "cd in RUN"
RUN cd /opt/tool && ./configure && make
# A relative cd is resolved against the WORKDIR.
# want "cd in RUN"
RUN cd data && \
    touch seed
# want "cd in RUN"
RUN cd /srv && ls
# Not leading: reported without a fix.
# want "cd in RUN"
RUN make -C /x && cd /x && make install
# want "cd in RUN"
RUN (cd /tmp && tar -xf /a.tar)
# want "cd in RUN"
ONBUILD RUN cd /srv/app && make
COPY --from=build /out/app ./app
