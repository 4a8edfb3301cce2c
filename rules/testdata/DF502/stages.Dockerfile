FROM golang:1.26 AS build
# want "https://example.org/protoc.zip is downloaded and extracted with unzip.*\\(in a build stage the final image does not contain\\)"
RUN curl -fsSLO https://example.org/protoc.zip && unzip protoc.zip -d /usr/local
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /app
