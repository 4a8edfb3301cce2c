package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestParserReuse proves that no caller keeps a lint.File past its
// Parser's next Check, as a worker's Parser reuses that File's tables for
// the next file (lint/retire.go). It builds the command three times: as
// it ships, with fresh tables for every file (tag dockerfix_fresh), and
// with the last File and everything it reaches filled with garbage before
// the next Check (tag dockerfix_poison). Each lints, diffs and writes the
// corpus and the rules' testdata on two workers, so a few thousand files
// per Parser, and the three must print and write the same bytes.
func TestParserReuse(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command three times")
	}
	inputs, names := reuseInputs(t)
	// Fresh tables first: the output the others must match.
	builds := []string{"dockerfix_fresh", "", "dockerfix_poison"}
	bins := buildTagged(t, builds)
	for _, args := range [][]string{
		{},
		{"--format", "json"},
		{"--diff"},
		{"--write", "--unsafe-fixes", "--format", "json"},
	} {
		t.Run(strings.Join(append([]string{"lint"}, args...), " "), func(t *testing.T) {
			var want *cliRun
			for i, bin := range bins {
				got := runTree(t, bin, inputs, append(args, names...))
				if got.code != exitOK && got.code != exitFindings && got.code != exitError {
					t.Fatalf("%s: exit %d\n%s", builds[i], got.code, got.stderr)
				}
				if want == nil {
					want = got
					if len(want.stdout) == 0 {
						t.Fatal("no output to compare")
					}
					continue
				}
				if diff := want.diff(got); diff != "" {
					t.Errorf("build tags %q and %q (fresh tables) differ: %s", builds[i], builds[0], diff)
				}
			}
		})
	}
}

// reuseInputs copies the corpus (when it is there) and the rules'
// testdata Dockerfiles and goldens into a directory, and returns it and
// the files' names in it.
func reuseInputs(t *testing.T) (dir string, names []string) {
	t.Helper()
	dir = t.TempDir()
	add := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.FromSlash(to))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, to)
	}
	corpus := filepath.Join("..", "..", "..", "shared", "corpus", "files")
	if entries, err := os.ReadDir(corpus); err == nil {
		for _, e := range entries {
			add(filepath.Join(corpus, e.Name()), "corpus/"+e.Name())
		}
	}
	testdata := filepath.Join("..", "..", "rules", "testdata")
	err := filepath.WalkDir(testdata, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || (!strings.HasSuffix(p, ".Dockerfile") && !strings.HasSuffix(p, ".golden")) {
			return err
		}
		rel, err := filepath.Rel(testdata, p)
		if err == nil {
			add(p, "rules/"+filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 100 {
		t.Fatalf("only %d files to lint", len(names))
	}
	// No configuration from above the directory.
	if err := os.WriteFile(filepath.Join(dir, ".dockerfix.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, names
}

// buildTagged builds the command once per set of build tags, in parallel.
func buildTagged(t *testing.T, tags []string) []string {
	t.Helper()
	dir := t.TempDir()
	bins := make([]string, len(tags))
	errs := make([]error, len(tags))
	var wg sync.WaitGroup
	for i, tag := range tags {
		bins[i] = filepath.Join(dir, fmt.Sprintf("dockerfix%d", i))
		wg.Go(func() {
			out, err := exec.Command("go", "build", "-tags", tag, "-o", bins[i], ".").CombinedOutput()
			if err != nil {
				errs[i] = fmt.Errorf("go build -tags %q: %v\n%s", tag, err, out)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return bins
}

// cliRun is what one run of the command printed and left behind.
type cliRun struct {
	code           int
	stdout, stderr []byte
	files          map[string][]byte // the tree after a run that writes
}

// runTree runs bin with args on two workers in dir, or in a copy of it
// when the run writes.
func runTree(t *testing.T, bin, dir string, args []string) *cliRun {
	t.Helper()
	work := dir
	if slices.Contains(args, "--write") {
		work = t.TempDir()
		if err := os.CopyFS(work, os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, append([]string{"--date", "2026-11-23", "--no-color"}, args...)...)
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOMAXPROCS=2", "NO_COLOR=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	r := &cliRun{files: map[string][]byte{}}
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		r.code = ee.ExitCode()
	}
	r.stdout, r.stderr = stdout.Bytes(), stderr.Bytes()
	if work == dir {
		return r
	}
	err := filepath.WalkDir(work, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		r.files[strings.TrimPrefix(p, work)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// diff describes the first difference between two runs, or is "".
func (r *cliRun) diff(o *cliRun) string {
	if r.code != o.code {
		return fmt.Sprintf("exit %d, then %d", r.code, o.code)
	}
	if d := firstDiff(r.stdout, o.stdout); d != "" {
		return "stdout: " + d
	}
	if d := firstDiff(r.stderr, o.stderr); d != "" {
		return "stderr: " + d
	}
	if a, b := slices.Sorted(maps.Keys(r.files)), slices.Sorted(maps.Keys(o.files)); !slices.Equal(a, b) {
		return fmt.Sprintf("files %q, then %q", a, b)
	}
	for name, b := range r.files {
		if d := firstDiff(b, o.files[name]); d != "" {
			return name + ": " + d
		}
	}
	return ""
}

// firstDiff is the first line where a and b differ, or "".
func firstDiff(a, b []byte) string {
	if bytes.Equal(a, b) {
		return ""
	}
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d: %q, then %q", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines, then %d", len(al), len(bl))
}
