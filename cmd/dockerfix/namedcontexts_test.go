package main

import (
	"slices"
	"testing"
)

func TestNamedContextsIn(t *testing.T) {
	tests := []struct {
		file, text string
		want       []string
	}{
		{"docker-bake.hcl", `target "dev" {
  context = "./discourse_dev"
  contexts = {
    from = "target:base-slim-${branch}-${arch}"
    templates = "../templates"
  }
  tags = ["x"]
}
target "other" {
  contexts = { "assets" = "target:assets" }
}`, []string{"from", "templates", "assets"}},
		{"docker-bake.hcl", `target "a" { context = "." }`, nil},
		{"docker-bake.json", `{"target": {"app": {"contexts": {"alpine": "docker-image://alpine:3.24", "src": "../src"}, "tags": ["x"]}}}`,
			[]string{"alpine", "src"}},
		{"compose.yaml", `services:
  app:
    build:
      context: .
      additional_contexts:
        templates: ../templates
        "base": docker-image://debian:trixie
      target: dev
    image: app
  web:
    build:
      additional_contexts:
        - assets=./assets
`, []string{"templates", "base", "assets"}},
		{"docker-compose.yml", "services:\n  app:\n    build: .\n", nil},
	}
	for _, tt := range tests {
		if got := namedContextsIn(tt.file, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("namedContextsIn(%s, %q) = %q, want %q", tt.file, tt.text, got, tt.want)
		}
	}
}
