package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIsOutside(t *testing.T) {
	sep := string(filepath.Separator)
	tests := []struct {
		rel  string
		want bool
	}{
		{".", false},
		{"a", false},
		{"..a", false},
		{"a" + sep + "..", false},
		{"..", true},
		{".." + sep + "a", true},
	}
	for _, tt := range tests {
		if got := isOutside(tt.rel); got != tt.want {
			t.Errorf("isOutside(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

// TestTreeRoot: the tree of a named path ends at its first symlinked
// component below the working directory.
func TestTreeRoot(t *testing.T) {
	wd := t.TempDir()
	for _, d := range []string{"tree/sub", "outside"} {
		if err := os.MkdirAll(filepath.Join(wd, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join("..", "outside"), filepath.Join(wd, "tree", "outdir")); err != nil {
		t.Skipf("symlink: %v", err)
	}
	if err := os.Symlink("tree", filepath.Join(wd, "link")); err != nil {
		t.Fatal(err)
	}
	j := filepath.Join
	tests := []struct{ dir, want string }{
		{".", "."},
		{"tree", "tree"},
		{j("tree", "sub"), j("tree", "sub")},
		{j("tree", "outdir"), "tree"},
		{j("tree", "outdir", "deeper"), "tree"},
		{"link", "."},
		{j("link", "sub"), "."},
		{j(wd, "tree", "outdir"), j(wd, "tree")},
		{j(wd, "tree", "sub"), j(wd, "tree", "sub")},
	}
	r := &resolver{wd: wd, dirs: map[string]string{}, roots: map[string]string{}}
	for _, tt := range tests {
		if got := r.treeRoot(tt.dir); got != tt.want {
			t.Errorf("treeRoot(%q) = %q, want %q", tt.dir, got, tt.want)
		}
	}
}

func TestHasTemplateLine(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"{{InsertTemplate(\"Dockerfile.common\")}}\nRUN x\n", true},
		{"# comment\n\n   {% if arm %}\nFROM a\n", true},
		{"FROM a\n<% if arm %>\nRUN x\n<% end %>\n", true},
		{"FROM postgres:{{ cookiecutter.postgresql_version }}\n", true},
		{"FROM a\nRUN x {% if y %}\n", true},
		{"FROM alpine:3.24\nRUN docker inspect --format '{{.Id}}' x\n", false},
		{"ARG X={{y}}\n", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hasTemplateLine([]byte(tt.src)); got != tt.want {
			t.Errorf("hasTemplateLine(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

func TestHasFrom(t *testing.T) {
	for src, want := range map[string]bool{
		"FROM alpine\n":                        true,
		"# c\n  from alpine AS x\n":            true,
		"ARG X\nFROM $X\n":                     true,
		"ENV \\\n    A=1\n":                    false,
		"RUN dotnet help\n":                    false,
		"# FROM alpine\n":                      false,
		"RUN echo FROM\n":                      false,
		"    DOTNET_RUNNING_IN_CONTAINER=true": false,
	} {
		if got := hasFrom([]byte(src)); got != want {
			t.Errorf("hasFrom(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestIsDockerfileName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Dockerfile", true},
		{"dockerfile", true},
		{"Containerfile", true},
		{"containerfile", true},
		{"Dockerfile.prod", true},
		{"dockerfile.dev", false}, // dockerfile.ex is Elixir
		{"dockerfile.ex", false},
		{"dockerfile_test.go", false},
		{"Dockerfile_test.go", false},
		{"Dockerfile-debian.templ", false},
		{"Dockerfile.go", true},
		{"Dockerfile-windows", true},
		{"Dockerfile_test_user", true},
		{"dockerfile-kasm-core", true},
		{"Containerfile-dev", true},
		{"api.Dockerfile", true},
		{"build.dockerfile", true},
		{"Dockerfile.", false},
		{"Dockerfile-", false},
		{"Dockerfilex", false},
		{"DockerfileDev", false},
		{"MyDockerfile", false},
		{"Dockerfiles", false},
		{"Dockerfile.dockerignore", false},
		{"Dockerfile-alpine.template", false},
		{"Dockerfile-compose.yml", false},
		{"Dockerfile.md", false},
	} {
		if got := IsDockerfileName(tc.name); got != tc.want {
			t.Errorf("IsDockerfileName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
