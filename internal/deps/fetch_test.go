package deps

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/internal/online"
)

func TestHTTPFetcher(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/down":
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/missing":
			http.NotFound(w, r)
		default:
			w.Write([]byte(r.Header.Get("Accept") + " " + r.URL.Path))
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	dir := t.TempDir()
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }

	f := &HTTPFetcher{Session: &online.Session{}, CacheDir: dir, Now: clock}
	for range 3 {
		b, err := f.Fetch(ctx, srv.URL+"/mkdirp", "application/json")
		if err != nil || string(b) != "application/json /mkdirp" {
			t.Fatalf("Fetch = %q, %v", b, err)
		}
	}
	if n := hits.Load(); n != 1 {
		t.Errorf("3 fetches in a run made %d requests, want 1", n)
	}

	// A later run answers from the disk cache while it is fresh.
	later := &HTTPFetcher{CacheDir: dir, Now: func() time.Time { return now.Add(time.Hour) }}
	if _, err := later.Fetch(ctx, srv.URL+"/mkdirp", "application/json"); err != nil || hits.Load() != 1 {
		t.Errorf("fresh cache: %v, %d requests", err, hits.Load())
	}
	stale := &HTTPFetcher{CacheDir: dir, Now: func() time.Time { return now.Add(DefaultTTL + time.Hour) }}
	if _, err := stale.Fetch(ctx, srv.URL+"/mkdirp", "application/json"); err != nil || hits.Load() != 2 {
		t.Errorf("stale cache: %v, %d requests, want 2", err, hits.Load())
	}

	// A 404 answers one request; a 503 puts the host down for the run.
	if _, err := f.Fetch(ctx, srv.URL+"/missing", ""); !errors.Is(err, ErrNotFound) || online.HostFailure(err) {
		t.Errorf("404: %v, want ErrNotFound and no host failure", err)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/down", ""); !online.HostFailure(err) {
		t.Errorf("503: %v, want a host failure", err)
	}
	before := hits.Load()
	if _, err := f.Fetch(ctx, srv.URL+"/other", ""); err == nil || hits.Load() != before {
		t.Errorf("after a 503 the host was asked again: %v", err)
	}
}

// LocalFetcher reads file:// URLs itself, offline too, and leaves the
// others to the online fetcher, or fails them with ErrNoRegistry.
func TestLocalFetcher(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "list"), []byte("v1.0.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base := "file://" + filepath.ToSlash(dir)
	if !strings.HasPrefix(base, "file:///") {
		base = "file:///" + filepath.ToSlash(dir)
	}
	ctx := context.Background()
	if b, err := (LocalFetcher{}).Fetch(ctx, base+"/list", ""); err != nil || string(b) != "v1.0.0\n" {
		t.Errorf("file URL: %q, %v", b, err)
	}
	if _, err := (LocalFetcher{}).Fetch(ctx, base+"/none", ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing file: %v, want ErrNotFound", err)
	}
	if _, err := (LocalFetcher{}).Fetch(ctx, "https://proxy.golang.org/x/@v/list", ""); !errors.Is(err, ErrNoRegistry) {
		t.Errorf("offline https: %v, want ErrNoRegistry", err)
	}
	if _, err := (LocalFetcher{}).Fetch(ctx, "file://host.example/srv/list", ""); err == nil {
		t.Error("a file URL with a host was read")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("online")) }))
	defer srv.Close()
	if b, err := (LocalFetcher{Online: &HTTPFetcher{}}).Fetch(ctx, srv.URL, ""); err != nil || string(b) != "online" {
		t.Errorf("online: %q, %v", b, err)
	}
}

func TestParsePolicyAndLevel(t *testing.T) {
	for s, want := range map[string]Policy{"": Minor, "minor": Minor, "patch": Patch, "major": Major} {
		if p, err := ParsePolicy(s); err != nil || p != want {
			t.Errorf("ParsePolicy(%q) = %v, %v", s, p, err)
		}
	}
	if _, err := ParsePolicy("all"); err == nil {
		t.Error("ParsePolicy(all) did not fail")
	}
	for _, tt := range []struct {
		from, to string
		want     Policy
	}{{"0.5.1", "0.5.2", Patch}, {"1.2.5", "1.3.0", Minor}, {"0.0.8", "1.2.6", Major}, {"1", "1.0.1", Patch}} {
		if got := Level(tt.from, tt.to); got != tt.want {
			t.Errorf("Level(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
	if (Upgrade{Level: Minor}).Safe() || !(Upgrade{Level: Minor, InRange: true}).Safe() || !(Upgrade{Level: Patch}).Safe() {
		t.Error("Safe: want in range or patch")
	}
}
