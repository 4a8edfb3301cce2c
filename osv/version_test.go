package osv

import (
	"errors"
	"testing"
)

func eco(events ...Event) Range { return Range{Type: RangeEcosystem, Events: events} }

func TestAffects(t *testing.T) {
	intro := func(v string) Event { return Event{Introduced: v} }
	fixed := func(v string) Event { return Event{Fixed: v} }
	last := func(v string) Event { return Event{LastAffected: v} }
	limit := func(v string) Event { return Event{Limit: v} }
	tests := []struct {
		name      string
		affected  Affected
		version   string
		want      bool
		wantError bool
	}{
		{"introduced 0, fixed: before the fix", Affected{"Debian:12", []Range{eco(intro("0"), fixed("3.0.14-1~deb12u1"))}, nil}, "3.0.11-1~deb12u2", true, false},
		{"introduced 0, fixed: at the fix", Affected{"Debian:12", []Range{eco(intro("0"), fixed("3.0.14-1~deb12u1"))}, nil}, "3.0.14-1~deb12u1", false, false},
		{"introduced 0, fixed: after the fix", Affected{"Debian:12", []Range{eco(intro("0"), fixed("3.0.14-1~deb12u1"))}, nil}, "3.0.15-1~deb12u1", false, false},
		{"tilde sorts before: ~deb12u1 < plain", Affected{"Debian:12", []Range{eco(intro("0"), fixed("3.0.14-1"))}, nil}, "3.0.14-1~deb12u1", true, false},
		{"epoch beats upstream version", Affected{"Debian:12", []Range{eco(intro("0"), fixed("1:1.2.13.dfsg-1"))}, nil}, "1.9.9-1", true, false},
		{"unfixed: introduced 0 only", Affected{"Debian:12", []Range{eco(intro("0"))}, nil}, "2.36-9+deb12u7", true, false},
		{"before introduced", Affected{"Debian:12", []Range{eco(intro("7.69.0-1"), fixed("7.88.1-10+deb12u4"))}, nil}, "7.64.0-4", false, false},
		{"at introduced", Affected{"Debian:12", []Range{eco(intro("7.69.0-1"), fixed("7.88.1-10+deb12u4"))}, nil}, "7.69.0-1", true, false},
		{"events out of order are sorted", Affected{"Debian:12", []Range{eco(fixed("2.0-1"), intro("1.0-1"))}, nil}, "1.5-1", true, false},
		{"two windows: in the second", Affected{"Alpine:v3.20", []Range{eco(intro("1.0-r0"), fixed("1.2-r0"), intro("2.0-r0"), fixed("2.5-r0"))}, nil}, "2.1-r0", true, false},
		{"two windows: between them", Affected{"Alpine:v3.20", []Range{eco(intro("1.0-r0"), fixed("1.2-r0"), intro("2.0-r0"), fixed("2.5-r0"))}, nil}, "1.5-r0", false, false},
		{"apk revision counts", Affected{"Alpine:v3.20", []Range{eco(intro("0"), fixed("3.3.1-r1"))}, nil}, "3.3.1-r0", true, false},
		{"apk fixed revision", Affected{"Alpine:v3.20", []Range{eco(intro("0"), fixed("3.3.1-r1"))}, nil}, "3.3.1-r1", false, false},
		{"last_affected: at it", Affected{"Debian:12", []Range{eco(intro("0"), last("2.0-1"))}, nil}, "2.0-1", true, false},
		{"last_affected: after it", Affected{"Debian:12", []Range{eco(intro("0"), last("2.0-1"))}, nil}, "2.0-2", false, false},
		{"limit: below it", Affected{"Debian:12", []Range{eco(intro("0"), limit("2.0-1"))}, nil}, "1.9-1", true, false},
		{"limit: at it", Affected{"Debian:12", []Range{eco(intro("0"), limit("2.0-1"))}, nil}, "2.0-1", false, false},
		{"limit *: unbounded", Affected{"Debian:12", []Range{eco(intro("0"), limit("*"))}, nil}, "99-1", true, false},
		{"several limits: below one", Affected{"Debian:12", []Range{eco(intro("0"), limit("1.0-1"), limit("3.0-1"))}, nil}, "2.0-1", true, false},
		{"versions list: listed", Affected{"Debian:12", nil, []string{"3.0.9-1", "3.0.11-1~deb12u1"}}, "3.0.11-1~deb12u1", true, false},
		{"versions list: not listed", Affected{"Debian:12", nil, []string{"3.0.9-1", "3.0.11-1~deb12u1"}}, "3.0.11-1~deb12u2", false, false},
		{"versions list and range: either", Affected{"Debian:12", []Range{eco(intro("0"), fixed("1.0-1"))}, []string{"5.0-1"}}, "5.0-1", true, false},
		{"SEMVER range in semver order", Affected{"Debian:12", []Range{{RangeSemver, []Event{intro("1.2.0"), fixed("1.10.0")}}}, nil}, "1.9.0", true, false},
		{"GIT range never matches a version", Affected{"Debian:12", []Range{{RangeGit, []Event{intro("0")}}}, nil}, "1.0-1", false, false},
		{"RPM epoch", Affected{"Red Hat:enterprise_linux:9::baseos", []Range{eco(intro("0"), fixed("1:3.2.2-6.el9_5"))}, nil}, "1:3.0.7-27.el9", true, false},
		{"RPM fixed", Affected{"Red Hat:enterprise_linux:9::baseos", []Range{eco(intro("0"), fixed("1:3.2.2-6.el9_5"))}, nil}, "1:3.2.2-6.el9_5", false, false},
		{"unreadable event: counted as affecting", Affected{"Alpine:v3.20", []Range{eco(intro("0"), fixed("not a version"))}, nil}, "3.3.1-r0", true, false},
		{"unreadable queried version", Affected{"Alpine:v3.20", []Range{eco(intro("0"), fixed("3.3.1-r1"))}, nil}, "${OPENSSL_VERSION}", false, true},
		{"ecosystem without an ordering", Affected{"Photon OS:5.0", []Range{eco(intro("0"))}, nil}, "1.0", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.affected.Affects(tt.version)
			if (err != nil) != tt.wantError {
				t.Fatalf("Affects(%q) error = %v, want error %v", tt.version, err, tt.wantError)
			}
			if got != tt.want {
				t.Errorf("Affects(%q) = %v, want %v", tt.version, got, tt.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		ecosystem, a, b string
		want            int
	}{
		{"Debian:12", "3.0.14-1~deb12u1", "3.0.14-1", -1},
		{"Debian:12", "1:1.2.13.dfsg-1", "1.2.13.dfsg-1", 1},
		{"Ubuntu:22.04:LTS", "3.0.2-0ubuntu1.18", "3.0.2-0ubuntu1.9", 1},
		{"Alpine:v3.20", "3.3.1-r1", "3.3.1-r0", 1},
		{"Alpine:v3.20", "3.3.10-r0", "3.3.9-r0", 1},
		{"Red Hat:enterprise_linux:9", "1:3.2.2-6.el9_5", "1:3.2.2-6.el9_5", 0},
		{"Rocky Linux:9", "3.0.7-27.el9", "3.0.7-28.el9", -1},
	}
	for _, tt := range tests {
		got, err := Compare(tt.ecosystem, tt.a, tt.b)
		if err != nil || sign(got) != tt.want {
			t.Errorf("Compare(%q, %q, %q) = %d, %v; want %d", tt.ecosystem, tt.a, tt.b, got, err, tt.want)
		}
	}
	if _, err := Compare("Alpine:v3.20", "3.3.1-r0", "x y z"); !errors.Is(err, ErrInvalidVersion) {
		t.Errorf("Compare with an unreadable version: %v, want ErrInvalidVersion", err)
	}
	if _, err := Compare("Photon OS:5.0", "1", "2"); err == nil {
		t.Error("Compare in an ecosystem without an ordering: no error")
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
