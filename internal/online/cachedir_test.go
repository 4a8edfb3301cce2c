package online

import (
	"path/filepath"
	"testing"
)

func TestCacheDir(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", t.TempDir())
	if got, want := CacheDir("tags"), filepath.Join(cache, "dockerfix", "tags"); got != want {
		t.Errorf("CacheDir(tags) = %q, want %q", got, want)
	}
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", "")
	if got := CacheDir("tags"); got != "" {
		t.Errorf("with no cache directory: %q, want \"\"", got)
	}
}
