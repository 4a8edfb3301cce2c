package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// buildReviewdog builds the reviewdog that testdata/reviewdog.version
// names, offline, from the module cache, and returns its path. It skips
// with the reason when Go cannot build it (the modules are not cached), or
// fails when DOCKERFIX_REQUIRE_REVIEWDOG is set, as .ci/run sets it after
// downloading them. The version is the newest whose dependencies the Go
// proxy serves here: v0.21's are not all on it.
func buildReviewdog(t *testing.T) string {
	t.Helper()
	skip := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("DOCKERFIX_REQUIRE_REVIEWDOG") != "" {
			t.Fatalf(format, args...)
		}
		t.Skipf(format, args...)
	}
	if testing.Short() {
		t.Skip("builds reviewdog")
	}
	if _, err := exec.LookPath("go"); err != nil {
		skip("no go command to build reviewdog with: %v", err)
	}
	b, err := os.ReadFile("testdata/reviewdog.version")
	if err != nil {
		t.Fatal(err)
	}
	version := strings.TrimSpace(string(b))
	dir := t.TempDir()
	gomod := "module reviewdogbuild\n\ngo 1.21\n\nrequire github.com/reviewdog/reviewdog " + version + "\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "reviewdog")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/reviewdog/reviewdog/cmd/reviewdog")
	cmd.Dir = dir
	// Offline: the module cache was checked when it was filled, so the
	// checksum database is not asked again.
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOSUMDB=off", "GOTOOLCHAIN=local", "GOWORK=off",
		"GOMODCACHE="+goEnv(t, "GOMODCACHE"))
	if out, err := cmd.CombinedOutput(); err != nil {
		skip("cannot build reviewdog %s from the module cache (.ci/run downloads it: see there): %v\n%s", version, err, out)
	}
	return bin
}

// runDockerfix runs the CLI in dir and returns its stdout.
func runDockerfix(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), append([]string{"dockerfix", "--date", "2026-11-20"}, args...), nil, &stdout, &stderr)
	if code != exitFindings {
		t.Fatalf("dockerfix %v: exit %d\n%s", args, code, stderr.String())
	}
	return stdout.Bytes()
}

// runReviewdog pipes in into reviewdog in dir, and returns its stdout.
func runReviewdog(t *testing.T, bin, dir string, in []byte, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir, cmd.Stdin = dir, bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("reviewdog %v: %v\n%s", args, err, stderr.String())
	}
	return string(out)
}

// rdDiagnostic is what the test compares of a diagnostic; reviewdog
// leaves out empty values (a deleting suggestion's text).
type rdDiagnostic struct {
	Message  string
	Location rdLocation
	Severity string
	Code     struct{ Value, URL string }
	// Suggestions and related locations, one field each.
	Suggestions []struct {
		Range rdRange
		Text  string
	}
	RelatedLocations []struct {
		Message  string
		Location rdLocation
	} `json:"related_locations"`
}

type rdLocation struct {
	Path  string
	Range rdRange
}

type rdRange struct{ Start, End struct{ Line, Column int } }

func parseLines(t *testing.T, s string) []rdDiagnostic {
	t.Helper()
	var out []rdDiagnostic
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var d rdDiagnostic
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		out = append(out, d)
	}
	return out
}

// TestReviewdog pipes dockerfix's rdjson, rdjsonl, sarif and diff output
// into the real reviewdog: it reads every diagnostic, and its rdjsonl
// reporter gives back the same messages, locations, codes, related
// locations and suggestions dockerfix wrote.
func TestReviewdog(t *testing.T) {
	bin := buildReviewdog(t)
	dir := t.TempDir()
	const dockerfile = "FROM node:24-alpine\nMAINTAINER Zoë ⚓ <z@example.com>\nCMD node a.js\nCMD [\"node\", \"server.js\"]\n"
	if err := os.WriteFile(filepath.Join(dir, "Dockerfile"), []byte(dockerfile), 0o644); err != nil {
		t.Fatal(err)
	}
	want := parseLines(t, string(runDockerfix(t, dir, "--format", "rdjsonl", "Dockerfile")))
	if len(want) != 4 {
		t.Fatalf("%d diagnostics, want 4 (DF201, DF401, DF402, DF403)", len(want))
	}
	suggestions := 0
	for _, d := range want {
		if len(d.Suggestions) > 0 {
			suggestions++
		}
	}
	if suggestions != 3 {
		t.Errorf("%d suggestions, want 3 (DF401, DF402, DF403; DF201 inserts away from its line)", suggestions)
	}
	for _, format := range []string{"rdjson", "rdjsonl"} {
		out := runDockerfix(t, dir, "--format", format, "Dockerfile")
		// The local reporter prints each diagnostic as it read it.
		local := strings.Split(strings.TrimSpace(runReviewdog(t, bin, dir, out, "-f="+format, "-reporter=local", "-filter-mode=nofilter")), "\n")
		if len(local) != len(want) {
			t.Errorf("%s: reviewdog -reporter=local shows %d diagnostics, want %d:\n%s", format, len(local), len(want), strings.Join(local, "\n"))
		}
		for i := range min(len(local), len(want)) {
			if code := want[i].Code.Value; !strings.Contains(local[i], code) {
				t.Errorf("%s: reviewdog -reporter=local line %d does not name %s: %s", format, i+1, code, local[i])
			}
		}
		got := parseLines(t, runReviewdog(t, bin, dir, out, "-f="+format, "-reporter=rdjsonl", "-filter-mode=nofilter"))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: reviewdog read\n%+v\nwant\n%+v", format, got, want)
		}
	}
	// reviewdog also reads SARIF: every result, with its rule.
	sarif := runDockerfix(t, dir, "--format", "sarif", "Dockerfile")
	fromSARIF := parseLines(t, runReviewdog(t, bin, dir, sarif, "-f=sarif", "-reporter=rdjsonl", "-filter-mode=nofilter"))
	if len(fromSARIF) != len(want) {
		t.Errorf("reviewdog -f=sarif read %d results, want %d", len(fromSARIF), len(want))
	}
	for i := range min(len(fromSARIF), len(want)) {
		if g, w := fromSARIF[i], want[i]; g.Code != w.Code || g.Location.Path != "Dockerfile" || g.Location.Range.Start.Line != w.Location.Range.Start.Line {
			t.Errorf("reviewdog -f=sarif result %d: %+v, want the code and line of %+v", i, g, w)
		}
	}
	// --diff's output is what reviewdog -f=diff reads as suggestions.
	diff := runDockerfix(t, dir, "--diff", "Dockerfile")
	fromDiff := parseLines(t, runReviewdog(t, bin, dir, diff, "-f=diff", "-reporter=rdjsonl", "-filter-mode=nofilter"))
	if len(fromDiff) != 1 || fromDiff[0].Location.Path != "Dockerfile" || len(fromDiff[0].Suggestions) != 1 ||
		!strings.HasPrefix(fromDiff[0].Suggestions[0].Text, `LABEL org.opencontainers.image.authors="Zoë ⚓ <z@example.com>"`) {
		t.Errorf("reviewdog -f=diff read %+v", fromDiff)
	}
}
