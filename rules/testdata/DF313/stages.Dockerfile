# A build stage's layers are thrown away: only the final image counts.
FROM debian:trixie-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc
RUN gcc -o /hello /hello.c

FROM debian:trixie-slim AS base
# want "apt-get update leaves the package lists"
RUN apt-get update && apt-get install -y --no-install-recommends curl

FROM base
# want "apt-get update leaves the package lists"
RUN apt-get update && apt-get install -y --no-install-recommends git
COPY --from=build /hello /usr/local/bin/hello
