package rules

import (
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// TestCleanModernDockerfile: a clean modern Dockerfile (supported pinned
// bases, a non-root USER given as a UID (nobody's), exec-form CMD, cache
// mounts, WORKDIR, pipefail)
// gets no finding from the rules that run by default.
func TestCleanModernDockerfile(t *testing.T) {
	src := `# syntax=docker/dockerfile:1
FROM golang:1.26-trixie AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -o /out/app ./cmd/app \
    && go version -m /out/app | grep -q 'mod' \
    && wget -q -O /out/LICENSE https://example.com/LICENSE

FROM debian:trixie-slim
LABEL org.opencontainers.image.source="https://example.com/app"
WORKDIR /app
COPY --from=build /out/app /usr/local/bin/app
COPY config.yaml ./
USER 65534
EXPOSE 8080
CMD ["/usr/local/bin/app"]
`
	_, diags, err := lint.Check("Dockerfile", []byte(src), All(), testEnv())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected finding: %s %s", d.Rule, d.Message)
	}
}
