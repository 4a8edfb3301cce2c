package osv

import "testing"

func TestEcosystem(t *testing.T) {
	tests := []struct {
		product, release, want string
	}{
		{"debian", "12", "Debian:12"},
		{"debian", "12.7", "Debian:12"},
		{"debian", "bookworm", "Debian:12"},
		{"debian", "trixie", "Debian:13"},
		{"debian", "11", "Debian:11"},
		{"ubuntu", "22.04", "Ubuntu:22.04:LTS"},
		{"ubuntu", "jammy", "Ubuntu:22.04:LTS"},
		{"ubuntu", "24.04.1", "Ubuntu:24.04:LTS"},
		{"ubuntu", "noble", "Ubuntu:24.04:LTS"},
		{"ubuntu", "20.04", "Ubuntu:20.04:LTS"},
		{"ubuntu", "23.10", "Ubuntu:23.10"},
		{"ubuntu", "25.04", "Ubuntu:25.04"},
		{"ubuntu", "plucky", "Ubuntu:25.04"},
		{"ubuntu", "26.04", "Ubuntu:26.04:LTS"},
		{"alpine", "3.20", "Alpine:v3.20"},
		{"alpine", "3.22.1", "Alpine:v3.22"},
		{"alpine", "v3.19", "Alpine:v3.19"},
		{"rhel", "9", "Red Hat:enterprise_linux:9"},
		{"rhel", "8.10", "Red Hat:enterprise_linux:8"},
		{"ubi", "9.4", "Red Hat:enterprise_linux:9"},
		{"ubi-minimal", "10", "Red Hat:enterprise_linux:10"},
		{"rockylinux", "9.3", "Rocky Linux:9"},
		{"rocky-linux", "8", "Rocky Linux:8"},
		{"almalinux", "9", "AlmaLinux:9"},
		{"almalinux", "10.0", "AlmaLinux:10"},
		{"Debian", "12", "Debian:12"},
	}
	for _, tt := range tests {
		got, err := Ecosystem(tt.product, tt.release)
		if err != nil || got != tt.want {
			t.Errorf("Ecosystem(%q, %q) = %q, %v; want %q", tt.product, tt.release, got, err, tt.want)
		}
	}
	for _, bad := range [][2]string{
		{"debian", "sid-slim"}, {"debian", ""}, {"ubuntu", "22"}, {"ubuntu", "2204"},
		{"alpine", "3"}, {"alpine", "edge"}, {"alpine", "3.x"}, {"rhel", "nine"},
		{"fedora", "40"}, {"windows", "ltsc2022"},
	} {
		if got, err := Ecosystem(bad[0], bad[1]); err == nil {
			t.Errorf("Ecosystem(%q, %q) = %q, want an error", bad[0], bad[1], got)
		}
	}
}

func TestBase(t *testing.T) {
	for in, want := range map[string]string{
		"Debian:12":                          "Debian",
		"Debian":                             "Debian",
		"Ubuntu:Pro:18.04:LTS":               "Ubuntu",
		"Red Hat:enterprise_linux:9::baseos": "Red Hat",
		"":                                   "",
	} {
		if got := Base(in); got != want {
			t.Errorf("Base(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		query, record string
		want          bool
	}{
		{"Debian:12", "Debian:12", true},
		{"Debian:12", "Debian:11", false},
		{"Debian:12", "Debian", true},
		{"Debian", "Debian:11", true},
		{"Debian:12", "Ubuntu:12", false},
		{"Debian:1", "Debian:12", false},
		{"Ubuntu:22.04:LTS", "Ubuntu:22.04:LTS", true},
		{"Ubuntu:22.04:LTS", "Ubuntu:Pro:22.04:LTS", false},
		{"Ubuntu:22.04:LTS", "Ubuntu:22.04", false},
		{"Alpine:v3.20", "Alpine:v3.2", false},
		{"Alpine:v3.2", "Alpine:v3.20", false},
		{"Red Hat:enterprise_linux:9", "Red Hat:enterprise_linux:9::baseos", true},
		{"Red Hat:enterprise_linux:9", "Red Hat:enterprise_linux:9::appstream", true},
		{"Red Hat:enterprise_linux:9", "Red Hat:enterprise_linux:8::baseos", false},
		{"Red Hat:enterprise_linux:1", "Red Hat:enterprise_linux:10.0", false},
		{"Red Hat:enterprise_linux:10", "Red Hat:enterprise_linux:10.1", true},
		{"Red Hat:enterprise_linux:9", "Red Hat:rhel_eus:9.4::baseos", false},
		{"Rocky Linux:9", "Rocky Linux:9", true},
		{"Rocky Linux:9", "Rocky Linux:8", false},
	}
	for _, tt := range tests {
		if got := Matches(tt.query, tt.record); got != tt.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", tt.query, tt.record, got, tt.want)
		}
	}
}
