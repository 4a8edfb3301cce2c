# test: unsafe-fixes
FROM golang:1.26 AS build
RUN CGO_ENABLED=0 go build -o /app .
# want "a scratch image runs as UID 0"
FROM scratch
COPY --from=build /app /app
ENTRYPOINT ["/app"]
