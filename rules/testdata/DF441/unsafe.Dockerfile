# test: unsafe-fixes
FROM debian:trixie-slim
# The image's own WORKDIR is unknown, so it cannot be restored: unsafe.
# want "cd in RUN"
RUN cd /opt && ls
COPY app.sh .
FROM debian:trixie-slim
# want "cd in RUN"
RUN cd /usr/src
RUN make
FROM golang:1.26-trixie
WORKDIR /app
COPY . /src
# BuildKit resolves a relative mount target against the working directory:
# a WORKDIR /src before the RUN would move the cache to /src/cache.
# want "cd in RUN"
RUN --mount=type=cache,target=cache cd /src && go build ./...
RUN ls cache
