package deps

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/dockerfix/dockerfix/internal/online"
)

// DefaultTTL is how long a cached registry document is used without asking
// again: new releases matter to a fix proposal within hours, not minutes.
const DefaultTTL = 6 * time.Hour

// maxDocumentBytes bounds one registry answer (the largest abbreviated
// packuments are a few MB).
const maxDocumentBytes = 64 << 20

// ErrNotFound is wrapped by a Fetcher's error when the document does not
// exist (404 or 410, a missing file), as opposed to a registry that failed:
// GOPROXY's list falls through to its next entry on it.
var ErrNotFound = errors.New("not found")

// LocalFetcher reads file:// URLs from the local file system (a
// GOPROXY=file:///srv/goproxy mirror) and hands every other URL to Online.
// Local files need no network, so they are read offline too; with Online
// nil (offline), other URLs fail with ErrNoRegistry.
type LocalFetcher struct {
	Online Fetcher
}

// Fetch implements Fetcher.
func (f LocalFetcher) Fetch(ctx context.Context, u, accept string) ([]byte, error) {
	parsed, err := url.Parse(u)
	if err != nil {
		return nil, err
	}
	if parsed.Scheme != "file" {
		if f.Online == nil {
			return nil, fmt.Errorf("%s: %w", u, ErrNoRegistry)
		}
		return f.Online.Fetch(ctx, u, accept)
	}
	p, err := filePath(parsed)
	if err != nil {
		return nil, err
	}
	b, err := readLocal(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", u, ErrNotFound)
	}
	return b, err
}

// filePath is the local path a file:// URL names: file:///srv/x is
// /srv/x, file:///C:/x is C:\x on Windows. A host other than localhost is
// refused.
func filePath(u *url.URL) (string, error) {
	if u.Host != "" && u.Host != "localhost" {
		return "", fmt.Errorf("%s: a file URL with a host", u)
	}
	p := u.Path
	if runtime.GOOS == "windows" && len(p) > 2 && p[0] == '/' && p[2] == ':' {
		p = p[1:]
	}
	return filepath.FromSlash(p), nil
}

// readLocal reads a local document, at most maxDocumentBytes of it.
func readLocal(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxDocumentBytes+1))
	if err == nil && len(b) > maxDocumentBytes {
		err = fmt.Errorf("%s: over %d bytes", p, maxDocumentBytes)
	}
	return b, err
}

// HTTPFetcher fetches registry documents over HTTP within the run's online
// session, keeps them for the run, and caches them on disk for TTL.
type HTTPFetcher struct {
	Session  *online.Session
	Client   *http.Client // nil: http.DefaultClient
	CacheDir string       // "": no disk cache
	TTL      time.Duration
	Now      func() time.Time // nil: time.Now

	run online.Once[string, fetched] // this run's answers, by cache key
}

type fetched struct {
	data []byte
	err  error
}

// DefaultCacheDir is the disk cache of registry documents, under the
// user's cache directory; "" when there is none.
func DefaultCacheDir() string { return online.CacheDir("packages") }

// Fetch returns the document at u: from this run's answers, the disk
// cache while fresh, or the registry. Concurrent calls for the same
// document make one request.
func (f *HTTPFetcher) Fetch(ctx context.Context, u, accept string) ([]byte, error) {
	key := accept + "\x00" + u
	r := f.run.Get(key, func() fetched {
		data, err := f.fetch(ctx, key, u, accept)
		return fetched{data, err}
	})
	return r.data, r.err
}

func (f *HTTPFetcher) fetch(ctx context.Context, key, u, accept string) ([]byte, error) {
	path := f.cachePath(key)
	if path != "" {
		if st, err := os.Stat(path); err == nil {
			age := f.now().Sub(st.ModTime())
			if age >= 0 && age < f.ttl() {
				if b, err := os.ReadFile(path); err == nil {
					return b, nil
				}
			}
		}
	}
	parsed, err := url.Parse(u)
	if err != nil {
		return nil, err
	}
	var data []byte
	do := func(ctx context.Context) error {
		var err error
		data, err = f.get(ctx, u, accept)
		return err
	}
	if f.Session != nil {
		err = f.Session.Do(ctx, parsed.Host, do)
	} else {
		err = do(ctx)
	}
	if err != nil {
		return nil, err
	}
	if path != "" {
		// The file's time is the fetch's, on the fetcher's clock. Failing
		// to cache is not an error for the look-up.
		if writeAtomic(path, data) == nil {
			now := f.now()
			_ = os.Chtimes(path, now, now)
		}
	}
	return data, nil
}

func (f *HTTPFetcher) get(ctx context.Context, u, accept string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	c := f.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxDocumentBytes+1))
	switch {
	case err != nil:
		return nil, err
	case len(data) > maxDocumentBytes:
		return nil, fmt.Errorf("%s: answer over %d bytes", u, maxDocumentBytes)
	case online.UnavailableStatus(resp.StatusCode):
		return nil, online.Unavailable(fmt.Errorf("%s: status %s", u, resp.Status))
	case resp.StatusCode == http.StatusNotFound, resp.StatusCode == http.StatusGone:
		return nil, fmt.Errorf("%s: status %s: %w", u, resp.Status, ErrNotFound)
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("%s: status %s", u, resp.Status)
	}
	return data, nil
}

func (f *HTTPFetcher) cachePath(key string) string {
	if f.CacheDir == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(f.CacheDir, hex.EncodeToString(sum[:12])+".json")
}

func (f *HTTPFetcher) now() time.Time {
	if f.Now != nil {
		return f.Now()
	}
	return time.Now()
}

func (f *HTTPFetcher) ttl() time.Duration {
	if f.TTL > 0 {
		return f.TTL
	}
	return DefaultTTL
}

// writeAtomic writes data to p through a temporary file in its directory.
func writeAtomic(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), p)
	}
	if werr != nil {
		os.Remove(tmp.Name())
	}
	return werr
}
