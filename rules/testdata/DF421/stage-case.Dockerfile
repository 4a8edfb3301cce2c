# BuildKit's check reads FROM's word as an image name even when it names a
# stage: "Builder" has capitals, so it reports it; the build resolves the
# stage builder whatever the case, so the message says that, not that the
# build fails.
FROM golang:1.26-alpine AS builder
RUN go build -o /app ./...
# want "^\"Builder\" names the stage builder, which BuildKit's check, reading it as an image name, rejects for its capitals \\(the build finds the stage\\): write \"builder\"$"
FROM Builder AS test
RUN go test ./...
