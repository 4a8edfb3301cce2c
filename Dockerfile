# dockerfix's own image: docker build -t dockerfix . && docker run --rm -v "$PWD:/src" -w /src dockerfix
FROM golang:1.26-trixie AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.stampedVersion=${VERSION}" -o /out/dockerfix ./cmd/dockerfix

FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=build /out/dockerfix /usr/local/bin/dockerfix
ENTRYPOINT ["/usr/local/bin/dockerfix"]
