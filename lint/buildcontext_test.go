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

func (l listedContext) ListFiles(limit int) (*ContextListing, error) {
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
	}{
		{name: "none", files: map[string]string{}, keep: []string{"id_rsa", ".env"}},
		{name: "patterns and exclusions", files: map[string]string{
			".dockerignore": "# secrets\n.env\nkeys/\n*.pem\n!public.pem\n**/id_rsa\n",
		}, file: ".dockerignore",
			exclude: []string{".env", "keys/id_rsa", "keys/deep/x", "server.pem", "a/b/id_rsa", "./.env"},
			keep:    []string{"public.pem", "src/.env", "app.py", "keysfile"}},
		{name: "the Dockerfile's own wins", path: "build/app.Dockerfile", files: map[string]string{
			".dockerignore":               "*\n",
			"app.Dockerfile.dockerignore": ".npmrc\n",
		}, file: "app.Dockerfile.dockerignore", exclude: []string{".npmrc"}, keep: []string{"main.go"}},
		{name: "everything but", files: map[string]string{".dockerignore": "*\n!src\n"}, file: ".dockerignore",
			exclude: []string{".env", "id_rsa"}, keep: []string{"src/main.go", "src"}},
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
		})
	}
	f, _ := Parse("Dockerfile", []byte("FROM alpine\n"))
	if d := ReadDockerignore(f, nil); d.Excludes("x") || d.Name != "" {
		t.Errorf("no context: %+v", d)
	}
}

func TestListContext(t *testing.T) {
	names := []string{".env", "a/b", "c"}
	if ListContext(&Env{Context: mapContext{}}) != nil {
		t.Error("a context that cannot list listed")
	}
	if ListContext(nil) != nil {
		t.Error("no env listed")
	}
	l := ListContext(&Env{Context: listedContext{names: names}})
	if l == nil || !l.Complete || len(l.Names) != 3 {
		t.Fatalf("ListContext = %+v", l)
	}
	if ListContext(&Env{Context: listedContext{err: errors.New("denied")}}) != nil {
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
