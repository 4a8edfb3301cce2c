package images

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/remote/transport"

	"github.com/dockerfix/dockerfix/internal/online"
)

// TagLister lists a repository's tags and resolves a reference to its
// manifest digest. It is the online source behind --online; tests use fakes
// or a loopback registry.
type TagLister interface {
	// ListTags returns the tags of repo ("node", "mcr.microsoft.com/dotnet/sdk").
	ListTags(ctx context.Context, repo string) ([]string, error)
	// Digest returns the digest ("sha256:...") ref ("node:24-alpine") points to.
	Digest(ctx context.Context, ref string) (string, error)
}

// Registry is a TagLister that talks the OCI distribution API through
// go-containerregistry.
type Registry struct {
	// Keychain supplies credentials; nil means authn.DefaultKeychain (the
	// Docker config and credential helpers).
	Keychain authn.Keychain
	// Transport carries the requests; nil means remote.DefaultTransport.
	Transport http.RoundTripper
	// Timeout bounds each call; zero means 15 seconds, or with a Session
	// only the Session's deadline.
	Timeout time.Duration
	// Session, when set, carries every call: the run's deadline, a breaker
	// per registry host, a bound on the requests in flight. Failed calls
	// are then not retried: the breaker decides whether to ask again.
	Session *online.Session
	// Insecure allows plain HTTP to registries other than loopback and
	// private addresses (which go-containerregistry already reaches over HTTP).
	Insecure bool
}

func (r *Registry) options(ctx context.Context) []remote.Option {
	kc := r.Keychain
	if kc == nil {
		kc = authn.DefaultKeychain
	}
	opts := []remote.Option{remote.WithContext(ctx), remote.WithAuthFromKeychain(kc)}
	if r.Transport != nil {
		opts = append(opts, remote.WithTransport(r.Transport))
	}
	if r.Session != nil {
		opts = append(opts, remote.WithRetryPredicate(func(error) bool { return false }), remote.WithRetryStatusCodes())
	}
	return opts
}

// call runs one request to host, through the Session when there is one.
// Its errors are *online.Error, naming the host; an answer that says the
// host cannot serve now (429, 5xx) counts as the host's failure.
func (r *Registry) call(ctx context.Context, host string, fn func(context.Context) error) error {
	ctx, cancel := r.timeout(ctx)
	defer cancel()
	request := func(ctx context.Context) error {
		err := fn(ctx)
		var te *transport.Error
		if errors.As(err, &te) && online.UnavailableStatus(te.StatusCode) {
			return online.Unavailable(err)
		}
		return err
	}
	if r.Session != nil {
		return r.Session.Do(ctx, host, request)
	}
	if err := request(ctx); err != nil {
		return &online.Error{Host: host, Err: err}
	}
	return nil
}

func (r *Registry) nameOptions() []name.Option {
	if r.Insecure {
		return []name.Option{name.Insecure}
	}
	return nil
}

func (r *Registry) timeout(ctx context.Context) (context.Context, context.CancelFunc) {
	t := r.Timeout
	switch {
	case t > 0:
	case r.Session != nil:
		return ctx, func() {} // the run's deadline bounds the call
	default:
		t = 15 * time.Second
	}
	return context.WithTimeout(ctx, t)
}

// ListTags lists the tags of repo.
func (r *Registry) ListTags(ctx context.Context, repo string) ([]string, error) {
	rp, err := name.NewRepository(repo, r.nameOptions()...)
	if err != nil {
		return nil, err
	}
	var tags []string
	err = r.call(ctx, rp.RegistryStr(), func(ctx context.Context) error {
		var err error
		if tags, err = remote.List(rp, r.options(ctx)...); err != nil {
			return fmt.Errorf("list tags of %s: %w", repo, err)
		}
		return nil
	})
	return tags, err
}

// Digest resolves ref with a HEAD request (no manifest download, and no
// pull counted against Docker Hub's rate limit).
func (r *Registry) Digest(ctx context.Context, ref string) (string, error) {
	rf, err := name.ParseReference(ref, r.nameOptions()...)
	if err != nil {
		return "", err
	}
	var digest string
	err = r.call(ctx, rf.Context().RegistryStr(), func(ctx context.Context) error {
		desc, err := remote.Head(rf, r.options(ctx)...)
		if err != nil {
			return fmt.Errorf("resolve %s: %w", ref, err)
		}
		digest = desc.Digest.String()
		return nil
	})
	return digest, err
}

// CachedLister keeps another TagLister's answers on disk for TTL, so that
// repeated runs (a pre-commit hook, a CI matrix) do not query the registry
// each time, and its failures (an *online.Error) for the much shorter
// FailTTL. Files are written atomically; a corrupt or stale file is
// simply refetched.
type CachedLister struct {
	Lister TagLister
	// Dir holds the cache; DefaultCacheDir() gives the usual place.
	Dir string
	// TTL is how long an answer stays fresh; zero means 24 hours.
	TTL time.Duration
	// FailTTL is how long a failed look-up is remembered; zero means
	// DefaultFailTTL.
	FailTTL time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// DefaultFailTTL is how long a CachedLister remembers a failure: a
// pre-commit hook run again at once does not wait on a dead registry
// again, and a network that is back is used within minutes.
const DefaultFailTTL = 5 * time.Minute

// DefaultCacheDir is the user cache directory's dockerfix/tags; "" when
// there is none.
func DefaultCacheDir() string { return online.CacheDir("tags") }

type cacheFile struct {
	Key     string    `json:"key"`
	Fetched time.Time `json:"fetched"`
	Tags    []string  `json:"tags,omitempty"`
	Digest  string    `json:"digest,omitempty"`
	Config  *Config   `json:"config,omitempty"`
	// A failure, kept for FailTTL: the host asked and what went wrong.
	Host string `json:"host,omitempty"`
	Err  string `json:"err,omitempty"`
}

// failure is the error a remembered failure returns.
func (f cacheFile) failure(now time.Time, ttl time.Duration) error {
	return &online.Error{Host: f.Host, Err: fmt.Errorf("%s (failed %s ago; asked again %s after a failure)", f.Err, now.Sub(f.Fetched).Round(time.Second), ttl)}
}

func (c *CachedLister) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *CachedLister) ttl() time.Duration {
	if c.TTL <= 0 {
		return 24 * time.Hour
	}
	return c.TTL
}

func (c *CachedLister) failTTL() time.Duration {
	if c.FailTTL <= 0 {
		return DefaultFailTTL
	}
	return c.FailTTL
}

func (c *CachedLister) path(kind, key string) string {
	sum := sha256.Sum256([]byte(kind + "\x00" + key))
	return filepath.Join(c.Dir, kind+"-"+hex.EncodeToString(sum[:12])+".json")
}

func (c *CachedLister) read(kind, key string) (cacheFile, bool) {
	b, err := os.ReadFile(c.path(kind, key))
	if err != nil {
		return cacheFile{}, false
	}
	var f cacheFile
	if json.Unmarshal(b, &f) != nil || f.Key != key {
		return cacheFile{}, false
	}
	ttl := c.ttl()
	if f.Err != "" {
		ttl = c.failTTL()
	}
	age := c.now().Sub(f.Fetched)
	return f, age >= 0 && age < ttl
}

// remember stores a failed look-up of key, unless it names no host (a
// malformed name, found again at no cost) or was cancelled.
func (c *CachedLister) remember(kind, key string, err error) {
	var oe *online.Error
	if !errors.As(err, &oe) || errors.Is(err, context.Canceled) {
		return
	}
	_ = c.write(kind, cacheFile{Key: key, Fetched: c.now(), Host: oe.Host, Err: oe.Err.Error()})
}

// write stores an answer through a temporary file and a rename, so readers
// never see a partial file. Failing to cache is not an error for the caller.
func (c *CachedLister) write(kind string, f cacheFile) error {
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return err
	}
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(c.Dir, ".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path(kind, f.Key))
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// ListTags returns the cached tags of repo, or lists and caches them.
func (c *CachedLister) ListTags(ctx context.Context, repo string) ([]string, error) {
	if c.Lister == nil {
		return nil, errors.New("images: CachedLister without a Lister")
	}
	if f, fresh := c.read("tags", repo); fresh {
		if f.Err != "" {
			return nil, f.failure(c.now(), c.failTTL())
		}
		return f.Tags, nil
	}
	tags, err := c.Lister.ListTags(ctx, repo)
	if err != nil {
		c.remember("tags", repo, err)
		return nil, err
	}
	_ = c.write("tags", cacheFile{Key: repo, Fetched: c.now(), Tags: tags})
	return tags, nil
}

// Digest returns the cached digest of ref, or resolves and caches it.
func (c *CachedLister) Digest(ctx context.Context, ref string) (string, error) {
	if c.Lister == nil {
		return "", errors.New("images: CachedLister without a Lister")
	}
	if f, fresh := c.read("digest", ref); fresh {
		switch {
		case f.Err != "":
			return "", f.failure(c.now(), c.failTTL())
		case f.Digest != "":
			return f.Digest, nil
		}
	}
	d, err := c.Lister.Digest(ctx, ref)
	if err != nil {
		c.remember("digest", ref, err)
		return "", err
	}
	_ = c.write("digest", cacheFile{Key: ref, Fetched: c.now(), Digest: d})
	return d, nil
}

// Refresh lists repo's tags through l and returns a catalog whose tag set for
// repo includes them (see WithTags). The receiver is not modified.
func (c *Catalog) Refresh(ctx context.Context, l TagLister, repo string) (*Catalog, error) {
	tags, err := l.ListTags(ctx, repo)
	if err != nil {
		return nil, err
	}
	return c.WithTags(repo, tags), nil
}
