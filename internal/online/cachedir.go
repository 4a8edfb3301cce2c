package online

import (
	"os"
	"path/filepath"
)

// CacheDir is dockerfix's cache folder name under the user's cache
// directory (registry tags, package documents, OSV records and indexes);
// "" when the user has none.
func CacheDir(name string) string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "dockerfix", name)
}
