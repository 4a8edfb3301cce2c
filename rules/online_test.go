package rules

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	"github.com/google/go-containerregistry/pkg/v1/random"
	"github.com/google/go-containerregistry/pkg/v1/remote"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

type anonymousKeychain struct{}

func (anonymousKeychain) Resolve(authn.Resource) (authn.Authenticator, error) {
	return authn.Anonymous, nil
}

// toLoopback sends every registry request (Docker Hub included) to the
// in-process registry, so no test reaches the real network.
type toLoopback struct {
	target *url.URL
	n      atomic.Int32
}

func (t *toLoopback) RoundTrip(r *http.Request) (*http.Response, error) {
	t.n.Add(1)
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = t.target.Scheme, t.target.Host, t.target.Host
	return http.DefaultTransport.RoundTrip(r)
}

// onlineImages starts an OCI registry on 127.0.0.1 holding library/node
// with the given tags and returns an online Images and the tags' digests.
func onlineImages(t *testing.T, tags ...string) (*Images, map[string]string, *toLoopback) {
	t.Helper()
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	digests := map[string]string{}
	for _, tag := range tags {
		img, err := random.Image(64, 1)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := name.ParseReference(u.Host + "/library/node:" + tag)
		if err != nil {
			t.Fatal(err)
		}
		if err := remote.Write(ref, img, remote.WithAuthFromKeychain(anonymousKeychain{})); err != nil {
			t.Fatal(err)
		}
		d, _ := img.Digest()
		digests[tag] = d.String()
	}
	tr := &toLoopback{target: u}
	imgs := NewImages(testImages.Catalog)
	imgs.Online = &images.Registry{Keychain: anonymousKeychain{}, Transport: tr, Timeout: 5 * time.Second}
	return imgs, digests, tr
}

func onlineFix(t *testing.T, imgs *Images, src string, cfg *lint.Config, rules ...*lint.Rule) string {
	t.Helper()
	env := &lint.Env{
		Now:    func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) },
		Config: cfg,
		Images: imgs,
	}
	// Bumps across release lines are unsafe fixes: apply them, as
	// --unsafe-fixes would, to see what the registry changed.
	res, err := fix.Loop("Dockerfile", []byte(src), fix.Options{Rules: rules, Env: env, Unsafe: true})
	if err != nil {
		t.Fatal(err)
	}
	return string(res.Fixed)
}

// TestOnlineDigestBump: with --online, a digest-pinned outdated FROM gets
// the new tag and the new tag's digest.
func TestOnlineDigestBump(t *testing.T) {
	imgs, digests, tr := onlineImages(t, "14-alpine", "14.21.3-alpine", "24-alpine", "24.19.0-alpine", "26-alpine", "26.7-alpine", "26.7.0-alpine")
	src := "FROM node:14-alpine@sha256:" + strings.Repeat("1", 64) + "\nUSER node\n"
	got := onlineFix(t, imgs, src, &lint.Config{}, OutdatedBaseImage)
	want := "FROM node:26-alpine@" + digests["26-alpine"] + "\nUSER node\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if tr.n.Load() == 0 {
		t.Error("the registry was never asked")
	}
}

// TestOnlinePin: DF103 appends the digest the tag resolves to.
func TestOnlinePin(t *testing.T) {
	imgs, digests, _ := onlineImages(t, "26-alpine")
	cfg := &lint.Config{Enable: []string{"DF103"}}
	got := onlineFix(t, imgs, "FROM node:26-alpine\n", cfg, BaseImageNotPinned)
	if want := "FROM node:26-alpine@" + digests["26-alpine"] + "\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOnlineUnreachable: a registry that does not answer leaves the
// embedded catalog in charge, with one warning.
func TestOnlineUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	imgs := NewImages(testImages.Catalog)
	imgs.Online = &images.Registry{Keychain: anonymousKeychain{}, Transport: &toLoopback{target: u}, Timeout: 2 * time.Second}
	var warnings []string
	imgs.Warn = func(s string) { warnings = append(warnings, s) }
	got := onlineFix(t, imgs, "FROM node:14-alpine\nUSER node\n", &lint.Config{}, OutdatedBaseImage)
	if got != "FROM node:26-alpine\nUSER node\n" {
		t.Errorf("offline fallback: got %q", got)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "using the embedded catalog") {
		t.Errorf("warnings = %q", warnings)
	}
}
