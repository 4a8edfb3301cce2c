# BuildKit's check reads FROM's word as an image name even when it names a
# stage: "Builder" has capitals, so it reports it; the build resolves the
# stage builder whatever the case, so the message says that, not that the
# build fails.
FROM golang:1.26-alpine AS builder
RUN go build -o /app ./...
# want "^\"Builder\" names the stage builder, which BuildKit's check, reading it as an image name, rejects for its capitals \\(the build finds the stage\\): write \"builder\"$"
FROM Builder AS test
RUN go test ./...
# A stage name that is no valid image name for another reason: the same,
# without the advice.
FROM alpine:3.24 AS my_stage_
RUN true
# want "^\"my_stage_\" names the stage my_stage_, which BuildKit's check, reading it as an image name, rejects \\(the build finds the stage\\)$"
FROM my_stage_
CMD ["true"]
