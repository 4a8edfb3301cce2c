package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/internal/deps/gomod/gomodtest"
)

// TestExampleGoService keeps examples/go-service/expected-goproxy.diff
// equal to what `dockerfix --diff --unsafe-fixes --date 2026-11-23`
// prints there with GOPROXY a file:// proxy of the modules in
// internal/deps/gomod/testdata/mod (built by the test; GONOSUMDB exempts
// them from the checksum database) and OSV's Go records of
// rules/testdata/osv/Go in a local database. A file:// proxy is local
// data: no --online. The fix, applied with --write to a copy, leaves a
// module whose build selects a fixed htmlparse, and that the real go
// builds with -mod=readonly against the proxy, verifies and would not
// tidy further.
func TestExampleGoService(t *testing.T) {
	if _, err := exec.LookPath("dockerfix"); err != nil {
		t.Fatalf("the test binary is not installed as dockerfix by testscript.Main: %v", err)
	}
	example, _ := filepath.Abs(filepath.Join("..", "..", "examples", "go-service"))
	proxy := t.TempDir()
	if err := gomodtest.WriteProxy(proxy, filepath.Join("..", "..", "internal", "deps", "gomod", "testdata", "mod")); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	env := append(os.Environ(),
		"GOPROXY="+gomodtest.URL(proxy), "GONOSUMDB=example.com", "GOFLAGS=", "GOPRIVATE=", "GONOPROXY=", "GOSUMDB=",
		"HOME="+home, "XDG_CACHE_HOME="+filepath.Join(home, ".cache"), "DOCKER_CONFIG="+filepath.Join(home, ".docker"),
		"OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY="+localOSVDB(t, "Go"), "NO_COLOR=1")

	report, _ := runExample(t, example, env)
	for _, want := range []string{
		"Dockerfile:6:1: warning DF303 go.mod selects example.com/htmlparse v0.17.0, affected by a known vulnerability (GO-2099-0001); it comes through example.com/httpkit [unsafe fix: Bump example.com/httpkit v1.2.0 → v1.3.0 in go.mod and go.sum (the build then selects example.com/htmlparse v0.23.0) and drop the RUN pin]",
		"Dockerfile:9:5: warning DF302 go get example.com/htmlparse@v0.23.0 patches the app's dependency tree outside go.mod; bump the direct dependency that brings it in; go.mod selects example.com/htmlparse v0.17.0 through example.com/httpkit [unsafe fix: Bump",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report has no %q:\n%s", want, report)
		}
	}

	out, code := runExample(t, example, env, "--diff", "--unsafe-fixes")
	checkExampleDiff(t, example, "expected-goproxy.diff", out, code, "a/Dockerfile", "a/go.mod", "a/go.sum")

	// Applied, the build selects a fixed htmlparse and go accepts it all.
	dir := copyExample(t, example, "Dockerfile", "go.mod", "go.sum", "cmd/api/main.go")
	runExample(t, dir, env, "--write", "--unsafe-fixes")
	if df, _ := os.ReadFile(filepath.Join(dir, "Dockerfile")); bytes.Contains(df, []byte("go get")) {
		t.Errorf("after --write, the Dockerfile still pins htmlparse:\n%s", df)
	}
	if again, code := runExample(t, dir, env, "--diff", "--unsafe-fixes"); code == exitFindings && strings.Contains(again, "go.") {
		t.Errorf("a second run changes go.mod or go.sum again:\n%s", again)
	}
	goCmd, err := gomodtest.GoCommand()
	if err != nil {
		t.Skip("no go command: the written go.mod and go.sum are not checked by go")
	}
	goEnv := gomodtest.GoEnv(gomodtest.URL(proxy), t.TempDir())
	for _, args := range append(gomodtest.Checks, []string{"list", "-m", "example.com/htmlparse"}) {
		cmd := exec.Command(goCmd, args...)
		cmd.Dir = dir
		cmd.Env = goEnv
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		if args[0] == "list" && strings.TrimSpace(string(b)) != "example.com/htmlparse v0.23.0" {
			t.Errorf("after --write, the build selects %q, want example.com/htmlparse v0.23.0 (fixed)", b)
		}
	}
}
