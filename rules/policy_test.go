package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/lint"
)

// TestBaseImageFixSafety pins the fix-safety contract of DF101 and DF102:
// a bump is safe only when the release line and the OS release stay, and
// both policies' targets are offered, the configured one first.
func TestBaseImageFixSafety(t *testing.T) {
	type fix struct {
		ref  string
		safe bool
	}
	tests := []struct {
		from, date, policy string
		rule               string
		sev                lint.Severity
		fixes              []fix
	}{
		// A runtime major and an Alpine release: unsafe, both targets.
		{"node:21-alpine3.19", "2026-12-04", "", "DF101", lint.Warning, []fix{{"node:26-alpine3.24", false}, {"node:22-alpine3.23", false}}},
		{"node:21-alpine3.19", "2026-12-04", "minimal", "DF101", lint.Warning, []fix{{"node:22-alpine3.23", false}, {"node:26-alpine3.24", false}}},
		// Debian LTS: info; the distro move is unsafe.
		{"debian:bookworm-slim", "2026-12-04", "", "DF101", lint.Info, []fix{{"debian:trixie-slim", false}}},
		{"python:3.13-slim-bookworm", "2026-12-04", "", "DF101", lint.Info, []fix{{"python:3.13-slim-trixie", false}}},
		// After Debian LTS: a warning.
		{"debian:bookworm-slim", "2028-07-01", "", "DF101", lint.Warning, []fix{{"debian:trixie-slim", false}}},
		// Ubuntu's paid ESM is no support for an image.
		{"ubuntu:20.04", "2026-12-04", "", "DF101", lint.Warning, []fix{{"ubuntu:26.04", false}, {"ubuntu:22.04", false}}},
		// An Alpine release move.
		{"alpine:3.21", "2026-12-04", "", "DF101", lint.Warning, []fix{{"alpine:3.24", false}, {"alpine:3.22", false}}},
		// A vendor move, even to the same JDK line.
		{"openjdk:11", "2026-12-04", "minimal", "DF101", lint.Warning, []fix{{"eclipse-temurin:11", false}, {"eclipse-temurin:25", false}}},
		// A newer patch of the same line on the same OS release: safe.
		{"node:24.14.0-trixie-slim", "2026-12-04", "", "DF101", lint.Info, []fix{{"node:24.19.0-trixie-slim", true}}},
		// An old patch out of the tag set: the Alpine release it was built
		// on is frozen and unknown, and node:24.19.0-alpine is on 3.24.
		{"node:24.1.0-alpine", "2026-12-04", "", "DF101", lint.Info, []fix{{"node:24.19.0-alpine", false}}},
		// python:3.12.1 was built on Debian 12, python:3.12.14 is on 13.
		{"python:3.12.1", "2026-12-04", "", "DF101", lint.Info, []fix{{"python:3.12.14", false}}},
		// Pinning a floating tag to what it resolves to today: safe.
		// A pin is safe while the catalog's tags are fresh: 104 days after
		// them, latest may have moved to a newer release.
		{"node", "2026-09-01", "", "DF102", lint.Warning, []fix{{"node:26", true}}},
		{"node:alpine", "2026-09-01", "", "DF102", lint.Warning, []fix{{"node:26-alpine", true}}},
		{"node", "2026-12-04", "", "DF102", lint.Warning, []fix{{"node:26", false}}},
		{"node:alpine", "2026-12-04", "", "DF102", lint.Warning, []fix{{"node:26-alpine", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.from+"@"+tt.date+"/"+tt.policy, func(t *testing.T) {
			date, _ := time.Parse(time.DateOnly, tt.date)
			env := &lint.Env{Now: func() time.Time { return date }, Config: &lint.Config{Bump: tt.policy}, Images: testImages}
			src := "FROM " + tt.from + "\n"
			_, diags, err := lint.Check("Dockerfile", []byte(src), []*lint.Rule{OutdatedBaseImage, UntaggedBaseImage}, env)
			if err != nil {
				t.Fatal(err)
			}
			var got *lint.Diagnostic
			for i := range diags {
				if diags[i].Rule == tt.rule {
					got = &diags[i]
				}
			}
			if got == nil {
				t.Fatalf("no %s finding; got %+v", tt.rule, diags)
			}
			if got.Severity != tt.sev {
				t.Errorf("severity %s, want %s (%s)", got.Severity, tt.sev, got.Message)
			}
			if len(got.Fixes) != len(tt.fixes) {
				t.Fatalf("%d fixes, want %d: %+v", len(got.Fixes), len(tt.fixes), got.Fixes)
			}
			for i, want := range tt.fixes {
				fx := got.Fixes[i]
				if newText := fx.Edits[0].New; newText != want.ref || fx.Safe != want.safe {
					t.Errorf("fix %d: %q safe=%v, want %q safe=%v (%s)", i, newText, fx.Safe, want.ref, want.safe, fx.Message)
				}
			}
			if !got.Fixes[0].Safe && !strings.Contains(got.Message, "needs review: ") {
				t.Errorf("an unsafe fix without a reason in the message: %s", got.Message)
			}
		})
	}
}

func TestBumpRisk(t *testing.T) {
	tests := []struct {
		name string
		u    lint.ImageUpdate
		want string
	}{
		{"newer patch", lint.ImageUpdate{Reason: "patch"}, ""},
		{"floating OS moves", lint.ImageUpdate{Changes: []lint.ReleaseChange{{Kind: "os", Product: "alpine", From: "3.21", To: "3.22"}}}, ""},
		{"named OS moves", lint.ImageUpdate{Changes: []lint.ReleaseChange{{Kind: "os", Product: "debian", From: "12", To: "13", Explicit: true, OS: true}}}, "a new debian release"},
		{"release line", lint.ImageUpdate{Changes: []lint.ReleaseChange{{Kind: "release", Product: "node", From: "21", To: "24", Explicit: true}}}, "a new node release line"},
		{"vendor", lint.ImageUpdate{Moved: true, Changes: []lint.ReleaseChange{{Kind: "release", Product: "eclipse-temurin", FromProduct: "openjdk", From: "11", To: "11", Explicit: true}}},
			"it moves to another image, another vendor's build (openjdk 11 → eclipse-temurin 11)"},
		{"migration note", lint.ImageUpdate{Note: "pg_upgrade"}, "the upgrade needs more than the tag"},
		{"unverified tag", lint.ImageUpdate{Unverified: true}, "the target tag is derived from documented conventions, not seen in a registry"},
	}
	for _, tt := range tests {
		if got := bumpRisk(tt.u); got != tt.want {
			t.Errorf("%s: bumpRisk = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"curl https://packages.microsoft.com/config/debian/12/prod.list", "debian/12", true},
		{"echo deb http://deb.debian.org/debian bookworm-backports main", "bookworm", true},
		{"curl https://example.com/debian/120/x", "debian/12", false},
		{"apt-get install bookworms", "bookworm", false},
		{"FROM=debian12", "debian12", true},
		{"", "bookworm", false},
	}
	for _, tt := range tests {
		if got := containsWord(tt.text, tt.word); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}
