package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestContextDirMissing: the build context tells an absent file (an error
// wrapping fs.ErrNotExist, which DF319 reads as "no lockfile here") from
// one it refuses, and reads a present one.
func TestContextDirMissing(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "package-lock.json"), []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// With the directory's listing (as a run reads it) and without.
	for _, ctx := range []contextDir{{dir: dir}, {dir: dir, lists: &contextLists{}}} {
		if b, err := ctx.ReadFile("package-lock.json"); err != nil || string(b) != "{}\n" {
			t.Errorf("ReadFile(package-lock.json) = %q, %v", b, err)
		}
		for _, name := range []string{"sub/npm-shrinkwrap.json", "npm-shrinkwrap.json"} {
			_, err := ctx.ReadFile(name)
			if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "npm-shrinkwrap.json") {
				t.Errorf("ReadFile(%s): %v; want an error naming it that wraps fs.ErrNotExist", name, err)
			}
		}
		if _, err := ctx.ReadFile("../x"); err == nil || errors.Is(err, fs.ErrNotExist) {
			t.Errorf("ReadFile(../x) = %v; want a refusal, not a missing file", err)
		}
	}
}

// TestContextDirListings: a name the directory's listing lacks is missing
// without a stat, in any case the file system might fold; the listing is
// read once a run.
func TestContextDirListings(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{".dockerignore": "*.log\n", "sub/app.sh": "#!/bin/sh\n"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var lists contextLists
	ctx := contextDir{dir: dir, lists: &lists}
	for _, tc := range []struct {
		name    string
		want    string
		missing bool
	}{
		{".dockerignore", "*.log\n", false},
		{"sub/app.sh", "#!/bin/sh\n", false},
		{"Dockerfile.dockerignore", "", true},
		{".DOCKERIGNORE", "", true}, // in the listing in another case: asked of the file system
		{"sub/none", "", true},
	} {
		got, err := ctx.ReadFile(tc.name)
		if tc.missing {
			if err == nil {
				t.Errorf("ReadFile(%s) = %q, want an error", tc.name, got)
			}
			continue
		}
		if err != nil || string(got) != tc.want {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
	if _, err := ctx.ReadFile("Dockerfile.dockerignore"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a name the listing lacks: %v, want fs.ErrNotExist", err)
	}
	// The listing is the directory's when first asked, for the whole run:
	// no fix creates a file of the build context.
	if err := os.WriteFile(filepath.Join(dir, "late.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ctx.ReadFile("late.txt"); err == nil {
		t.Error("a file created after the listing was read")
	}
	// Nor below a directory the listing lacks.
	if err := os.MkdirAll(filepath.Join(dir, "later"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "later", "x.sh"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ctx.ReadFile("later/x.sh"); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "x.sh") {
		t.Errorf("a file below a directory the listing lacks: %v, want fs.ErrNotExist naming it", err)
	}
	// A directory that cannot be listed is asked of the file system.
	gone := contextDir{dir: filepath.Join(dir, "missing"), lists: &lists}
	if _, err := gone.ReadFile("x"); err == nil {
		t.Error("a file of a missing directory was read")
	}
	if l := lists.of(gone.dir); l.rootErr == nil || l.folded != nil {
		t.Errorf("the missing directory's names are %v (%v), want none and an error", l.folded, l.rootErr)
	}
	// Reading a file lists only the directory itself: its tree is walked
	// when a rule lists the context.
	if l := lists.of(dir); len(l.listings) != 0 {
		t.Errorf("ReadFile walked the tree: %v", l.listings)
	}
}
