package rules

import (
	"context"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// testOSV is the OSV data `# test: osv` testdata sees: testdata/osv's
// records in a local database.
func testOSV(t *testing.T) lint.OSV {
	return &OSV{Source: testOSVDB(t)}
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
