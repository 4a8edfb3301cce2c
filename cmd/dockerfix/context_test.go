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
	ctx := contextDir(dir)
	if b, err := ctx.ReadFile("package-lock.json"); err != nil || string(b) != "{}\n" {
		t.Errorf("ReadFile(package-lock.json) = %q, %v", b, err)
	}
	_, err := ctx.ReadFile("sub/npm-shrinkwrap.json")
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "npm-shrinkwrap.json") {
		t.Errorf("ReadFile of a missing file: %v; want an error naming it that wraps fs.ErrNotExist", err)
	}
	if _, err := ctx.ReadFile("../x"); err == nil || errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ReadFile(../x) = %v; want a refusal, not a missing file", err)
	}
}
