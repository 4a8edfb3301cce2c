package images

import (
	"context"
	"errors"
	"fmt"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// Config is what dockerfix reads of an image's configuration.
type Config struct {
	OS           string   `json:"os,omitempty"`
	Architecture string   `json:"architecture,omitempty"`
	Variant      string   `json:"variant,omitempty"`
	Env          []string `json:"env,omitempty"`
	WorkingDir   string   `json:"workingDir,omitempty"`
	Entrypoint   []string `json:"entrypoint,omitempty"`
}

// configKind names configurations in the cache. The 2 marks those that
// hold the entrypoint: an older entry, without it, would read as none.
const configKind = "config2"

// ConfigFetcher reads an image's configuration, for a platform
// ("linux/arm64"), as a build for that platform pulls it: from an index,
// the platform's image; a single image whatever its platform.
type ConfigFetcher interface {
	Config(ctx context.Context, ref, platform string) (Config, error)
}

var _ ConfigFetcher = (*Registry)(nil)

// Config fetches ref's manifest for platform and its configuration: two
// GETs, which Docker Hub counts as a pull (CachedLister keeps the answer).
func (r *Registry) Config(ctx context.Context, ref, platform string) (Config, error) {
	rf, err := name.ParseReference(ref, r.nameOptions()...)
	if err != nil {
		return Config{}, err
	}
	plat, err := v1.ParsePlatform(platform)
	if err != nil {
		return Config{}, err
	}
	var cfg Config
	err = r.call(ctx, rf.Context().RegistryStr(), func(ctx context.Context) error {
		img, err := remote.Image(rf, append(r.options(ctx), remote.WithPlatform(*plat))...)
		if err != nil {
			return fmt.Errorf("read %s for %s: %w", ref, platform, err)
		}
		cf, err := img.ConfigFile()
		if err != nil {
			return fmt.Errorf("read the configuration of %s: %w", ref, err)
		}
		cfg = Config{OS: cf.OS, Architecture: cf.Architecture, Variant: cf.Variant, Env: cf.Config.Env, WorkingDir: cf.Config.WorkingDir,
			Entrypoint: cf.Config.Entrypoint}
		return nil
	})
	return cfg, err
}

var _ ConfigFetcher = (*CachedLister)(nil)

// Config returns the cached configuration of ref for platform, or fetches
// and caches it, when the Lister reads configurations.
func (c *CachedLister) Config(ctx context.Context, ref, platform string) (Config, error) {
	fetcher, ok := c.Lister.(ConfigFetcher)
	if !ok {
		return Config{}, errors.New("images: the registry client reads no configurations")
	}
	key := ref + "\x00" + platform
	if f, fresh := c.read(configKind, key); fresh {
		switch {
		case f.Err != "":
			return Config{}, f.failure(c.now(), c.failTTL())
		case f.Config != nil:
			return *f.Config, nil
		}
	}
	cfg, err := fetcher.Config(ctx, ref, platform)
	if err != nil {
		c.remember(configKind, key, err)
		return Config{}, err
	}
	_ = c.write(configKind, cacheFile{Key: key, Fetched: c.now(), Config: &cfg})
	return cfg, nil
}
