package fix

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"
)

func TestIsTempName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{".Dockerfile.dockerfix-3141592653", true},
		{".app.Dockerfile.dockerfix-7", true},
		{".package.json.dockerfix-12", true},
		{".a.dockerfix-1.dockerfix-2", true},
		{"Dockerfile.dockerfix-12", false}, // not hidden
		{"..dockerfix-12", false},          // no NAME
		{".Dockerfile.dockerfix-", false},  // no digits
		{".Dockerfile.dockerfix-12a", false},
		{".Dockerfile.dockerfix-12.bak", false},
		{".dockerfix.yaml", false},
		{".x", false},
	} {
		if got := isTempName(tc.name); got != tc.want {
			t.Errorf("isTempName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestStaleTempsSweep removes the temporary files older than a minute in
// the directory of a file about to be written, once per directory, and
// leaves everything else.
func TestStaleTempsSweep(t *testing.T) {
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	dir, other := t.TempDir(), t.TempDir()
	old, fresh := now.Add(-2*time.Minute), now.Add(-30*time.Second)
	mk := func(path string, mtime time.Time) string {
		t.Helper()
		mkfile(t, path, "x", 0o644)
		if err := os.Chtimes(path, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return path
	}
	df := mk(filepath.Join(dir, "Dockerfile"), old)
	staleOwn := mk(filepath.Join(dir, ".Dockerfile.dockerfix-123"), old)
	staleOther := mk(filepath.Join(dir, ".go.mod.dockerfix-456"), old) // another file's, same directory
	keep := []string{
		df,
		mk(filepath.Join(dir, ".Dockerfile.dockerfix-789"), fresh), // maybe another run's, in flight
		mk(filepath.Join(dir, ".Dockerfile.dockerfix-old"), old),   // not ours
		mk(filepath.Join(dir, "notes.dockerfix-1"), old),           // not hidden: not ours
		mk(filepath.Join(other, ".Dockerfile.dockerfix-1"), old),   // not beside a file written
	}
	if err := os.Mkdir(filepath.Join(dir, ".d.dockerfix-5"), 0o755); err != nil {
		t.Fatal(err)
	}
	keep = append(keep, filepath.Join(dir, ".d.dockerfix-5"))
	// Swept through a symlink: its target's directory.
	link := filepath.Join(other, "link")
	if runtime.GOOS != "windows" {
		if err := os.Symlink(df, link); err != nil {
			t.Fatal(err)
		}
	} else {
		link = df
	}

	s := &StaleTemps{Now: func() time.Time { return now }}
	got := s.Sweep(link)
	slices.Sort(got)
	if want := []string{staleOwn, staleOther}; !slices.Equal(got, want) {
		t.Errorf("removed %v, want %v", got, want)
	}
	for _, p := range keep {
		if _, err := os.Lstat(p); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	// Once per directory: a second file there does not list it again.
	later := mk(filepath.Join(dir, ".Dockerfile.dockerfix-999"), old)
	if got := s.Sweep(df); len(got) != 0 {
		t.Errorf("second sweep removed %v", got)
	}
	if _, err := os.Stat(later); err != nil {
		t.Error(err)
	}
}
