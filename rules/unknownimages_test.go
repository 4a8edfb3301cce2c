package rules

import (
	"reflect"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

func TestUnknownImages(t *testing.T) {
	src := `ARG REG=ghcr.io/acme
ARG UNSET
FROM node:24-alpine AS build
FROM ${REG}/app:1 AS app
FROM build AS again
FROM ${UNSET}/tool:2 AS tool
FROM scratch AS empty
FROM acme/base:3
FROM ghcr.io/acme/app:1
FROM selenium/standalone-chrome:4.25.0
FROM gcr.io/distroless/static
`
	f, err := lint.Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := testImages.UnknownImages(f)
	want := []string{"ghcr.io/acme/app:1", "acme/base:3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("UnknownImages = %q, want %q", got, want)
	}
	var none *Images
	if none.UnknownImages(f) != nil {
		t.Error("a nil catalog knows nothing to report")
	}
}
