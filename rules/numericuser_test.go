package rules

import "testing"

func TestOSImageWithArgTag(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"debian:${debian_ver}-slim", true},
		{"docker.io/library/alpine:$ALPINE", true},
		{"ubuntu:${UBUNTU}", true},
		{"php:${PHP_VERSION}-fpm-${BASE_OS_VERSION}", false}, // php's tags pick Debian or Alpine
		{"${BASE}:12", false},
		{"debian", false},
		{"registry.example.com:5000/debian:$V", false},
	} {
		if got := osImageWithArgTag(tc.word); got != tc.want {
			t.Errorf("osImageWithArgTag(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
