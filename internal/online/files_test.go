package online

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fileServer serves /small (1 KiB), /big (64 KiB, with its length),
// /stream (64 KiB, streamed without one), /slow (never answers in time)
// and 404s, counting the requests of each path.
func fileServer(t *testing.T) (*httptest.Server, map[string]*atomic.Int32, []byte) {
	t.Helper()
	small := bytes.Repeat([]byte("dockerfix"), 114)[:1024]
	big := bytes.Repeat([]byte{0x5a}, 64<<10)
	hits := map[string]*atomic.Int32{"/small": {}, "/big": {}, "/stream": {}, "/slow": {}, "/missing": {}, "/busy": {}}
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, ok := hits[r.URL.Path]; ok {
			c.Add(1)
		}
		switch r.URL.Path {
		case "/small":
			w.Write(small)
		case "/big":
			w.Header().Set("Content-Length", "65536")
			w.Write(big)
		case "/stream":
			for i := 0; i < 64; i++ {
				w.Write(big[:1024])
				w.(http.Flusher).Flush()
			}
		case "/slow":
			select {
			case <-release:
			case <-r.Context().Done():
			}
		case "/busy":
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, hits, small
}

func TestFilesSHA256(t *testing.T) {
	srv, hits, small := fileServer(t)
	fs := &Files{Session: &Session{}, Client: srv.Client(), MaxBytes: 16 << 10, Timeout: 5 * time.Second}
	sum := sha256.Sum256(small)
	want := hex.EncodeToString(sum[:])

	// Each URL is fetched once, however many ask at the same time.
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			got, err := fs.SHA256(srv.URL + "/small")
			if err != nil || got != want {
				t.Errorf("SHA256(/small) = %q, %v; want %q", got, err, want)
			}
		})
	}
	wg.Wait()
	if n := hits["/small"].Load(); n != 1 {
		t.Errorf("/small fetched %d times, want once", n)
	}

	// Larger than MaxBytes: refused by its length, or cut off while it
	// streams; either way no digest.
	for _, path := range []string{"/big", "/stream"} {
		got, err := fs.SHA256(srv.URL + path)
		if !errors.Is(err, ErrTooLarge) || got != "" {
			t.Errorf("SHA256(%s) = %q, %v; want ErrTooLarge", path, got, err)
		}
	}
	if _, err := fs.SHA256(srv.URL + "/missing"); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("a 404 gave %v", err)
	}
	if _, err := fs.SHA256("ftp://example.org/x"); err == nil {
		t.Error("an ftp URL was fetched")
	}
}

func TestFilesTimeoutAndHostDown(t *testing.T) {
	srv, hits, _ := fileServer(t)
	var w warnings
	session := &Session{Warn: w.warn}
	fs := &Files{Session: session, Client: srv.Client(), Timeout: 100 * time.Millisecond}
	start := time.Now()
	if _, err := fs.SHA256(srv.URL + "/slow"); err == nil {
		t.Fatal("a file that never came was hashed")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("the timeout took %s", d)
	}
	// The timeout put the host down for the run: no other request goes.
	if _, err := fs.SHA256(srv.URL + "/small"); err == nil {
		t.Error("a host that timed out was asked again")
	}
	if n := hits["/small"].Load(); n != 0 {
		t.Errorf("/small fetched %d times after the host went down", n)
	}
	if len(w.list()) != 1 {
		t.Errorf("warnings: %q, want one", w.list())
	}

	// A 503 is the host's failure too; the error does not repeat the host.
	srv2, hits2, _ := fileServer(t)
	fs2 := &Files{Session: &Session{}, Client: srv2.Client()}
	if _, err := fs2.SHA256(srv2.URL + "/busy"); err == nil || err.Error() != "503 Service Unavailable" {
		t.Errorf("a 503 gave %v", err)
	}
	if _, err := fs2.SHA256(srv2.URL + "/small"); err == nil || hits2["/small"].Load() != 0 {
		t.Errorf("after a 503: %v, %d requests; want the host down", err, hits2["/small"].Load())
	}
}
