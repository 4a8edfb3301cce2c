FROM golang:1.26 AS build
# want "ADD https://example.org/protoc.zip has no --checksum: the build takes whatever the server sends$"
ADD https://example.org/protoc.zip /tmp/
FROM golang:1.26 AS unused
# want "ADD https://example.org/other.zip has no --checksum.*\\(in a build stage nothing of which reaches the final image\\)"
ADD https://example.org/other.zip /tmp/
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /app
