package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

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
	var listings dirListings
	ctx := contextDir{dir: dir, listings: &listings}
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
	// A directory that cannot be listed is asked of the file system.
	gone := contextDir{dir: filepath.Join(dir, "missing"), listings: &listings}
	if _, err := gone.ReadFile("x"); err == nil {
		t.Error("a file of a missing directory was read")
	}
	if dl, _ := listings.m.Load(gone.dir); dl == nil || dl.(*dirListing).names != nil {
		t.Errorf("the missing directory's listing is %+v, want one without names", dl)
	}
}
