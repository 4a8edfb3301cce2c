# A final stage from scratch with no ENTRYPOINT, no CMD and no USER root is
# a package of files (docker build --output, COPY --from): no container
# runs it, so no finding.
FROM golang:1.26 AS build
RUN CGO_ENABLED=0 go build -o /out/app .
FROM scratch AS package
COPY --from=build /out/ ./
