package osv

import "testing"

func TestSourcePackage(t *testing.T) {
	tests := []struct {
		ecosystem, pkg, want string
	}{
		{"Debian:12", "libssl3", "openssl"},
		{"Debian:13", "libssl3t64", "openssl"},
		{"Ubuntu:24.04:LTS", "libssl3t64", "openssl"},
		{"Debian:11", "libssl1.1", "openssl"},
		{"Debian:12", "libssl-dev", "openssl"},
		{"Debian:12", "libssl3:amd64", "openssl"},
		{"Debian:12", "libcurl4", "curl"},
		{"Ubuntu:22.04:LTS", "libcurl4", "curl"},
		{"Debian:12", "zlib1g", "zlib"},
		{"Debian:12", "libc6", "glibc"},
		{"Debian:12", "libc-bin", "glibc"},
		{"Ubuntu:22.04:LTS", "libc6", "glibc"},
		{"Debian:12", "libxml2", "libxml2"},
		{"Debian:12", "openssl", "openssl"},
		{"Debian:12", "curl", "curl"},
		{"Debian:12", "no-such-package", "no-such-package"},
		// Sources that differ between releases: each release's own.
		{"Debian:11", "libstdc++6", "gcc-10"},
		{"Debian:12", "libstdc++6", "gcc-12"},
		{"Debian:13", "libstdc++6", "gcc-14"},
		{"Debian:12", "libpq5", "postgresql-15"},
		{"Alpine:v3.20", "libcrypto3", "openssl"},
		{"Alpine:v3.20", "libssl3", "openssl"},
		{"Alpine:v3.14", "libcrypto1.1", "openssl"},
		{"Alpine:v3.20", "musl-utils", "musl"},
		{"Alpine:v3.20", "busybox-binsh", "busybox"},
		{"Alpine:v3.20", "openssl", "openssl"},
		{"Rocky Linux:9", "openssl-libs", "openssl"},
		{"AlmaLinux:8", "glibc-common", "glibc"},
		{"Red Hat:enterprise_linux:9", "openssl-libs", "openssl-libs"},
		{"PyPI", "urllib3", "urllib3"},
	}
	for _, tt := range tests {
		if got := SourcePackage(tt.ecosystem, tt.pkg); got != tt.want {
			t.Errorf("SourcePackage(%q, %q) = %q, want %q", tt.ecosystem, tt.pkg, got, tt.want)
		}
	}
}
