# BuildKit's testStageName: a mixed-case stage name.
# want "Stage name 'BadStageName' should be lowercase"
FROM golang:1.25-alpine AS BadStageName
RUN go build -o /app ./...

FROM alpine:3.22 AS base2
# COPY --from is case-insensitive; the fix lower-cases it with the name.
COPY --from=BadStageName /app /app
COPY --from=badstagename /app /app2

# FROM finds the stage whatever the case; the fix lower-cases it too.
FROM BadStageName AS test
RUN go test ./...

FROM scratch AS base3
