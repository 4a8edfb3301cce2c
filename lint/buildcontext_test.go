package lint

import (
	"errors"
	"strings"
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

// locatingContext is the Dockerfile's directory, which roots the context
// at root when asked for sources, recording what it was asked.
type locatingContext struct {
	mapContext
	root  mapContext
	asked *[]string
}

func (c locatingContext) Locate(sources []string) (ContextReader, string) {
	*c.asked = append(*c.asked, sources...)
	return c.root, ".."
}

// TestBuildContextLocated: the rules read the context the COPY sources
// point at, located once per file; the Dockerfile's own ignore file, a
// devcontainer.json, an action.yml are read beside the Dockerfile.
func TestBuildContextLocated(t *testing.T) {
	f := mustParse(t, "FROM alpine\nCOPY --from=build /out /out\nCOPY docker/entrypoint.sh ./src/ /app/\nADD https://example.com/x.tgz /x\nCOPY $DIR/a *.txt /b/\nCOPY <<EOF /c\nc\nEOF\n")
	var asked []string
	dir := locatingContext{
		mapContext: mapContext{"devcontainer.json": "{}"},
		root:       mapContext{".dockerignore": ".env\n", "docker/entrypoint.sh": "#!/bin/sh\n"},
		asked:      &asked,
	}
	p := &Pass{File: f, Env: &Env{Context: dir}}
	if _, err := p.Context().ReadFile("docker/entrypoint.sh"); err != nil {
		t.Errorf("the located context: %v", err)
	}
	p.Context()
	if got, want := strings.Join(asked, " "), "docker/entrypoint.sh src"; got != want {
		t.Errorf("Locate asked for %q, want %q once", got, want)
	}
	if got := p.ContextPath("package.json"); got != "../package.json" {
		t.Errorf("ContextPath = %q, want ../package.json", got)
	}
	if _, err := p.DockerfileDir().ReadFile("devcontainer.json"); err != nil {
		t.Errorf("beside the Dockerfile: %v", err)
	}
	if d := ReadDockerignore(f, p.Env); !d.Excludes(".env") {
		t.Error("the context root's .dockerignore was not read")
	}
	// Without literal sources the context stays the Dockerfile's directory.
	asked = nil
	g := mustParse(t, "FROM alpine\nCOPY . /app\n")
	pg := &Pass{File: g, Env: &Env{Context: dir}}
	if _, err := pg.Context().ReadFile("devcontainer.json"); err != nil || asked != nil {
		t.Errorf("no sources: %v, asked %q", err, asked)
	}
	if got := pg.ContextPath("package.json"); got != "package.json" {
		t.Errorf("ContextPath = %q, want package.json", got)
	}
}
