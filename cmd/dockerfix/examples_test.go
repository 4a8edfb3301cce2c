package main

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"strings"
	"testing"
)

var updateExamples = flag.Bool("update", false, "rewrite examples/*/expected.diff")

// TestExamples keeps examples/*/expected.diff equal to what
// `dockerfix --diff --date 2026-11-23` prints in each example folder.
func TestExamples(t *testing.T) {
	// No OSV database from this machine's cache: the examples run on
	// what the repository holds.
	t.Setenv("OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY", t.TempDir())
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	// Nor does a module proxy this machine names: offline, the Go
	// example's module graph is unknown.
	for _, k := range []string{"GOPROXY", "GOFLAGS", "GONOSUMDB", "GONOPROXY", "GOPRIVATE", "GOSUMDB"} {
		t.Setenv(k, "")
	}
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*", "Dockerfile"))
	if len(dirs) < 3 {
		t.Fatalf("want at least three examples, found %d", len(dirs))
	}
	for _, df := range dirs {
		dir, _ := filepath.Abs(filepath.Dir(df))
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Chdir(dir)
			var out, errOut bytes.Buffer
			code := Main(context.Background(), []string{"dockerfix", "--no-color", "--date", "2026-11-23", "--diff"},
				strings.NewReader(""), &out, &errOut)
			if code != exitFindings {
				t.Logf("stderr: %s", errOut.String())
			}
			checkExampleDiff(t, dir, "expected.diff", out.String(), code)
		})
	}
}
