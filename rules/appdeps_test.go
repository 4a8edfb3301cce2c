package rules

import (
	"archive/zip"
	"context"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/osv"
)

// testOSV is a local OSV database built from testdata/osv/<ecosystem>/*.json,
// as `# test: osv` testdata sees it.
func testOSV(t *testing.T) lint.OSV {
	t.Helper()
	dir := t.TempDir()
	ecos, err := os.ReadDir(filepath.Join("testdata", "osv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, eco := range ecos {
		records, _ := filepath.Glob(filepath.Join("testdata", "osv", eco.Name(), "*.json"))
		if err := os.MkdirAll(filepath.Join(dir, eco.Name()), 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, eco.Name(), "all.zip"))
		if err != nil {
			t.Fatal(err)
		}
		w := zip.NewWriter(f)
		for _, r := range records {
			b, err := os.ReadFile(r)
			if err != nil {
				t.Fatal(err)
			}
			zf, err := w.Create(filepath.Base(r))
			if err != nil {
				t.Fatal(err)
			}
			zf.Write(b)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return OSVSource{Source: osv.NewLocal(osv.LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})}
}

// testRegistry serves the packuments of ../internal/deps/npm/testdata/registry
// and the PyPI JSON API documents of ../internal/deps/pypi/testdata/registry
// (a URL ending in /<name>/json or /<name>/<version>/json) for any
// registry URL, as `# test: npm-registry` and `# test: pypi-registry`
// testdata see them.
type testRegistry struct{}

func (testRegistry) Fetch(_ context.Context, u, _ string) ([]byte, error) {
	parsed, err := url.Parse(u)
	if err != nil {
		return nil, err
	}
	if rest, ok := strings.CutSuffix(parsed.Path, "/json"); ok {
		parts := strings.Split(rest, "/")
		dir := filepath.Join("..", "internal", "deps", "pypi", "testdata", "registry")
		if n := len(parts); n >= 2 && parts[n-2] != "pypi" {
			return os.ReadFile(filepath.Join(dir, parts[n-2], parts[n-1]+".json"))
		}
		return os.ReadFile(filepath.Join(dir, path.Base(rest)+".json"))
	}
	name, err := url.PathUnescape(path.Base(parsed.EscapedPath()))
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join("..", "internal", "deps", "npm", "testdata", "registry", filepath.FromSlash(name)+".json"))
}
