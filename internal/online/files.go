package online

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

const (
	// DefaultMaxFileBytes bounds a file Files fetches: ADD pulls release
	// archives, rarely larger.
	DefaultMaxFileBytes = 256 << 20
	// DefaultFileTimeout bounds one file's fetch, within the session's
	// budget for the run.
	DefaultFileTimeout = 30 * time.Second
)

// Files fetches files by URL to hash them, for the fix that pins an ADD's
// checksum: each URL once per run however many Dockerfiles name it, at
// most MaxBytes of it, within Timeout and the Session's budget. It is safe
// for concurrent use.
type Files struct {
	Session  *Session     // nil: no shared budget, only Timeout
	Client   *http.Client // nil: http.DefaultClient
	MaxBytes int64        // zero: DefaultMaxFileBytes
	Timeout  time.Duration

	runs Once[string, fileRun] // by URL
}

type fileRun struct {
	digest string
	err    error
}

// ErrTooLarge is a file larger than Files.MaxBytes; it was not hashed.
var ErrTooLarge = errors.New("file too large")

// SHA256 returns the hex SHA-256 of the file at u, fetched on the first
// call for u; later calls, concurrent ones included, share its answer. An
// error says why, without repeating the URL or its host.
func (fs *Files) SHA256(u string) (string, error) {
	r := fs.runs.Get(u, func() fileRun {
		digest, err := fs.fetch(u)
		return fileRun{digest, err}
	})
	return r.digest, r.err
}

func (fs *Files) fetch(u string) (string, error) {
	parsed, err := url.Parse(u)
	if err != nil {
		return "", err
	}
	if parsed.Scheme != "http" && parsed.Scheme != "https" {
		return "", errors.New("not an http(s) URL")
	}
	timeout := fs.Timeout
	if timeout <= 0 {
		timeout = DefaultFileTimeout
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var digest string
	do := func(ctx context.Context) error {
		var err error
		digest, err = fs.get(ctx, u)
		return err
	}
	if fs.Session != nil {
		err = fs.Session.Do(ctx, parsed.Host, do)
		// The caller knows the URL; the session's error repeats its host.
		var e *Error
		if errors.As(err, &e) {
			err = e.Err
		}
	} else {
		err = do(ctx)
	}
	return digest, err
}

func (fs *Files) get(ctx context.Context, u string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	c := fs.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		err := errors.New(resp.Status)
		if UnavailableStatus(resp.StatusCode) {
			return "", Unavailable(err)
		}
		return "", err
	}
	limit := fs.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxFileBytes
	}
	if resp.ContentLength > limit {
		return "", fmt.Errorf("%w (%d bytes, the limit is %d)", ErrTooLarge, resp.ContentLength, limit)
	}
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(resp.Body, limit+1))
	switch {
	case err != nil:
		return "", err
	case n > limit:
		return "", fmt.Errorf("%w (over %d bytes)", ErrTooLarge, limit)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
