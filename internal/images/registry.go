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
	// Timeout bounds each call; zero means 15 seconds.
	Timeout time.Duration
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
	return opts
}

func (r *Registry) nameOptions() []name.Option {
	if r.Insecure {
		return []name.Option{name.Insecure}
	}
	return nil
}

func (r *Registry) timeout(ctx context.Context) (context.Context, context.CancelFunc) {
	t := r.Timeout
	if t <= 0 {
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
	ctx, cancel := r.timeout(ctx)
	defer cancel()
	tags, err := remote.List(rp, r.options(ctx)...)
	if err != nil {
		return nil, fmt.Errorf("list tags of %s: %w", repo, err)
	}
	return tags, nil
}

// Digest resolves ref with a HEAD request (no manifest download, and no
// pull counted against Docker Hub's rate limit).
func (r *Registry) Digest(ctx context.Context, ref string) (string, error) {
	rf, err := name.ParseReference(ref, r.nameOptions()...)
	if err != nil {
		return "", err
	}
	ctx, cancel := r.timeout(ctx)
	defer cancel()
	desc, err := remote.Head(rf, r.options(ctx)...)
	if err != nil {
		return "", fmt.Errorf("resolve %s: %w", ref, err)
	}
	return desc.Digest.String(), nil
}

// CachedLister keeps another TagLister's answers on disk for TTL, so that
// repeated runs (a pre-commit hook, a CI matrix) do not query the registry
// each time. Files are written atomically; a corrupt or stale file is
// simply refetched.
type CachedLister struct {
	Lister TagLister
	// Dir holds the cache; DefaultCacheDir() gives the usual place.
	Dir string
	// TTL is how long an answer stays fresh; zero means 24 hours.
	TTL time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// DefaultCacheDir returns os.UserCacheDir()/dockerfix/tags.
func DefaultCacheDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "dockerfix", "tags"), nil
}

type cacheFile struct {
	Key     string    `json:"key"`
	Fetched time.Time `json:"fetched"`
	Tags    []string  `json:"tags,omitempty"`
	Digest  string    `json:"digest,omitempty"`
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
	age := c.now().Sub(f.Fetched)
	return f, age >= 0 && age < c.ttl()
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
		return f.Tags, nil
	}
	tags, err := c.Lister.ListTags(ctx, repo)
	if err != nil {
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
	if f, fresh := c.read("digest", ref); fresh && f.Digest != "" {
		return f.Digest, nil
	}
	d, err := c.Lister.Digest(ctx, ref)
	if err != nil {
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
