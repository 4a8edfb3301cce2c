package rules

import (
	"context"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/gomod/gomodtest"
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

// testGoProxy writes the proxy of ../internal/deps/gomod/testdata/mod and
// returns its file:// URL, as `# test: goproxy` testdata sees it.
func testGoProxy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := gomodtest.WriteProxy(dir, filepath.Join("..", "internal", "deps", "gomod", "testdata", "mod")); err != nil {
		t.Fatal(err)
	}
	return gomodtest.URL(dir)
}

func TestPackageOf(t *testing.T) {
	g := &deps.Graph{Nodes: []deps.Node{{Name: "example.com/app"}, {Name: "golang.org/x/net"}, {Name: "golang.org/x/net/html"}, {Name: "example.com/a"}}}
	for _, tt := range []struct {
		eco        appEcosystem
		name, want string
	}{
		{ecoGo, "golang.org/x/net", "golang.org/x/net"},
		{ecoGo, "golang.org/x/net/http2", "golang.org/x/net"},
		{ecoGo, "golang.org/x/net/html/atom", "golang.org/x/net/html"}, // the longest module path
		{ecoGo, "example.com/ab", "example.com/ab"},                    // a prefix only at a slash
		{ecoGo, "example.com/other", "example.com/other"},
		{ecoNPM, "golang.org/x/net/http2", "golang.org/x/net/http2"},
	} {
		if got := packageOf(tt.eco, g, tt.name); got != tt.want {
			t.Errorf("packageOf(%v, %q) = %q, want %q", tt.eco, tt.name, got, tt.want)
		}
	}
	if got := packageOf(ecoGo, nil, "golang.org/x/net/html"); got != "golang.org/x/net/html" {
		t.Errorf("without a graph: %q", got)
	}
}
