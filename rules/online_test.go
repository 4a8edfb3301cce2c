package rules

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/random"
	"github.com/google/go-containerregistry/pkg/v1/remote"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/internal/online"
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
	u := loopbackRegistry(t)
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

// TestOnlineFreshPin: 104 days after the catalog's tag lists, DF102's pin
// of a floating tag is unsafe offline, and safe when --online listed the
// registry's tags.
func TestOnlineFreshPin(t *testing.T) {
	online, _, _ := onlineImages(t, "26", "26.7", "26.7.0", "latest")
	for _, tc := range []struct {
		name string
		imgs *Images
		safe bool
	}{{"offline", testImages, false}, {"online", online, true}} {
		env := &lint.Env{
			Now:    func() time.Time { return time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC) },
			Config: &lint.Config{},
			Images: tc.imgs,
		}
		_, diags, err := lint.Check("Dockerfile", []byte("FROM node\nUSER node\n"), []*lint.Rule{UntaggedBaseImage}, env)
		if err != nil {
			t.Fatal(err)
		}
		if len(diags) != 1 || len(diags[0].Fixes) != 1 {
			t.Fatalf("%s: %+v", tc.name, diags)
		}
		if got := diags[0].Fixes[0].Safe; got != tc.safe {
			t.Errorf("%s: pin safe = %v, want %v (%s)", tc.name, got, tc.safe, diags[0].Message)
		}
	}
}

// TestOnlineUnreachable: a registry that fails (500) leaves the embedded
// catalog in charge, with one warning naming the host.
func TestOnlineUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	tr := &toLoopback{target: u}
	imgs, warned := sessionImages(time.Minute, tr)
	got := onlineFix(t, imgs, "FROM node:14-alpine@sha256:"+strings.Repeat("1", 64)+"\nUSER node\n", &lint.Config{}, OutdatedBaseImage)
	if got != "FROM node:26-alpine\nUSER node\n" {
		t.Errorf("offline fallback: got %q", got)
	}
	if len(*warned) != 1 || !strings.HasPrefix((*warned)[0], "index.docker.io: ") || !strings.Contains((*warned)[0], "500") {
		t.Errorf("warnings = %q", *warned)
	}
	if n := tr.n.Load(); n != 1 {
		t.Errorf("%d requests, want 1: the tags and the digest are not asked of a failed host", n)
	}
}

// fiveImages are five outdated Docker Hub images, one per file.
var fiveImages = []string{"node:14-alpine", "python:3.8-slim", "golang:1.19", "ubuntu:20.04", "debian:10"}

// lintParallel lints one Dockerfile per image, all at once as the CLI's
// workers do, with every rule and DF103 (which resolves digests), and
// returns each file's findings and fixes as text.
func lintParallel(t *testing.T, imgs *Images, refs []string) []string {
	t.Helper()
	env := &lint.Env{
		Now:    func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) },
		Config: &lint.Config{Enable: []string{"DF103"}},
		Images: imgs,
	}
	out := make([]string, len(refs))
	var wg sync.WaitGroup
	for i, ref := range refs {
		wg.Go(func() {
			_, diags, err := lint.Check("Dockerfile", []byte("FROM "+ref+"\nUSER 1000\n"), All(), env)
			if err != nil {
				t.Error(err)
				return
			}
			var b strings.Builder
			for _, d := range diags {
				fmt.Fprintf(&b, "%s %s\n", d.Rule, d.Message)
				for _, f := range d.Fixes {
					fmt.Fprintf(&b, "  fix %s safe=%v\n", f.Message, f.Safe)
				}
			}
			out[i] = b.String()
		})
	}
	wg.Wait()
	return out
}

// sessionImages is an online Images whose registry client goes through a
// Session with budget and tr; the session's warnings are collected.
func sessionImages(budget time.Duration, tr http.RoundTripper) (*Images, *[]string) {
	var mu sync.Mutex
	var warned []string
	session := &online.Session{Budget: budget, Warn: func(s string) {
		mu.Lock()
		defer mu.Unlock()
		warned = append(warned, s)
	}}
	imgs := NewImages(testImages.Catalog)
	imgs.Online = &images.Registry{Keychain: anonymousKeychain{}, Transport: tr, Session: session}
	imgs.Report = session.Report
	return imgs, &warned
}

// TestOnlineDeadProxy: behind a proxy that accepts and never answers, five
// images cost one connection and the run's budget, not a timeout each; one
// warning; the findings are the offline ones.
func TestOnlineDeadProxy(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int32
	done := make(chan struct{})
	defer func() { ln.Close(); <-done }()
	go func() {
		defer close(done)
		var conns []net.Conn // held open, never answered
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			conns = append(conns, c)
		}
	}()
	const budget = time.Second
	proxy := &url.URL{Scheme: "http", Host: ln.Addr().String()}
	imgs, warned := sessionImages(budget, &http.Transport{Proxy: http.ProxyURL(proxy)})
	start := time.Now()
	got := lintParallel(t, imgs, fiveImages)
	elapsed := time.Since(start)
	t.Logf("five images behind a dead proxy: %v (budget %v)", elapsed, budget)
	if elapsed > budget+5*time.Second {
		t.Errorf("took %v with a budget of %v", elapsed, budget)
	}
	want := lintParallel(t, NewImages(testImages.Catalog), fiveImages)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: online\n%s\nwant the offline findings\n%s", fiveImages[i], got[i], want[i])
		}
	}
	if len(*warned) != 1 || (*warned)[0] != "index.docker.io: no answer within the online time budget of 1s; not asked again in this run; the embedded data answers instead" {
		t.Errorf("warnings = %q", *warned)
	}
	if n := accepted.Load(); n != 1 {
		t.Errorf("%d connections to the proxy, want 1", n)
	}
}

// TestOnlineRefused: a host that refuses connections is dialled once; the
// other look-ups of the run are not made; one warning.
func TestOnlineRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close() // nothing listens there now: connections are refused
	var dials atomic.Int32
	tr := &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		dials.Add(1)
		return (&net.Dialer{}).DialContext(ctx, network, closed)
	}}
	imgs, warned := sessionImages(time.Minute, tr)
	got := lintParallel(t, imgs, fiveImages)
	want := lintParallel(t, NewImages(testImages.Catalog), fiveImages)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: online\n%s\nwant the offline findings\n%s", fiveImages[i], got[i], want[i])
		}
	}
	if n := dials.Load(); n != 1 {
		t.Errorf("%d dials, want 1", n)
	}
	if len(*warned) != 1 || !strings.HasPrefix((*warned)[0], "index.docker.io: dial tcp "+closed+": connect: connection refused; not asked again in this run") {
		t.Errorf("warnings = %q", *warned)
	}
}

// loopbackRegistry starts a registry on 127.0.0.1 for the test and returns
// its URL.
func loopbackRegistry(t *testing.T) *url.URL {
	t.Helper()
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	return u
}

// pushConfigured pushes a small random image, its configuration edited, to
// ref (repository:tag) on the registry at u.
func pushConfigured(t *testing.T, u *url.URL, ref string, edit func(*v1.ConfigFile)) {
	t.Helper()
	img, err := random.Image(64, 1)
	if err != nil {
		t.Fatal(err)
	}
	cf, err := img.ConfigFile()
	if err != nil {
		t.Fatal(err)
	}
	cf = cf.DeepCopy()
	edit(cf)
	if img, err = mutate.ConfigFile(img, cf); err != nil {
		t.Fatal(err)
	}
	r, err := name.ParseReference(u.Host + "/" + ref)
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Write(r, img, remote.WithAuthFromKeychain(anonymousKeychain{})); err != nil {
		t.Fatal(err)
	}
}

// TestOnlineBaseImagePlatform: with --online, DF427 reads the platform of
// the base image from a registry (here on 127.0.0.1): an image built for
// linux/amd64 alone, asked for by an arm64 build; and DF418 reads its ENV.
func TestOnlineBaseImagePlatform(t *testing.T) {
	u := loopbackRegistry(t)
	pushConfigured(t, u, "library/tool:1", func(cf *v1.ConfigFile) {
		cf.OS, cf.Architecture, cf.Config.Env = "linux", "amd64", []string{"PATH=/bin", "TOOL_HOME=/opt/tool"}
	})
	imgs := NewImages(testImages.Catalog)
	imgs.Online = &images.Registry{Keychain: anonymousKeychain{}, Transport: &toLoopback{target: u}, Timeout: 5 * time.Second}
	imgs.Platform = "linux/arm64"
	env := &lint.Env{Config: &lint.Config{}, Images: imgs}
	src := "FROM tool:1\nCOPY . $TOOL_HOME/\nLABEL v=$TOOL_VERSION\nFROM --platform=linux/amd64 tool:1 AS amd\n"
	_, diags, err := lint.Check("Dockerfile", []byte(src), []*lint.Rule{InvalidBaseImagePlatform, UndefinedVar}, env)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.Rule+" "+d.Message)
	}
	want := []string{
		`DF427 Base image tool:1 was pulled with platform "linux/amd64", expected "linux/arm64" for current build`,
		`DF418 Usage of undefined variable '$TOOL_VERSION'`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOnlineBaseEntrypoint: with --online, DF403 reads the base image's
// ENTRYPOINT from a registry (here on 127.0.0.1): under an image without
// one, or with an init, a CMD's rewrite is safe; under one with a script,
// it needs review, where offline the image, unknown, makes it so either way.
func TestOnlineBaseEntrypoint(t *testing.T) {
	u := loopbackRegistry(t)
	push := func(repo string, entrypoint ...string) {
		pushConfigured(t, u, "acme/"+repo+":1", func(cf *v1.ConfigFile) {
			cf.OS, cf.Architecture, cf.Config.Entrypoint = "linux", "amd64", entrypoint
		})
	}
	push("plain")
	push("tini", "/sbin/tini", "--")
	push("server", "/docker-entrypoint.sh")
	online := NewImages(testImages.Catalog)
	online.Online = &images.Registry{Keychain: anonymousKeychain{}, Transport: &toLoopback{target: u}, Timeout: 5 * time.Second}
	online.Platform = "linux/amd64"
	for _, tc := range []struct {
		image        string
		imgs         *Images
		safe         bool
		reviewReason string
	}{
		{"acme/plain:1", online, true, ""},
		{"acme/tini:1", online, true, ""},
		{"acme/server:1", online, false, `acme/server:1's ENTRYPOINT ["/docker-entrypoint.sh"] gets the command's words`},
		{"acme/plain:1", NewImages(testImages.Catalog), false, "the catalog does not know whether acme/plain:1 has an entrypoint"},
	} {
		env := &lint.Env{Config: &lint.Config{}, Images: tc.imgs}
		_, diags, err := lint.Check("Dockerfile", []byte("FROM "+tc.image+"\nCMD serve --port 80\n"), []*lint.Rule{JSONArgs}, env)
		if err != nil {
			t.Fatal(err)
		}
		if len(diags) != 1 || len(diags[0].Fixes) != 1 {
			t.Fatalf("%s: diagnostics %+v", tc.image, diags)
		}
		d := diags[0]
		if d.Fixes[0].Safe != tc.safe || !strings.Contains(d.Message, tc.reviewReason) {
			t.Errorf("%s (online %v): %q, safe %v; want safe %v, %q", tc.image, tc.imgs.Online != nil, d.Message, d.Fixes[0].Safe, tc.safe, tc.reviewReason)
		}
	}
}
