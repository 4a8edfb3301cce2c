package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestReadRegularFast: the fast path reads regular files exactly and
// declines everything else, so that readLimited can name the problem.
func TestReadRegularFast(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no fast path")
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, data := range [][]byte{nil, []byte("FROM a\n"), bytes.Repeat([]byte("RUN x\n"), 10000)} {
		p := write("Dockerfile", data)
		got, ok := readRegularFast(p)
		if !ok || !bytes.Equal(got, data) {
			t.Errorf("%d bytes: got %d bytes, ok %v", len(data), len(got), ok)
		}
	}
	big := write("big", make([]byte, maxFileSize+1))
	link := filepath.Join(dir, "link")
	if err := os.Symlink("Dockerfile", link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{big, link, dir, filepath.Join(dir, "missing")} {
		if _, ok := readRegularFast(p); ok {
			t.Errorf("%s: read, want declined", p)
		}
	}
	if _, err := readLimited(big); err == nil {
		t.Error("readLimited read a file over the limit")
	}
}
