package rules

import "testing"

func TestRegistryAllowed(t *testing.T) {
	for _, tc := range []struct {
		image   string
		allowed []string
		want    bool
	}{
		{"ubuntu:24.04", []string{"docker.io"}, true},
		{"library/ubuntu", []string{"hub.docker.com"}, true},
		{"index.docker.io/zemanlx/ubuntu:18.04", []string{"docker.io"}, true},
		{"ubuntu", []string{"ghcr.io"}, false},
		{"ghcr.io/acme/tool:1", []string{"ghcr.io"}, true},
		{"GHCR.IO/acme/tool:1", []string{"ghcr.io"}, true},
		{"eu.mirror.corp.example/alpine", []string{"*.mirror.corp.example"}, true},
		{"mirror.corp.example/alpine", []string{"*.mirror.corp.example"}, false},
		{"registry.corp.example:5000/app", []string{"registry.corp*"}, true},
		{"registry.corp.example:5000/app", []string{"registry.corp.example"}, false},
		{"registry.corp.example:5000/app", []string{"registry.corp.example:5000"}, true},
		{"localhost:5000/app", []string{"*"}, true},
		{"quay.io/x", []string{"x.com", "*.random.com"}, false},
	} {
		registry, ok := imageRegistry(tc.image)
		if !ok {
			t.Fatalf("imageRegistry(%q) failed", tc.image)
		}
		if got := registryAllowed(tc.allowed, registry); got != tc.want {
			t.Errorf("%s (%s) allowed by %v = %v, want %v", tc.image, registry, tc.allowed, got, tc.want)
		}
	}
	if _, ok := imageRegistry("$BASE"); ok {
		t.Error("imageRegistry($BASE) should fail: a variable names no registry")
	}
}
