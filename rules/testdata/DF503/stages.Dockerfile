FROM golang:1.26 AS build
# want "ADD https://example.org/protoc.zip has no --checksum.*\\(in a build stage the final image does not contain\\)"
ADD https://example.org/protoc.zip /tmp/
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /app
