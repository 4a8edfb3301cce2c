package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/dockerfix/dockerfix/internal/images"
)

// TestOwnDockerfilesLintClean: dockerfix's own image definitions lint
// clean, judged on the embedded catalog's date so that the answer does not
// move with the calendar; the image runs the binary as its entrypoint on
// distroless's nonroot base.
func TestOwnDockerfilesLintClean(t *testing.T) {
	cat, err := images.Load()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), []string{"dockerfix", "--date", cat.SnapshotDate(), "../../Dockerfile", "../../release.Dockerfile"}, nil, &stdout, &stderr)
	if code != exitOK || stdout.String() != "0 findings in 2 files\n" {
		t.Errorf("dockerfix on its own Dockerfiles: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	for _, name := range []string{"Dockerfile", "release.Dockerfile"} {
		src := readRepoFile(t, name)
		froms := regexp.MustCompile(`(?m)^FROM (\S+)`).FindAllStringSubmatch(src, -1)
		if len(froms) == 0 || !regexp.MustCompile(`^gcr\.io/distroless/static-debian[0-9]+:nonroot$`).MatchString(froms[len(froms)-1][1]) {
			t.Errorf("%s: the final stage is not distroless static :nonroot: %v", name, froms)
		}
		if !strings.Contains(src, "\nENTRYPOINT [\"/usr/local/bin/dockerfix\"]\n") {
			t.Errorf("%s: the entrypoint is not the dockerfix binary", name)
		}
	}
	if !strings.Contains(readRepoFile(t, "Dockerfile"), "-X main.stampedVersion=${VERSION}") {
		t.Error("Dockerfile does not stamp its VERSION argument into main.stampedVersion")
	}
}

func readRepoFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// goreleaserConfig is the part of .goreleaser.yaml the tests read.
type goreleaserConfig struct {
	Version int `yaml:"version"`
	Builds  []struct {
		Main    string   `yaml:"main"`
		Goos    []string `yaml:"goos"`
		Goarch  []string `yaml:"goarch"`
		Ldflags []string `yaml:"ldflags"`
	} `yaml:"builds"`
	Checksum struct {
		NameTemplate string `yaml:"name_template"`
	} `yaml:"checksum"`
	DockersV2 []struct {
		Dockerfile string   `yaml:"dockerfile"`
		Images     []string `yaml:"images"`
		Tags       []string `yaml:"tags"`
		Platforms  []string `yaml:"platforms"`
	} `yaml:"dockers_v2"`
}

func loadGoreleaser(t *testing.T) goreleaserConfig {
	t.Helper()
	var c goreleaserConfig
	if err := yaml.Unmarshal([]byte(readRepoFile(t, ".goreleaser.yaml")), &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGoreleaserConfig checks what a release must hold: the binaries of
// three systems on two architectures, checksums, the version stamp and
// the image.
func TestGoreleaserConfig(t *testing.T) {
	c := loadGoreleaser(t)
	if c.Version != 2 || len(c.Builds) != 1 {
		t.Fatalf("want GoReleaser config version 2 with one build, got version %d, %d builds", c.Version, len(c.Builds))
	}
	b := c.Builds[0]
	slices.Sort(b.Goos)
	slices.Sort(b.Goarch)
	if b.Main != "./cmd/dockerfix" || !slices.Equal(b.Goos, []string{"darwin", "linux", "windows"}) || !slices.Equal(b.Goarch, []string{"amd64", "arm64"}) {
		t.Errorf("build: main %s, goos %v, goarch %v", b.Main, b.Goos, b.Goarch)
	}
	if !strings.Contains(strings.Join(b.Ldflags, " "), "-X main.stampedVersion=v{{ .Version }}") {
		t.Errorf("ldflags %q do not stamp main.stampedVersion", b.Ldflags)
	}
	if c.Checksum.NameTemplate == "" {
		t.Error("no checksum file")
	}
	if len(c.DockersV2) != 1 || c.DockersV2[0].Dockerfile != "release.Dockerfile" || len(c.DockersV2[0].Images) == 0 ||
		!slices.Contains(c.DockersV2[0].Tags, "v{{ .Version }}") {
		t.Errorf("image: %+v", c.DockersV2)
	}
	if _, err := os.Stat("../../release.Dockerfile"); err != nil {
		t.Error(err)
	}
}

// buildDockerfix builds the command with the release's ldflags, as
// GoReleaser would, for version; it skips without a go command.
func buildDockerfix(t *testing.T, version string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds dockerfix")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("no go command: %v", err)
	}
	c := loadGoreleaser(t)
	ldflags := strings.ReplaceAll(strings.Join(c.Builds[0].Ldflags, " "), "{{ .Version }}", version)
	bin := filepath.Join(t.TempDir(), "dockerfix")
	cmd := exec.Command("go", "build", "-ldflags", ldflags, "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build -ldflags %q: %v\n%s", ldflags, err, out)
	}
	return bin
}

// TestVersionStamp: a release build's --version prints the version that
// GoReleaser's ldflags stamp.
func TestVersionStamp(t *testing.T) {
	bin := buildDockerfix(t, "9.8.7-rc.1")
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(out), "dockerfix v9.8.7-rc.1 (catalog: ") {
		t.Errorf("--version printed %q", out)
	}
}

// TestGoreleaserCheck runs `goreleaser check` on .goreleaser.yaml: the
// version testdata/goreleaser.version names, offline, from the module
// cache as a proxy (go run asks the proxy about the module). .ci/run
// downloads and builds it first and sets DOCKERFIX_REQUIRE_GORELEASER;
// without that, a machine whose cache lacks it skips.
func TestGoreleaserCheck(t *testing.T) {
	skip := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("DOCKERFIX_REQUIRE_GORELEASER") != "" {
			t.Fatalf(format, args...)
		}
		t.Skipf(format, args...)
	}
	if testing.Short() {
		t.Skip("runs goreleaser")
	}
	if _, err := exec.LookPath("go"); err != nil {
		skip("no go command to run goreleaser with: %v", err)
	}
	version := strings.TrimSpace(readRepoFile(t, "cmd/dockerfix/testdata/goreleaser.version"))
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".goreleaser.yaml"), []byte(readRepoFile(t, ".goreleaser.yaml")), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "github.com/goreleaser/goreleaser/v2@"+version, "check")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=file://"+filepath.ToSlash(filepath.Join(goEnv(t, "GOMODCACHE"), "cache", "download")),
		"GOSUMDB=off", "GOTOOLCHAIN=local", "GOWORK=off", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err != nil && bytes.Contains(out, []byte("go: ")) && !bytes.Contains(out, []byte("checking")) {
		skip("cannot run goreleaser %s from the module cache (.ci/run downloads it): %v\n%s", version, err, out)
	}
	if err != nil || !bytes.Contains(out, []byte("1 configuration file(s) validated")) {
		t.Errorf("goreleaser check: %v\n%s", err, out)
	}
}

// actionFile is the part of action.yml the tests read.
type actionFile struct {
	Name, Description string
	Inputs            map[string]struct {
		Description string
		Default     *string
	}
	Outputs map[string]struct{ Value string }
	Runs    struct {
		Using string
		Steps []map[string]any
	}
}

// TestActionFile checks action.yml's shape: the inputs the issue names, each
// used by a step, no step using an undeclared one, and the run script
// that handles every mode the mode input names.
func TestActionFile(t *testing.T) {
	src := readRepoFile(t, "action.yml")
	var a actionFile
	if err := yaml.Unmarshal([]byte(src), &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Name == "" || a.Description == "" || a.Runs.Using != "composite" || len(a.Runs.Steps) == 0 {
		t.Fatalf("action.yml: name %q, description %q, runs.using %q, %d steps", a.Name, a.Description, a.Runs.Using, len(a.Runs.Steps))
	}
	for _, name := range []string{"mode", "paths", "fail-level", "unsafe-fixes", "config", "sarif-file", "token"} {
		in, ok := a.Inputs[name]
		if !ok || in.Description == "" || in.Default == nil {
			t.Errorf("input %s: missing, or without a description and default", name)
		}
	}
	steps, err := yaml.Marshal(a.Runs.Steps)
	if err != nil {
		t.Fatal(err)
	}
	for name := range a.Inputs {
		if !strings.Contains(string(steps), "${{ inputs."+name+" }}") {
			t.Errorf("input %s is used by no step", name)
		}
	}
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(string(steps), -1) {
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("a step uses the undeclared input %s", m[1])
		}
	}
	for name, out := range a.Outputs {
		if !strings.Contains(out.Value, "steps.run.outputs."+name) {
			t.Errorf("output %s: %q", name, out.Value)
		}
	}
	script := readRepoFile(t, "action/run.sh")
	for _, mode := range []string{"review", "sarif", "check"} {
		if !strings.Contains(a.Inputs["mode"].Description, mode+":") || !strings.Contains(script, "\n"+mode+")\n") {
			t.Errorf("mode %s: not described in action.yml, or not handled by action/run.sh", mode)
		}
	}
	if !strings.Contains(string(steps), "action/run.sh") || !strings.Contains(string(steps), "ghcr.io/dockerfix/dockerfix:") ||
		!strings.Contains(string(steps), "go install") {
		t.Error("action.yml runs neither action/run.sh, the released image nor the go install fallback")
	}
}

// TestActionRun runs action/run.sh as the action does, with a real
// dockerfix built as a release is: each mode's command line, exit code and
// outputs; the image path with a stand-in docker.
func TestActionRun(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skipf("no bash: %v", err)
	}
	script, err := filepath.Abs("../../action/run.sh")
	if err != nil {
		t.Fatal(err)
	}
	bin := buildDockerfix(t, "1.0.0")
	dir, srv := setUpReview(t)

	run := func(env map[string]string) (int, string, string, string) {
		t.Helper()
		outputs := filepath.Join(t.TempDir(), "outputs")
		cmd := exec.Command(bash, script)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GITHUB_OUTPUT="+outputs, "GITHUB_WORKSPACE="+dir, "DOCKERFIX_BIN="+bin)
		for k, v := range env {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		code := 0
		if err := cmd.Run(); err != nil {
			ee, ok := err.(*exec.ExitError)
			if !ok {
				t.Fatal(err)
			}
			code = ee.ExitCode()
		}
		out, _ := os.ReadFile(outputs)
		for _, s := range []string{stdout.String(), stderr.String(), string(out)} {
			if strings.Contains(s, reviewToken) {
				t.Errorf("the token is in the action's output:\n%s", s)
			}
		}
		return code, stdout.String(), stderr.String(), string(out)
	}

	// check: annotations, and exit 1 on findings.
	code, stdout, _, outputs := run(map[string]string{"INPUT_MODE": "check", "INPUT_PATHS": "svc\n"})
	if code != 1 || !strings.HasPrefix(stdout, "::warning file=svc/api.Dockerfile,line=1,") || outputs != "exit-code=1\n" {
		t.Errorf("check: exit %d, outputs %q\n%s", code, outputs, stdout)
	}
	// fail-level error: the same findings pass.
	if code, _, stderr, outputs := run(map[string]string{"INPUT_MODE": "check", "INPUT_FAIL_LEVEL": "error"}); code != 0 || outputs != "exit-code=0\n" {
		t.Errorf("check, fail-level error: exit %d, outputs %q\n%s", code, outputs, stderr)
	}
	// sarif: the report, the text on stdout, and no failure for findings.
	code, stdout, stderr, outputs := run(map[string]string{"INPUT_MODE": "sarif", "INPUT_PATHS": "Dockerfile svc/api.Dockerfile", "INPUT_UNSAFE_FIXES": "true"})
	if code != 0 || outputs != "exit-code=1\nsarif-file=dockerfix.sarif\n" || !regexp.MustCompile(`\d+ findings in 2 files, \d+ fixable with --write\n$`).MatchString(stdout) {
		t.Errorf("sarif: exit %d, outputs %q\n%s%s", code, outputs, stdout, stderr)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "dockerfix.sarif")); err != nil || !bytes.Contains(b, []byte(`"ruleId": "DF101"`)) {
		t.Errorf("sarif: the report: %v\n%.300s", err, b)
	}
	// review: the pull request's review, on the fake API.
	code, _, stderr, outputs = run(map[string]string{"INPUT_MODE": "review", "INPUT_UNSAFE_FIXES": "true"})
	if code != 1 || outputs != "exit-code=1\n" || len(srv.Posted()) != 1 || len(srv.Posted()[0].Comments) != 5 {
		t.Errorf("review: exit %d, outputs %q, %d reviews\n%s", code, outputs, len(srv.Posted()), stderr)
	}
	// Bad inputs: one annotation, exit 2.
	for _, env := range []map[string]string{{"INPUT_MODE": "fix"}, {"INPUT_UNSAFE_FIXES": "yes"}} {
		if code, stdout, _, _ := run(env); code != 2 || !strings.HasPrefix(stdout, "::error title=dockerfix::") {
			t.Errorf("%v: exit %d, %q", env, code, stdout)
		}
	}

	// With an image, docker runs it: the workspace and the event mounted
	// at their paths, as the runner's user. A stand-in docker records its
	// arguments.
	fake := t.TempDir()
	record := filepath.Join(fake, "args")
	if err := os.WriteFile(filepath.Join(fake, "docker"), []byte("#!/bin/sh\nprintf '%s\\n' \"$@\" > "+record+"\nexit 1\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, _, outputs = run(map[string]string{"INPUT_MODE": "check", "DOCKERFIX_IMAGE": "ghcr.io/dockerfix/dockerfix:v1.0.0", "PATH": fake + string(os.PathListSeparator) + os.Getenv("PATH")})
	args, _ := os.ReadFile(record)
	uid, gid := os.Getuid(), os.Getgid()
	event := os.Getenv("GITHUB_EVENT_PATH")
	want := strings.Join([]string{"run", "--rm", "--user", strconv.Itoa(uid) + ":" + strconv.Itoa(gid),
		"-v", dir + ":" + dir, "-w", dir,
		"-e", "GITHUB_TOKEN", "-e", "GITHUB_REPOSITORY", "-e", "GITHUB_API_URL", "-e", "GITHUB_EVENT_PATH",
		"-v", event + ":" + event + ":ro",
		"ghcr.io/dockerfix/dockerfix:v1.0.0", "--format", "github", "--", "."}, "\n") + "\n"
	if code != 1 || outputs != "exit-code=1\n" || string(args) != want {
		t.Errorf("with an image: exit %d, outputs %q, docker\n%s\nwant\n%s", code, outputs, args, want)
	}
}
