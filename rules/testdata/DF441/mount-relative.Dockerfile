# BuildKit resolves a relative mount target against the working directory:
# moving the cd to a WORKDIR would move the cache to /src/cache, so the fix
# is unsafe and --write leaves the file as it is.
FROM golang:1.26-trixie
WORKDIR /app
COPY . /src
# want "cd in RUN"
RUN --mount=type=cache,target=cache cd /src && go build ./...
RUN ls cache
# An absolute target does not move: the fix is safe.
# want "cd in RUN"
RUN --mount=type=cache,target=/root/.cache/go-build cd /src && go build ./...
