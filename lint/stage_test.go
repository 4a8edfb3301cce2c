package lint

import (
	"strings"
	"testing"
)

func TestInFinalImage(t *testing.T) {
	src := `ARG X=1
FROM golang:1.26 AS build
FROM alpine:3.22 AS base
FROM base AS runtime
FROM build AS test
FROM runtime
`
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range f.Stages {
		if f.InFinalImage(st) {
			got = append(got, st.Image.Text)
		}
	}
	if want := "alpine:3.22 base runtime"; strings.Join(got, " ") != want {
		t.Errorf("in the final image: %q, want %q", strings.Join(got, " "), want)
	}
	if f.InFinalImage(nil) {
		t.Error("a global ARG is in the final image")
	}
}
