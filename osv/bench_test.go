package osv

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dockerfix/dockerfix/osv/internal/synth"
)

// debianSized writes a database the size of OSV's Debian one: 60,000
// records over 30,000 package names.
func debianSized(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	p := filepath.Join(dir, "Debian", "all.zip")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	if err := synth.WriteDebian(f, 60000, 30000); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return dir
}

var benchPins = [][2]string{{"openssl", "1.5.0-1"}, {"curl", "1.3.0-1"}, {"zlib", "1.1.0-1"}}

func queryPins(b *testing.B, db *LocalDB) {
	for _, pin := range benchPins {
		if _, err := db.Vulnerabilities(context.Background(), "Debian:12", pin[0], pin[1]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndexBuild is a first run: index the archive, then answer three
// pins.
func BenchmarkIndexBuild(b *testing.B) {
	dir := debianSized(b)
	for b.Loop() {
		os.Remove(filepath.Join(dir, "Debian", "all.zip.dockerfix-index"))
		db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: b.TempDir()})
		queryPins(b, db)
		db.Close()
	}
}

// BenchmarkIndexedQuery is a later run: read the cached index, then answer
// three pins.
func BenchmarkIndexedQuery(b *testing.B) {
	dir := debianSized(b)
	db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: b.TempDir()})
	queryPins(b, db)
	db.Close()
	for b.Loop() {
		db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: b.TempDir()})
		queryPins(b, db)
		db.Close()
	}
}
