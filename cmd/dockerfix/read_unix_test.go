//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadRegularFast: the fast path reads regular files exactly and
// declines everything else, so that readLimited can name the problem.
func TestReadRegularFast(t *testing.T) {
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
		n := int64(len(data))
		// Unknown size, the size discovery saw, and a stale larger one
		// (the file shrank since): the content as it is now.
		for _, size := range []int64{-1, n, n + 10} {
			got, ok := readRegularFast(p, size, nil)
			if !ok || !bytes.Equal(got, data) {
				t.Errorf("%d bytes, size %d: got %d bytes, ok %v", n, size, len(got), ok)
			}
		}
		// Into a worker's buffer when it fits, over what it held before.
		buf := bytes.Repeat([]byte{'x'}, 1<<20)[:0]
		if got, ok := readRegularFast(p, n, buf); !ok || !bytes.Equal(got, data) || (n > 0 && &got[0] != &buf[:1][0]) {
			t.Errorf("%d bytes into a buffer: got %d bytes, ok %v, in the buffer %v", n, len(got), ok, n > 0 && &got[0] == &buf[:1][0])
		}
		if n > 0 {
			// The file grew since discovery: declined, for the careful path,
			// whatever room the buffer has.
			if _, ok := readRegularFast(p, n-1, buf); ok {
				t.Errorf("%d bytes, size %d, into a buffer: read, want declined", n, n-1)
			}
			if _, ok := readRegularFast(p, n-1, nil); ok {
				t.Errorf("%d bytes, size %d: read, want declined", n, n-1)
			}
		}
	}
	big := write("big", make([]byte, maxFileSize+1))
	link := filepath.Join(dir, "link")
	if err := os.Symlink("Dockerfile", link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{big, link, dir, fifo, filepath.Join(dir, "missing")} {
		// A size hint as if discovery had seen a regular file there.
		for _, size := range []int64{-1, 0, 7} {
			if _, ok := readRegularFast(p, size, nil); ok {
				t.Errorf("%s, size %d: read, want declined", p, size)
			}
		}
	}
	if _, err := readLimited(big); err == nil {
		t.Error("readLimited read a file over the limit")
	}
}

// TestNamedContextBuildFileFIFO: a FIFO where a bake file would be is
// skipped, not opened (which would block the run); the compose file
// beside it is still read.
func TestNamedContextBuildFileFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "docker-bake.hcl"), 0o644); err != nil {
		t.Fatal(err)
	}
	compose := "services:\n  app:\n    build:\n      additional_contexts:\n        templates: ../templates\n"
	if err := os.WriteFile(filepath.Join(dir, "compose.yaml"), []byte(compose), 0o644); err != nil {
		t.Fatal(err)
	}
	d := contextDir{dir: dir}
	if !d.NamedContext("templates") {
		t.Error(`NamedContext("templates") = false, want true (from compose.yaml)`)
	}
	if d.NamedContext("base") {
		t.Error(`NamedContext("base") = true, want false`)
	}
}
