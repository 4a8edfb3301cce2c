//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestLstat: the type, size and error os.Lstat gives, for every kind of
// path discovery meets.
func TestLstat(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "Dockerfile")
	if err := os.WriteFile(file, []byte("FROM x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	dangling := filepath.Join(dir, "dangling")
	if err := os.Symlink(file, link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "none"), dangling); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{file, dir, fifo, link, dangling, "/dev/null", filepath.Join(dir, "none"), file + "/x", ""} {
		mode, size, err := lstat(p)
		want, werr := os.Lstat(p)
		if (err == nil) != (werr == nil) {
			t.Fatalf("%q: error %v, os.Lstat %v", p, err, werr)
		}
		if err != nil {
			if err.Error() != werr.Error() {
				t.Errorf("%q: error %q, os.Lstat %q", p, err, werr)
			}
			continue
		}
		if mode != want.Mode().Type() || size != want.Size() {
			t.Errorf("%q: %v %d, os.Lstat %v %d", p, mode, size, want.Mode().Type(), want.Size())
		}
	}
}
