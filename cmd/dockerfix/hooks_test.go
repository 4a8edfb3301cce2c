package main

import (
	"os"
	"path"
	"regexp"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestPreCommitHooksMatchDiscovery keeps the file patterns of
// .pre-commit-hooks.yaml in step with the names a directory walk takes, so
// that the hook lints exactly the files `dockerfix .` would.
func TestPreCommitHooksMatchDiscovery(t *testing.T) {
	src, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID      string `yaml:"id"`
		Entry   string `yaml:"entry"`
		Files   string `yaml:"files"`
		Exclude string `yaml:"exclude"`
	}
	if err := yaml.Unmarshal(src, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 2 {
		t.Fatalf("want the lint and the fix hook, got %d hooks", len(hooks))
	}
	names := []string{
		"Dockerfile", "Containerfile", "dockerfile", "Dockerfile.dev", "Containerfile.prod",
		"api.Dockerfile", "build.dockerfile", "Dockerfile.dockerignore", "app.dockerignore",
		"Dockerfile-old", "MyDockerfile", "dockerfile.dev", "Dockerfiles", "README.md",
		"docker-compose.yml", "Dockerfile.", ".Dockerfile",
		"Dockerfile.template", "Dockerfile.j2", "Dockerfile.prod.tmpl", "Dockerfile.in", "Dockerfile.jinja2",
		"Dockerfile.inc", "Dockerfile.tpl", "Containerfile.erb",
		"Dockerfile.md", "Dockerfile.rego", "Dockerfile.ncl", "Dockerfile.py", "Dockerfile.yml", "Dockerfile.yaml",
		"Dockerfile.orig", "Dockerfile.nix", "Dockerfile.go", "Dockerfile.python", "Dockerfile.shell", "Dockerfile.mdx",
		"Dockerfile-windows", "Dockerfile_test_user", "dockerfile-kasm-core", "Containerfile-dev", "containerfile",
		"Dockerfile-", "Dockerfile_", "Dockerfile-alpine.template", "Dockerfile-compose.yml", "Dockerfilex", "DockerfileDev",
		"dockerfile_test.go", "dockerfile.ex", "Dockerfile_test.go", "Dockerfile-debian.templ", "containerfile.dev",
	}
	for _, h := range hooks {
		files, exclude := regexp.MustCompile(h.Files), regexp.MustCompile(h.Exclude)
		for _, name := range names {
			for _, p := range []string{name, path.Join("svc", "api", name)} {
				hook := files.MatchString(p) && !exclude.MatchString(p)
				if want := IsDockerfileName(name); hook != want {
					t.Errorf("hook %s on %q: %v, discovery: %v", h.ID, p, hook, want)
				}
			}
		}
	}
}
