package rules

import (
	"context"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// testOSV is the OSV data `# test: osv` testdata sees: testdata/osv's
// records in a local database.
func testOSV(t *testing.T) lint.OSV {
	return &OSV{Source: testOSVDB(t)}
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
