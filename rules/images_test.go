package rules

import (
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/internal/images"
)

// TestImagesMemo: the memoized answers are what a fresh computation gives,
// per image, day and policy, from any number of goroutines.
func TestImagesMemo(t *testing.T) {
	shared := NewImages(nil)
	fresh := func() *Images { return &Images{Catalog: shared.Catalog} }
	refs := []string{
		"node:14", "node:24.1.0-alpine", "python:3.8-slim-buster", "ubuntu:18.04",
		"golang:1.21", "alpine:3.20", "debian:bookworm", "nginx", "scratch", "node",
		"example.com/unknown:1", "NOT A REF", "redis:6@sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
	}
	days := []time.Time{
		time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 23, 23, 59, 0, 0, time.UTC), // the same day
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, ref := range refs {
				gu, gr, gk := shared.DefaultUser(ref)
				wu, wr, wk := fresh().DefaultUser(ref)
				if gu != wu || gr != wr || gk != wk {
					t.Errorf("DefaultUser(%q) = %q, %v, %v; computed %q, %v, %v", ref, gu, gr, gk, wu, wr, wk)
				}
				gn, gok := shared.NonRootUser(ref)
				wn, wok := fresh().NonRootUser(ref)
				if gn != wn || gok != wok {
					t.Errorf("NonRootUser(%q) = %q, %v; computed %q, %v", ref, gn, gok, wn, wok)
				}
				if g, w := shared.Distro(ref), fresh().Distro(ref); g != w {
					t.Errorf("Distro(%q) = %q; computed %q", ref, g, w)
				}
				for _, d := range days {
					gp, gok := shared.Pin(ref, d)
					wp, wok := fresh().Pin(ref, d)
					if gp != wp || gok != wok {
						t.Errorf("Pin(%q, %s) = %q, %v; computed %q, %v", ref, d, gp, gok, wp, wok)
					}
					for _, policy := range []string{"", "minimal"} {
						got, gotOK := shared.Update(ref, d, policy)
						want, wantOK := fresh().Update(ref, d, policy)
						if !reflect.DeepEqual(got, want) || gotOK != wantOK {
							t.Errorf("Update(%q, %s, %q) = %+v, %v; computed %+v, %v", ref, d, policy, got, gotOK, want, wantOK)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	if u, ok := shared.Update("node:14", days[1], ""); !ok || !u.EOL {
		t.Errorf("node:14 on %s: %+v, %v; want an end-of-support update", days[1], u, ok)
	}
	if d := shared.Distro("node:24.1.0-alpine"); d != "alpine" {
		t.Errorf("Distro(node:24.1.0-alpine) = %q, want alpine", d)
	}
	var none *Images
	if _, ok := none.Update("node:14", days[1], ""); ok {
		t.Error("nil Images gave an update")
	}
	if _, _, known := none.DefaultUser("node:14"); known {
		t.Error("nil Images knew a user")
	}
}

// TestDayOf: two dates share a memo key exactly when the catalog judges
// them as the same day.
func TestDayOf(t *testing.T) {
	east := time.FixedZone("east", 14*3600)
	dates := []time.Time{
		time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 24, 23, 59, 59, 0, time.UTC),
		time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 24, 12, 0, 0, 0, east),
		time.Date(2026, 11, 24, 12, 0, 0, 0, east).UTC(),
		time.Date(9, 1, 2, 0, 0, 0, 0, time.UTC),
	}
	for _, a := range dates {
		for _, b := range dates {
			if same := dayOf(a) == dayOf(b); same != (images.Day(a) == images.Day(b)) {
				t.Errorf("%v and %v: same key %v, catalog days %s and %s", a, b, same, images.Day(a), images.Day(b))
			}
		}
	}
}

func TestOSRelease(t *testing.T) {
	imgs := NewImages(nil)
	for _, tc := range []struct {
		image, want string // want "" when unknown
	}{
		{"debian:bookworm-slim", "debian 12"},
		{"debian:12", "debian 12"},
		{"debian:bookworm-20240211-slim", "debian 12"},
		{"node:22-bookworm", "debian 12"},
		{"node:22", "debian 12"}, // the OS the tag leaves implicit
		{"python:3.13-alpine3.22", "alpine 3.22"},
		{"python:3.9-slim-bullseye", "debian 11"},
		{"alpine:3.20", "alpine 3.20"},
		{"ubuntu:22.04", "ubuntu 22.04"},
		{"ubuntu:jammy", "ubuntu 22.04"},
		{"eclipse-temurin:17-jre-jammy", "ubuntu 22.04"},
		{"rockylinux:9", "rockylinux 9"},
		{"almalinux:9", "almalinux 9"},
		{"registry.access.redhat.com/ubi9/ubi-minimal", "rhel 9"},
		{"registry.access.redhat.com/ubi8", "rhel 8"},
		{"redhat/ubi8-minimal:8.10", "rhel 8"},
		{"registry.redhat.io/rhel9/nodejs-20", ""}, // not a UBI name
		{"example.com/ubi9/app", ""},
		{"scratch", ""},
		{"example.com/unknown:1", ""},
		{"node:14", ""}, // no longer in the tag set: its OS is not known
	} {
		got, ok := imgs.OSRelease(tc.image)
		if s := got.String(); ok != (tc.want != "") || ok && s != tc.want {
			t.Errorf("OSRelease(%q) = %q, %v; want %q", tc.image, s, ok, tc.want)
		}
	}
	// A floating OS part is the release the catalog has the tag on.
	if got, ok := imgs.OSRelease("node:22-alpine"); !ok || got.Product != "alpine" || got.Release == "" {
		t.Errorf("OSRelease(node:22-alpine) = %+v, %v; want an alpine release", got, ok)
	}
}
