FROM golang:1.26 AS build
# want "https://example.org/protoc.zip is downloaded and extracted with unzip with no checksum or signature check; check it first .*ADD --checksum\\)$"
RUN curl -fsSLO https://example.org/protoc.zip && unzip protoc.zip -d /usr/local
FROM golang:1.26 AS lint
# want "https://example.org/linter.zip is downloaded and extracted with unzip.*\\(in a build stage nothing of which reaches the final image\\)"
RUN curl -fsSLO https://example.org/linter.zip && unzip linter.zip -d /usr/local
FROM golang:1.26 AS assets
# want "https://example.org/assets.zip is downloaded and extracted with unzip.*ADD --checksum\\)$"
RUN curl -fsSLO https://example.org/assets.zip && unzip assets.zip -d /assets
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /app
RUN --mount=from=assets,source=/assets,target=/mnt true
