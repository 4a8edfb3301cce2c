FROM golang:1.26 AS build
# want "COPY --from=Build copies from the stage it is in: BuildKit stops with a circular dependency"
COPY --from=Build /src /src
# want "COPY --from=0 copies from the stage it is in"
COPY --from=0 /src /src
FROM debian:trixie-slim AS app
COPY --from=build /app /app
COPY --from=0 /app /app
# want "COPY --from=1 copies from the stage it is in"
COPY --from=1 /app /app2
