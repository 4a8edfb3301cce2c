package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitEndToEnd runs the real pre-commit on a repository that uses
// this tree's .pre-commit-hooks.yaml: pre-commit clones the hook repository,
// builds dockerfix with `go install`, and runs both hooks on a staged
// Dockerfile. The modules come from the local module cache (GOPROXY=off),
// so nothing touches the network. .ci/run installs pre-commit; elsewhere
// the test skips without it.
func TestPreCommitEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dockerfix through pre-commit")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("DOCKERFIX_REQUIRE_PRECOMMIT") != "" {
			t.Fatal("pre-commit is not installed")
		}
		t.Skip("pre-commit is not installed")
	}
	tmp := t.TempDir()
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "cache"),
		"GOPROXY=off", "GOFLAGS=-mod=mod", "GOMODCACHE="+goEnv(t, "GOMODCACHE"),
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull,
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
	)
	run := func(dir string, name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(dir string, name string, args ...string) string {
		t.Helper()
		out, err := run(dir, name, args...)
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return out
	}

	// The hook repository: this working tree as it is, committed.
	hooks := filepath.Join(tmp, "hooks")
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	files := must(root, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	for _, name := range strings.Split(strings.TrimRight(files, "\x00"), "\x00") {
		b, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := writeFile(filepath.Join(hooks, name), b); err != nil {
			t.Fatal(err)
		}
	}
	must(hooks, "git", "init", "-q")
	must(hooks, "git", "add", "-A")
	must(hooks, "git", "commit", "-q", "-m", "hooks")
	rev := strings.TrimSpace(must(hooks, "git", "rev-parse", "HEAD"))

	// The user's repository, with a Dockerfile staged.
	repo := filepath.Join(tmp, "repo")
	// A pinned date: support status must not drift with the calendar.
	config := "repos:\n  - repo: " + hooks + "\n    rev: " + rev + "\n    hooks:\n" +
		"      - id: dockerfix\n        args: [--date=2026-11-23]\n" +
		"      - id: dockerfix-fix\n        args: [--date=2026-11-23]\n"
	dockerfile := "FROM alpine:3.22\nMAINTAINER Jane <jane@example.com>\nRUN adduser -D -u 10001 app\nUSER app\nCMD ./server --port 8080\n"
	fixed := "FROM alpine:3.22\nLABEL org.opencontainers.image.authors=\"Jane <jane@example.com>\"\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD [\"./server\", \"--port\", \"8080\"]\n"
	if err := writeFile(filepath.Join(repo, ".pre-commit-config.yaml"), []byte(config)); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(filepath.Join(repo, "svc", "Dockerfile"), []byte(dockerfile)); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(filepath.Join(repo, "README.md"), []byte("not a Dockerfile\n")); err != nil {
		t.Fatal(err)
	}
	// A template is no Dockerfile until rendered: the hooks leave it alone.
	if err := writeFile(filepath.Join(repo, "svc", "Dockerfile.template"), []byte("FROM node:{{ env.variant }}\n")); err != nil {
		t.Fatal(err)
	}
	must(repo, "git", "init", "-q")
	must(repo, "git", "add", "-A")

	out, err := run(repo, "pre-commit", "run")
	if err == nil {
		t.Fatalf("first run passed; want both hooks to fail:\n%s", out)
	}
	for _, want := range []string{
		"svc/Dockerfile:2:1: warning DF401",
		"svc/Dockerfile:5:1: warning DF403",
		"- files were modified by this hook",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("first run: no %q in:\n%s", want, out)
		}
	}
	for _, other := range []string{"README.md", "Dockerfile.template"} {
		if strings.Contains(out, other) {
			t.Errorf("a hook ran on %s:\n%s", other, out)
		}
	}
	got, err := os.ReadFile(filepath.Join(repo, "svc", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != fixed {
		t.Errorf("fixed Dockerfile:\n%s\nwant:\n%s", got, fixed)
	}

	must(repo, "git", "add", "-A")
	if out, err := run(repo, "pre-commit", "run"); err != nil {
		t.Errorf("second run after the fix: %v\n%s", err, out)
	}
}

func goEnv(t *testing.T, key string) string {
	t.Helper()
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", key, err)
	}
	return strings.TrimSpace(string(out))
}
