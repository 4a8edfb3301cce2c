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

func TestRunsBourneShell(t *testing.T) {
	src := `FROM alpine AS a
RUN one
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN two
FROM a AS b
RUN three
SHELL ["pwsh", "-Command"]
RUN four
FROM b
RUN five
SHELL ["/bin/sh", "-c"]
RUN six
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN seven
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["bash", "-c"]
RUN eight
`
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"one": true, "two": true, "three": true, "four": false, "five": false, "six": true, "seven": false, "eight": true}
	for _, in := range f.InstructionsOf("RUN") {
		if got := f.RunsBourneShell(in); got != want[in.ArgText()] {
			t.Errorf("RUN %s: RunsBourneShell = %v", in.ArgText(), got)
		}
	}
}
