package rules

import (
	"archive/zip"
	"context"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/gomod/gomodtest"
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
// for any registry URL, as `# test: npm-registry` testdata sees it.
type testRegistry struct{}

func (testRegistry) Fetch(_ context.Context, u, _ string) ([]byte, error) {
	parsed, err := url.Parse(u)
	if err != nil {
		return nil, err
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
