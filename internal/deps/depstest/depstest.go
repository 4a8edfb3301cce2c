// Package depstest is what the ecosystems' tests share: build contexts
// read from a folder or a map, a plan's edits applied to a project's
// files, and golden files.
package depstest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// Dir reads build-context files from a folder.
type Dir string

func (d Dir) ReadFile(p string) ([]byte, error) {
	return os.ReadFile(filepath.Join(string(d), filepath.FromSlash(p)))
}

// Files is a build context held in memory, by slash path.
type Files map[string]string

func (m Files) ReadFile(p string) ([]byte, error) {
	if s, ok := m[path.Clean(p)]; ok {
		return []byte(s), nil
	}
	return nil, os.ErrNotExist
}

// Apply applies the edits of one file to src. They must not overlap.
func Apply(src []byte, edits []deps.Edit) ([]byte, error) {
	sorted := slices.Clone(edits)
	slices.SortStableFunc(sorted, func(a, b deps.Edit) int { return a.Start - b.Start })
	var out []byte
	at := 0
	for _, e := range sorted {
		if e.Start < at || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) overlaps another or lies outside the file", e.Start, e.End)
		}
		out = append(out, src[at:e.Start]...)
		out = append(out, e.New...)
		at = e.End
	}
	return append(out, src[at:]...), nil
}

// ApplyPlan writes the project in src, with plan's edits applied, into a
// new folder and returns it: the files named (those src lacks are
// skipped), or with no names every file of src but the .golden ones.
func ApplyPlan(t testing.TB, src string, names []string, plan *deps.Plan) string {
	t.Helper()
	if names == nil {
		entries, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, ent := range entries {
			if !ent.IsDir() && !strings.HasSuffix(ent.Name(), ".golden") {
				names = append(names, ent.Name())
			}
		}
	}
	out := t.TempDir()
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(src, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		var mine []deps.Edit
		for _, e := range plan.Edits {
			if e.Path == name {
				mine = append(mine, e)
			}
		}
		if b, err = Apply(b, mine); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// Golden compares got with the golden file, or rewrites it on update.
func Golden(t testing.TB, got []byte, golden string, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n%s\nwant:\n%s", golden, got, want)
	}
}
