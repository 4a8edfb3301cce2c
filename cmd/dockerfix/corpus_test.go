package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/dockerfix/dockerfix/lint"
)

// corpusFiles copies the real-world corpus into a temp dir and returns the
// copies; the test skips when the corpus is absent (a clone alone has none).
func corpusFiles(t *testing.T) []string {
	t.Helper()
	src := filepath.Join("..", "..", "..", "shared", "corpus", "files")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Skip("corpus absent")
	}
	dir := t.TempDir()
	var paths []string
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, e.Name())
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// TestCorpusWrite runs --write over the whole corpus, with safe fixes and
// with unsafe ones too: no crash, every file BuildKit parses gets no DF000,
// the written files still parse, and a second --write changes nothing.
func TestCorpusWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, flags := range [][]string{{"--write"}, {"--write", "--unsafe-fixes"}} {
		t.Run(strings.Join(flags, " "), func(t *testing.T) {
			corpusWrite(t, flags)
		})
	}
}

func corpusWrite(t *testing.T, flags []string) {
	paths := corpusFiles(t)
	before := map[string]bool{}
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		_, err := lint.Parse(p, b)
		before[p] = err == nil
	}

	var out, errOut bytes.Buffer
	// No OSV database: DF301's findings are unverified, and the run says
	// which databases it looked for, once each.
	t.Setenv("OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY", t.TempDir())
	args := append(append([]string{"dockerfix", "--no-color", "--date", "2026-11-23"}, flags...), paths...)
	code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut)
	if code == 0 {
		t.Errorf("exit 0 on a corpus with findings")
	}
	notices := map[string]bool{}
	for _, line := range strings.Split(withoutCatalogAge(errOut.String()), "\n") {
		if base, ok := osvNotice(line); ok && !notices[base] {
			notices[base] = true
			continue
		}
		if line != "" {
			t.Errorf("stderr: %s", line)
		}
	}
	if !notices["Debian"] {
		t.Errorf("no notice that the Debian OSV database is missing: %q", errOut.String())
	}
	if !regexp.MustCompile(`\nfixed [1-9]\d* findings in [1-9]\d* files \(\d+ remaining`).Match(out.Bytes()) {
		t.Errorf("no summary of what --write fixed at the end of stdout")
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, " DF000 ") {
			p := line[:strings.Index(line, ":")]
			if before[p] {
				t.Errorf("DF000 on a file BuildKit parses: %s", line)
			}
		}
	}
	for _, p := range paths {
		if !before[p] {
			continue
		}
		b, _ := os.ReadFile(p)
		if _, err := parser.Parse(bytes.NewReader(b)); err != nil {
			t.Errorf("%s: written file does not parse: %v", filepath.Base(p), err)
		} else if _, err := lint.Parse(p, b); err != nil {
			t.Errorf("%s: written file fails BuildKit's instruction parser: %v", filepath.Base(p), err)
		}
	}

	out.Reset()
	errOut.Reset()
	Main(context.Background(), args, strings.NewReader(""), &out, &errOut)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "fixed 0 findings (") || withoutOSVNotices(withoutCatalogAge(errOut.String())) != "" {
		t.Errorf("second --write: %q, stderr %q", last, errOut.String())
	}
}

// osvNotice reports the notice that a run found no OSV database for an
// ecosystem, and which.
func osvNotice(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "dockerfix: notice: no OSV database for ")
	if !ok {
		return "", false
	}
	base, _, ok := strings.Cut(rest, " (looked for ")
	return base, ok
}

func withoutOSVNotices(stderr string) string {
	var keep []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if _, ok := osvNotice(strings.TrimSuffix(line, "\n")); !ok {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}
