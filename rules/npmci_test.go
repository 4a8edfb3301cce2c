package rules

import "testing"

func TestNpmWithoutCI(t *testing.T) {
	for _, tc := range []struct {
		image string
		old   bool
	}{
		{"node:8", true},
		{"node:8.11.4-alpine", true},
		{"docker.io/library/node:carbon", true},
		{"node:boron-slim", true},
		{"node:10.1.0", true},
		{"node:10.2", false},
		{"node:10", false},
		{"node:22-alpine@sha256:0123", false},
		{"node@sha256:12345678", false},
		{"node:lts", false},
		{"node", false},
		{"mycorp/node:8", false},
		{"python:3.8", false},
	} {
		if _, old := npmWithoutCI(tc.image); old != tc.old {
			t.Errorf("npmWithoutCI(%q) = %v, want %v", tc.image, old, tc.old)
		}
	}
}
