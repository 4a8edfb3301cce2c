package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

func TestContextLists(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a/x", "a.txt", ".env", ".git/config", "node_modules/m/index.js"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var lists contextLists
	l, err := contextDir{dir: dir, lists: &lists}.ListFiles(100, nil)
	if err != nil || !l.Complete {
		t.Fatalf("ListFiles = %+v, %v", l, err)
	}
	names := l.Names
	// Sorted as strings, .git not walked.
	if got, want := strings.Join(names, " "), ".env a.txt a/x b.txt node_modules/m/index.js"; got != want {
		t.Errorf("names %q, want %q", got, want)
	}
	// Listed once per run: a file created since is not seen.
	os.WriteFile(filepath.Join(dir, "c.txt"), nil, 0o644)
	again, _ := contextDir{dir: dir, lists: &lists}.ListFiles(100, nil)
	if again != l {
		t.Errorf("listed again: %v", again.Names)
	}
	// The limit counts directories and files visited.
	short, err := contextDir{dir: dir, lists: &contextLists{}}.ListFiles(3, nil)
	if err != nil || short.Complete || len(short.Names) > 3 {
		t.Errorf("limited ListFiles = %+v, %v", short, err)
	}
	if _, err := (contextDir{dir: filepath.Join(dir, "missing"), lists: &lists}).ListFiles(10, nil); err == nil {
		t.Error("a missing directory listed")
	}
	// The listing and ReadFile share the directory's entries, read once:
	// c.txt, created after, is neither listed nor read.
	if _, err := (contextDir{dir: dir, lists: &lists}).ReadFile("c.txt"); err == nil {
		t.Error("c.txt was read after the directory was listed without it")
	}
	// Without the run's lists, each call lists afresh.
	fresh, err := contextDir{dir: dir}.ListFiles(100, nil)
	if err != nil || !strings.Contains(strings.Join(fresh.Names, " "), "c.txt") {
		t.Errorf("ListFiles without lists = %+v, %v", fresh, err)
	}
}

// TestContextListsPrune: a directory the ignore file leaves out whole is
// not walked; one an exclusion may let a file back from is.
func TestContextListsPrune(t *testing.T) {
	for _, tc := range []struct {
		ignore string
		want   string
	}{
		{"", ".dockerignore Dockerfile a.txt node_modules/m/index.js src/x.go"},
		{"node_modules\n", ".dockerignore Dockerfile a.txt src/x.go"},
		{"**/node_modules\n*.txt\n", ".dockerignore Dockerfile a.txt src/x.go"}, // files: listed, excluded later
		{"node_modules\n!node_modules/m/index.js\n", ".dockerignore Dockerfile a.txt node_modules/m/index.js src/x.go"},
	} {
		dir := t.TempDir()
		for name, content := range map[string]string{"Dockerfile": "FROM a\n", ".dockerignore": tc.ignore, "a.txt": "", "src/x.go": "", "node_modules/m/index.js": ""} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		f, err := lint.Parse(filepath.Join(dir, "Dockerfile"), []byte("FROM a\n"))
		if err != nil {
			t.Fatal(err)
		}
		lists := &contextLists{}
		env := &lint.Env{Context: contextDir{dir: dir, lists: lists}}
		l := lint.ListContext(f, env)
		if l == nil {
			t.Fatalf("%q: not listed", tc.ignore)
		}
		if got := strings.Join(l.Names, " "); got != tc.want {
			t.Errorf("%q: names %q, want %q", tc.ignore, got, tc.want)
		}
		// Listed without pruning, the directory's other listing has them all.
		all, _ := contextDir{dir: dir, lists: lists}.ListFiles(lint.ContextListLimit, nil)
		if !strings.Contains(strings.Join(all.Names, " "), "node_modules/m/index.js") {
			t.Errorf("%q: the unpruned listing lacks node_modules: %q", tc.ignore, all.Names)
		}
	}
}

func TestContextDirLocate(t *testing.T) {
	top := t.TempDir()
	for _, name := range []string{
		"above.txt",
		"repo/.git/config",
		"repo/src/app.py",
		"repo/docker/Dockerfile",
		"repo/docker/entrypoint.sh",
		"repo/docker/local.txt",
	} {
		p := filepath.Join(top, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	repo, docker := filepath.Join(top, "repo"), filepath.Join(top, "repo", "docker")
	for _, tc := range []struct {
		name     string
		top      string
		sources  []string
		want     string
		wantPath string // want, relative to the Dockerfile's directory
	}{
		{"all beside the Dockerfile", top, []string{"local.txt", "entrypoint.sh"}, docker, ""},
		{"all at the repository's root", top, []string{"docker/entrypoint.sh", "src/app.py"}, repo, ".."},
		{"more at the root", top, []string{"docker/entrypoint.sh", "target/app.jar"}, repo, ".."},
		{"a tie stays nearest", top, []string{"local.txt", "src/app.py"}, docker, ""},
		{"found nowhere", top, []string{"target/app.jar"}, docker, ""},
		{"not above the working directory", docker, []string{"docker/entrypoint.sh", "src/app.py"}, docker, ""},
		{"not above the repository's root", top, []string{"above.txt"}, docker, ""},
		{"no working directory", "", []string{"docker/entrypoint.sh"}, docker, ""},
	} {
		d := contextDir{dir: docker, top: tc.top, lists: &contextLists{}}
		ctx, rel := d.Locate(tc.sources)
		got, ok := ctx.(contextDir)
		if !ok || got.dir != tc.want || rel != tc.wantPath {
			t.Errorf("%s: Locate(%q) = %+v, %q, want dir %s, %q", tc.name, tc.sources, got, rel, tc.want, tc.wantPath)
		}
	}
	// Two levels up.
	deep := filepath.Join(repo, "docker", "images", "api")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, rel := (contextDir{dir: deep, top: top}).Locate([]string{"src/app.py"}); rel != "../../.." {
		t.Errorf("three levels up: %q, want ../../..", rel)
	}
}
