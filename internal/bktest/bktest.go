// Package bktest holds what the tests of the BuildKit copies (bkparser,
// bkcheck) share: where upstream's parser is, and the Dockerfiles they
// compare against it.
package bktest

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// UpstreamDir is the directory rel (slash-separated) of BuildKit's module
// in the module cache: go.mod's version, which the build already
// downloaded.
func UpstreamDir(t testing.TB, rel string) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/moby/buildkit").Output()
	if err != nil {
		t.Fatalf("go list -m github.com/moby/buildkit: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		t.Fatal("github.com/moby/buildkit is not downloaded")
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}

// repoRoot is the module's root: the nearest directory above the test's
// (its package directory) with a go.mod.
func repoRoot(t testing.TB) string {
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// Dockerfiles calls fn on BuildKit's own parser test files, every
// Dockerfile-like file of the repository, and the shared real-world corpus
// beside the repository when it is there (corpus true), from any package
// of the module. It fails the test when it finds fewer than 100 files.
func Dockerfiles(t testing.TB, fn func(path string, src []byte, corpus bool)) {
	t.Helper()
	up := UpstreamDir(t, "frontend/dockerfile/parser")
	repo := repoRoot(t)
	corpusDir := filepath.Join(repo, "..", "shared", "corpus", "files")
	roots := []string{
		filepath.Join(up, "testfiles"),
		filepath.Join(up, "testfiles-negative"),
		repo,
		corpusDir,
	}
	n := 0
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root && errors.Is(err, fs.ErrNotExist) {
					return filepath.SkipDir // the corpus is optional
				}
				return err
			}
			if d.IsDir() {
				if d.Name() == ".git" {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || !looksLikeDockerfile(p, root) {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			fn(p, src, root == corpusDir)
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 100 {
		t.Fatalf("compared only %d files", n)
	}
	t.Logf("%d files compared", n)
}

var dockerfileName = regexp.MustCompile(`(?i)(^|[./_])(docker|container)file([._]|$)|\.golden$`)

func looksLikeDockerfile(p, root string) bool {
	if strings.HasSuffix(root, "files") {
		return true // the corpus and upstream's test dirs hold nothing else
	}
	return dockerfileName.MatchString(filepath.Base(p)) || strings.HasSuffix(p, ".txtar")
}
