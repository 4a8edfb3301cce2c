# test: unsafe-fixes
# Only the final stage counts: the build stage runs as root, unreported.
# (Unsafe: the file gives distroless's nonroot no files.)
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .

# want "no USER in the final stage"
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
