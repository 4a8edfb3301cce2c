package rules

import (
	"slices"
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

func TestDateStamp(t *testing.T) {
	for _, tc := range []struct {
		tag    string
		stamp  bool
		moving string // "" when there is no tag to move to
	}{
		{"bookworm-20240211-slim", true, "bookworm-slim"},
		{"jammy-20240212", true, "jammy"},
		{"20240211", true, ""},
		{"bookworm-2024-02-11", true, "bookworm"},
		{"9.4-1227.1726694542", true, ""},
		{"bookworm-slim", false, ""},
		{"3.22", false, ""},
		{"22.04", false, ""},
		{"1.34.5-r0", false, ""},
		{"20241301", false, ""}, // no 13th month
		{"2.568.2", false, ""},
		{"12345678", false, ""},
		{"node-20.11.1-20240301", true, "node-20.11.1"},
	} {
		if got := dateStamped(tc.tag); got != tc.stamp {
			t.Errorf("dateStamped(%q) = %v, want %v", tc.tag, got, tc.stamp)
		}
		got, ok := movingTag(tc.tag)
		if ok != (tc.moving != "") || got != tc.moving {
			t.Errorf("movingTag(%q) = %q, %v; want %q", tc.tag, got, ok, tc.moving)
		}
	}
}

func TestSortIDs(t *testing.T) {
	ids := []string{"DEBIAN-CVE-2024-9143", "DEBIAN-CVE-2024-10000", "DEBIAN-CVE-2025-9230", "DEBIAN-CVE-2023-0001", "ALPINE-CVE-2025-1"}
	sortIDs(ids)
	want := []string{"DEBIAN-CVE-2025-9230", "DEBIAN-CVE-2024-10000", "DEBIAN-CVE-2024-9143", "DEBIAN-CVE-2023-0001", "ALPINE-CVE-2025-1"}
	if !slices.Equal(ids, want) {
		t.Errorf("sortIDs = %q, want %q", ids, want)
	}
}

func TestExactPin(t *testing.T) {
	for _, tc := range []struct {
		family string
		arg    lint.PackageArg
		want   bool
	}{
		{"apt", lint.PackageArg{Name: "openssl", Version: "3.0.17-1~deb12u3"}, true},
		{"apt", lint.PackageArg{Name: "git", Version: "1:2.39.2-1.1"}, true},
		{"apt", lint.PackageArg{Name: "curl"}, false},
		{"apk", lint.PackageArg{Name: "git", Version: "~2"}, false},
		{"apk", lint.PackageArg{Name: "su-exec", Spec: ">=0.2"}, false},
		{"apt", lint.PackageArg{Name: "slack-desktop", Version: "{{ .version }}"}, false},
		{"apt", lint.PackageArg{Name: "openssl", Version: "${V}", Unresolved: true}, true},
		{"yum", lint.PackageArg{Name: "openssl", Version: "1:3.2.2-6.el9_5"}, true},
		{"yum", lint.PackageArg{Name: "dotnet-runtime", Version: "8.0"}, false},
	} {
		if got := exactPin(tc.family, tc.arg); got != tc.want {
			t.Errorf("exactPin(%s, %+v) = %v, want %v", tc.family, tc.arg, got, tc.want)
		}
	}
}

func TestHousekeeping(t *testing.T) {
	for cmd, want := range map[string]bool{
		"apt-get update":                         true,
		"apt-get clean":                          true,
		"apk update":                             true,
		"yum clean all":                          true,
		"microdnf clean all":                     true,
		"zypper clean -a":                        true,
		"rm -rf /var/lib/apt/lists/*":            true,
		"rm -rf /var/cache/apk/* /var/cache/apt": true,
		"set -eux":                               true,
		"rm -rf /tmp/*":                          false,
		"rm -rf /var/lib/apt/lists/* /app":       false,
		"rm -f":                                  false,
		"apt-get install -y curl":                false,
		"useradd app":                            false,
	} {
		f, err := syntax.NewParser().Parse(strings.NewReader(cmd), "")
		if err != nil {
			t.Fatal(err)
		}
		call := f.Stmts[0].Cmd.(*syntax.CallExpr)
		if got := housekeeping(call); got != want {
			t.Errorf("housekeeping(%q) = %v, want %v", cmd, got, want)
		}
	}
}

func TestServesOS(t *testing.T) {
	for _, tc := range []struct {
		family, product string
		want            bool
	}{
		{"apt", "debian", true}, {"apt", "ubuntu", true}, {"apt", "alpine", false},
		{"apk", "alpine", true}, {"apk", "debian", false},
		{"yum", "rhel", true}, {"yum", "rockylinux", true}, {"yum", "almalinux", true}, {"yum", "debian", false},
		{"zypper", "debian", false},
	} {
		if got := servesOS(tc.family, tc.product); got != tc.want {
			t.Errorf("servesOS(%s, %s) = %v, want %v", tc.family, tc.product, got, tc.want)
		}
	}
}
