package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/depstest"
	"github.com/dockerfix/dockerfix/internal/deps/pypi"
)

// TestExampleNodeAppOnline keeps examples/node-app/expected-online.diff
// equal to what `dockerfix --online --diff --unsafe-fixes --date
// 2026-11-23` prints there, with npm's registry faked on 127.0.0.1 (the
// packuments of internal/deps/npm/testdata/registry) and OSV's npm records
// in a local database (rules/testdata/osv/npm). Image registries are asked
// through a proxy that refuses: no request leaves 127.0.0.1. The fix,
// applied with --write to a copy, leaves a lockfile that npm accepts and
// that locks minimist at a fixed version.
func TestExampleNodeAppOnline(t *testing.T) {
	if _, err := exec.LookPath("dockerfix"); err != nil {
		t.Fatalf("the test binary is not installed as dockerfix by testscript.Main: %v", err)
	}
	example, _ := filepath.Abs(filepath.Join("..", "..", "examples", "node-app"))
	env := onlineExampleEnv(t)

	out, code := runOnlineExample(t, example, env, "--diff")
	checkExampleDiff(t, example, "expected-online.diff", out, code, "a/Dockerfile", "a/package.json", "a/package-lock.json")

	// Applied, the project locks a fixed minimist and npm accepts it.
	dir := copyExample(t, example, "Dockerfile", "package.json", "package-lock.json", "server.js")
	runOnlineExample(t, dir, env, "--write")
	var lock struct {
		Packages map[string]struct{ Version string } `json:"packages"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "package-lock.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &lock); err != nil {
		t.Fatal(err)
	}
	if v := lock.Packages["node_modules/minimist"].Version; v != "1.2.8" {
		t.Errorf("after --write, minimist is locked at %q, want 1.2.8 (fixed)", v)
	}
	if df, _ := os.ReadFile(filepath.Join(dir, "Dockerfile")); bytes.Contains(df, []byte("minimist")) {
		t.Errorf("after --write, the Dockerfile still pins minimist:\n%s", df)
	}
	if again, code := runOnlineExample(t, dir, env, "--diff"); code == exitFindings && strings.Contains(again, "package") {
		t.Errorf("a second run changes the manifests again:\n%s", again)
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Log("npm is not installed: the written lockfile is not checked by npm ls")
		return
	}
	ls := exec.Command(npm, "ls", "--all", "--package-lock-only", "--offline")
	ls.Dir = dir
	ls.Env = append(os.Environ(), "npm_config_cache="+t.TempDir(), "npm_config_update_notifier=false", "npm_config_registry=http://127.0.0.1:9/")
	if b, err := ls.CombinedOutput(); err != nil {
		t.Errorf("npm ls --package-lock-only: %v\n%s", err, b)
	}
}

// TestExamplePythonAppOnline keeps examples/python-app/expected-online.diff
// equal to what `dockerfix --online --diff --unsafe-fixes --date
// 2026-11-23` prints there, with PyPI's JSON API faked on 127.0.0.1 (the
// documents of internal/deps/pypi/testdata/registry) and OSV's PyPI
// records in a local database (rules/testdata/osv/PyPI). The fix, applied
// with --write to a copy, leaves requirements that pin fixed versions and
// fit together: every pin meets what the others' requires_dist ask of it.
func TestExamplePythonAppOnline(t *testing.T) {
	example, _ := filepath.Abs(filepath.Join("..", "..", "examples", "python-app"))
	env := onlineExampleEnv(t)

	out, code := runOnlineExample(t, example, env, "--diff")
	checkExampleDiff(t, example, "expected-online.diff", out, code, "a/Dockerfile", "a/requirements.in", "a/requirements.txt")

	dir := copyExample(t, example, "Dockerfile", "requirements.in", "requirements.txt", "app.py")
	runOnlineExample(t, dir, env, "--write")
	if df, _ := os.ReadFile(filepath.Join(dir, "Dockerfile")); bytes.Contains(df, []byte("urllib3")) {
		t.Errorf("after --write, the Dockerfile still pins urllib3:\n%s", df)
	}
	if again, code := runOnlineExample(t, dir, env, "--diff"); code == exitFindings && strings.Contains(again, "requirements") {
		t.Errorf("a second run changes the requirements again:\n%s", again)
	}
	var registryURL string
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "DOCKERFIX_TEST_CONFIG="); ok {
			b, _ := os.ReadFile(v)
			for _, l := range strings.Split(string(b), "\n") {
				if u, ok := strings.CutPrefix(l, "pypi-registry: "); ok {
					registryURL = u
				}
			}
		}
	}
	eco := pypi.Ecosystem{Fetcher: &deps.HTTPFetcher{}, Registry: registryURL}
	project, err := eco.Load(depstest.Dir(dir), "requirements.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := project.(*pypi.Project).Check(context.Background()); err != nil {
		t.Errorf("the written requirements do not fit together: %v", err)
	}
	fixed := map[string]string{"requests": "2.31.0", "urllib3": "2.2.3"}
	g := project.Graph()
	for name, v := range fixed {
		nodes := g.Find(name)
		if len(nodes) != 1 || g.Nodes[nodes[0]].Version != v {
			t.Errorf("after --write, %s is pinned at %v, want %s", name, nodes, v)
		}
	}
}

// checkExampleDiff checks a diff dockerfix printed in example: a diff's
// exit code, a section for each of files, and the bytes of the example's
// expected diff (rewritten with -update-examples).
func checkExampleDiff(t *testing.T, example, expected, out string, code int, files ...string) {
	t.Helper()
	if code != exitFindings {
		t.Errorf("exit %d, want 1 (a diff)", code)
	}
	for _, f := range files {
		if !strings.Contains(out, "--- "+f+"\n") {
			t.Errorf("the diff has no %s", f)
		}
	}
	want := filepath.Join(example, expected)
	if *updateExamples {
		if err := os.WriteFile(want, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	} else if b, err := os.ReadFile(want); err != nil {
		t.Fatal(err)
	} else if string(b) != out {
		t.Errorf("the diff in %s:\n%s\nwant (%s):\n%s", example, out, expected, b)
	}
}

// copyExample copies the named files (slash paths) of example into a new
// folder, to be fixed there, and returns it.
func copyExample(t *testing.T, example string, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(example, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// onlineExampleEnv is the environment of an --online run that stays on
// 127.0.0.1: the fake npm registry and PyPI JSON API (named by a config
// file), the local OSV database, empty caches, and a refusing proxy for
// everything else.
func onlineExampleEnv(t *testing.T) []string {
	t.Helper()
	registry := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, "/pypi/"); ok {
			// /pypi/<name>/json and /pypi/<name>/<version>/json.
			parts := strings.Split(strings.TrimSuffix(rest, "/json"), "/")
			file := filepath.Join(append([]string{"..", "..", "internal", "deps", "pypi", "testdata", "registry"}, parts...)...) + ".json"
			b, err := os.ReadFile(file)
			if err != nil || !strings.HasSuffix(rest, "/json") || len(parts) > 2 || slices.Contains(parts, "..") {
				http.NotFound(w, r)
				return
			}
			w.Write(b)
			return
		}
		name := strings.ReplaceAll(strings.TrimPrefix(r.URL.EscapedPath(), "/"), "%2f", "/")
		b, err := os.ReadFile(filepath.Join("..", "..", "internal", "deps", "npm", "testdata", "registry", filepath.FromSlash(name)+".json"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Write(b)
	}))
	t.Cleanup(registry.Close)

	osvDir := localOSVDB(t, "npm", "PyPI")

	config := filepath.Join(t.TempDir(), "dockerfix.yaml")
	if err := os.WriteFile(config, []byte("npm-registry: "+registry.URL+"/\npypi-registry: "+registry.URL+"/pypi/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A port that refuses: image registries fail at once.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	proxy := "http://" + ln.Addr().String()
	ln.Close()
	home := t.TempDir()
	return append(os.Environ(),
		"DOCKERFIX_TEST_CONFIG="+config,
		"HTTPS_PROXY="+proxy, "HTTP_PROXY="+proxy, "https_proxy="+proxy, "http_proxy="+proxy, "NO_PROXY=", "no_proxy=",
		"HOME="+home, "XDG_CACHE_HOME="+filepath.Join(home, ".cache"), "DOCKER_CONFIG="+filepath.Join(home, ".docker"),
		"OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY="+osvDir, "NO_COLOR=1")
}

// runOnlineExample runs the installed test binary as dockerfix --online in
// dir and returns its standard output and exit code.
func runOnlineExample(t *testing.T, dir string, env []string, mode string) (string, int) {
	t.Helper()
	var config string
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "DOCKERFIX_TEST_CONFIG="); ok {
			config = v
		}
	}
	return runExample(t, dir, env, "--online", "--unsafe-fixes", "--config", config, mode)
}

// runExample runs the installed test binary as `dockerfix --no-color
// --date 2026-11-23 args…` in dir and returns its standard output and
// exit code; exit code 2 fails the test.
func runExample(t *testing.T, dir string, env []string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command("dockerfix", append([]string{"--no-color", "--date", "2026-11-23"}, args...)...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	code := cmd.ProcessState.ExitCode()
	if code == 2 {
		t.Fatalf("dockerfix %s in %s: exit 2\n%s", strings.Join(args, " "), dir, stderr.String())
	}
	return stdout.String(), code
}

// localOSVDB writes a local OSV database of the records in
// rules/testdata/osv/<ecosystem>, for each of the ecosystems, where
// osv-scanner keeps its offline databases, for
// OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY, and returns it.
func localOSVDB(t *testing.T, ecosystems ...string) string {
	t.Helper()
	osvDir := t.TempDir()
	for _, ecosystem := range ecosystems {
		records, _ := filepath.Glob(filepath.Join("..", "..", "rules", "testdata", "osv", ecosystem, "*.json"))
		if len(records) == 0 {
			t.Fatalf("no OSV records in rules/testdata/osv/%s", ecosystem)
		}
		var zbuf bytes.Buffer
		zw := zip.NewWriter(&zbuf)
		for _, r := range records {
			b, err := os.ReadFile(r)
			if err != nil {
				t.Fatal(err)
			}
			f, _ := zw.Create(filepath.Base(r))
			f.Write(b)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(osvDir, "osv-scalibr", ecosystem), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(osvDir, "osv-scalibr", ecosystem, "all.zip"), zbuf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return osvDir
}

// TestSubdirDockerfileOnline: a Dockerfile in docker/ that is built from
// the repository's root copies the manifests from there; the bump edits
// them there, walked (dockerfix --write) or named as pre-commit names it.
func TestSubdirDockerfileOnline(t *testing.T) {
	if _, err := exec.LookPath("dockerfix"); err != nil {
		t.Fatalf("the test binary is not installed as dockerfix by testscript.Main: %v", err)
	}
	example, _ := filepath.Abs(filepath.Join("..", "..", "examples", "node-app"))
	env := onlineExampleEnv(t)
	var config string
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "DOCKERFIX_TEST_CONFIG="); ok {
			config = v
		}
	}
	for _, named := range []bool{false, true} {
		dir := copyExample(t, example, "package.json", "package-lock.json", "server.js")
		df, err := os.ReadFile(filepath.Join(example, "Dockerfile"))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{".git", "docker"} {
			if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "docker", "Dockerfile"), df, 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"--online", "--unsafe-fixes", "--config", config}
		if named {
			args = append(args, "docker/Dockerfile")
		}
		out, _ := runExample(t, dir, env, append([]string{"--diff"}, args...)...)
		for _, f := range []string{"a/docker/Dockerfile", "a/package.json", "a/package-lock.json"} {
			if !strings.Contains(out, "--- "+f+"\n") {
				t.Errorf("named %v: the diff has no %s:\n%s", named, f, out)
			}
		}
		runExample(t, dir, env, append([]string{"--write"}, args...)...)
		lock, _ := os.ReadFile(filepath.Join(dir, "package-lock.json"))
		if !bytes.Contains(lock, []byte(`"version": "1.2.8"`)) {
			t.Errorf("named %v: after --write, the lockfile at the root does not lock minimist 1.2.8", named)
		}
		if df, _ := os.ReadFile(filepath.Join(dir, "docker", "Dockerfile")); bytes.Contains(df, []byte("minimist")) {
			t.Errorf("named %v: after --write, the Dockerfile still pins minimist:\n%s", named, df)
		}
		if again, _ := runExample(t, dir, env, append([]string{"--diff"}, args...)...); strings.Contains(again, "package") {
			t.Errorf("named %v: a second run changes the manifests again:\n%s", named, again)
		}
	}
}
