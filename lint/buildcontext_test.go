package lint

import (
	"errors"
	"testing"
)

// listedContext is a build context in memory that lists its names.
type listedContext struct {
	mapContext
	names []string
	err   error
}

func (l listedContext) ListFiles(limit int, _ *Dockerignore) (*ContextListing, error) {
	if l.err != nil {
		return nil, l.err
	}
	if len(l.names) > limit {
		return &ContextListing{Names: l.names[:limit]}, nil
	}
	return &ContextListing{Names: l.names, Complete: true}, nil
}

func TestDockerignore(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		path    string // the Dockerfile's
		file    string // the ignore file read
		exclude []string
		keep    []string
		// What the file as a whole does (ExcludesNothing, Reincludes,
		// ExcludesRoot).
		nothing, reincludes, root bool
	}{
		{name: "none", files: map[string]string{}, keep: []string{"id_rsa", ".env"}, nothing: true},
		{name: "comments only", files: map[string]string{".dockerignore": "# nothing\n\n"}, file: ".dockerignore",
			keep: []string{".env"}, nothing: true},
		{name: "patterns and exclusions", files: map[string]string{
			".dockerignore": "# secrets\n.env\nkeys/\n*.pem\n!public.pem\n**/id_rsa\n",
		}, file: ".dockerignore",
			exclude:    []string{".env", "keys/id_rsa", "keys/deep/x", "server.pem", "a/b/id_rsa", "./.env", "/a/id_rsa"},
			keep:       []string{"public.pem", "src/.env", "app.py", "keysfile", "/.env", ".", ""},
			reincludes: true},
		{name: "the Dockerfile's own wins", path: "build/app.Dockerfile", files: map[string]string{
			".dockerignore":               "*\n",
			"app.Dockerfile.dockerignore": ".npmrc\n",
		}, file: "app.Dockerfile.dockerignore", exclude: []string{".npmrc"}, keep: []string{"main.go"}},
		{name: "everything but", files: map[string]string{".dockerignore": "*\n!src\n"}, file: ".dockerignore",
			exclude: []string{".env", "id_rsa"}, keep: []string{"src/main.go", "src", "."}, reincludes: true, root: true},
		{name: "everything", files: map[string]string{".dockerignore": "**\n"}, file: ".dockerignore",
			exclude: []string{"a", "a/b"}, keep: []string{"."}, root: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.path
			if path == "" {
				path = "Dockerfile"
			}
			f, err := Parse(path, []byte("FROM alpine\n"))
			if err != nil {
				t.Fatal(err)
			}
			d := ReadDockerignore(f, &Env{Context: mapContext(tc.files)})
			if d.Name != tc.file {
				t.Errorf("read %q, want %q", d.Name, tc.file)
			}
			for _, p := range tc.exclude {
				if !d.Excludes(p) {
					t.Errorf("%s is not excluded", p)
				}
			}
			for _, p := range tc.keep {
				if d.Excludes(p) {
					t.Errorf("%s is excluded", p)
				}
			}
			if d.ExcludesNothing() != tc.nothing || d.Reincludes() != tc.reincludes || d.ExcludesRoot() != tc.root {
				t.Errorf("ExcludesNothing, Reincludes, ExcludesRoot = %v, %v, %v; want %v, %v, %v",
					d.ExcludesNothing(), d.Reincludes(), d.ExcludesRoot(), tc.nothing, tc.reincludes, tc.root)
			}
		})
	}
	f, _ := Parse("Dockerfile", []byte("FROM alpine\n"))
	if d := ReadDockerignore(f, nil); d.Excludes("x") || d.Name != "" {
		t.Errorf("no context: %+v", d)
	}
}

// countingContext counts the files read through it.
type countingContext struct {
	mapContext
	reads *int
}

func (c countingContext) ReadFile(p string) ([]byte, error) {
	*c.reads++
	return c.mapContext.ReadFile(p)
}

// TestReadDockerignoreOnce: the rules that ask for a file's ignore file
// (DF423, DF508) share one read of it.
func TestReadDockerignoreOnce(t *testing.T) {
	f, err := Parse("Dockerfile", []byte("FROM alpine\nCOPY . .\n"))
	if err != nil {
		t.Fatal(err)
	}
	reads := 0
	env := &Env{Context: countingContext{mapContext{".dockerignore": ".env\n"}, &reads}}
	first := ReadDockerignore(f, env)
	if again := ReadDockerignore(f, env); again != first || !again.Excludes(".env") {
		t.Errorf("read again: %+v, first %+v", again, first)
	}
	if reads != 2 { // Dockerfile.dockerignore, then .dockerignore
		t.Errorf("%d reads, want 2", reads)
	}
}

func TestListContext(t *testing.T) {
	names := []string{".env", "a/b", "c"}
	f := mustParse(t, "FROM a\n")
	if ListContext(f, &Env{Context: mapContext{}}) != nil {
		t.Error("a context that cannot list listed")
	}
	if ListContext(f, nil) != nil {
		t.Error("no env listed")
	}
	l := ListContext(f, &Env{Context: listedContext{names: names}})
	if l == nil || !l.Complete || len(l.Names) != 3 {
		t.Fatalf("ListContext = %+v", l)
	}
	if ListContext(mustParse(t, "FROM a\n"), &Env{Context: listedContext{err: errors.New("denied")}}) != nil {
		t.Error("a failed listing counted")
	}
	// A view is worked out once per listing and key.
	calls := 0
	dots := func(names []string) any {
		calls++
		var out []string
		for _, n := range names {
			if n[0] == '.' {
				out = append(out, n)
			}
		}
		return out
	}
	for i := 0; i < 3; i++ {
		if got := l.View("dots", dots).([]string); len(got) != 1 || got[0] != ".env" {
			t.Errorf("View = %v", got)
		}
	}
	if calls != 1 {
		t.Errorf("computed %d times", calls)
	}
}
