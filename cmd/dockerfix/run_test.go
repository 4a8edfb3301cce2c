package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

// TestRefusedFixWarning runs --write with a rule whose fix would break the
// file (no shipped rule does): the CLI warns, writes the other fixes, and
// exits 1 because the file changed.
func TestRefusedFixWarning(t *testing.T) {
	breaker := &lint.Rule{ID: "T1", Name: "breaker", Severity: lint.Warning, Fix: lint.FixSafe,
		Check: func(p *lint.Pass) {
			r := p.File.Instructions[0].KeywordRange
			p.Report(lint.Diagnostic{Range: r, Message: "break FROM",
				Fixes: []lint.Fix{lint.Replace("Rename FROM", r, "FRM", true)}})
		}}
	dir := t.TempDir()
	path := filepath.Join(dir, "Dockerfile")
	if err := os.WriteFile(path, []byte("FROM alpine:3.24\nMAINTAINER me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	var stdout, stderr bytes.Buffer
	o := &options{
		mode: modeWrite, outputs: []output{{format: "text"}}, failLevel: lint.Info, paths: []string{path},
		rules:  []*lint.Rule{breaker, rules.Maintainer},
		config: &lint.Config{}, now: func() time.Time { return day },
		stdout: &stdout, stderr: &stderr,
	}
	if code := o.run(context.Background()); code != exitFindings {
		t.Errorf("exit %d, want %d\n%s%s", code, exitFindings, stdout.String(), stderr.String())
	}
	if want := `Dockerfile: warning: T1 fix "Rename FROM" not applied: the Dockerfile would not parse with it`; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr:\n%s\nwant %q", stderr.String(), want)
	}
	got, _ := os.ReadFile(path)
	if want := "FROM alpine:3.24\nLABEL org.opencontainers.image.authors=\"me\"\n"; string(got) != want {
		t.Errorf("written:\n%s\nwant:\n%s", got, want)
	}
}

func TestOnlineWarningLine(t *testing.T) {
	tests := []struct {
		msgs []string
		want string
	}{
		{nil, ""},
		{[]string{"index.docker.io: dial tcp: connection refused; not asked again in this run; the embedded data answers instead"},
			"dockerfix: warning: index.docker.io: dial tcp: connection refused; not asked again in this run; the embedded data answers instead"},
		{[]string{"index.docker.io: refused", "ghcr.io: refused"},
			"dockerfix: warning: index.docker.io: refused (and 1 more host failed too: ghcr.io)"},
		{[]string{"a: x", "b: x", "c: x", "d: x", "e: x", "f: x"},
			"dockerfix: warning: a: x (and 5 more hosts failed too: b, c, d, e, …)"},
	}
	for _, tt := range tests {
		if got := onlineWarningLine(tt.msgs); got != tt.want {
			t.Errorf("onlineWarningLine(%q) =\n %q\nwant\n %q", tt.msgs, got, tt.want)
		}
	}
}

// TestOnlineFallback: a failed OSV API is not answered for by the
// embedded catalog, and its warning says so.
func TestOnlineFallback(t *testing.T) {
	t.Setenv(osvAPIEnv, "http://127.0.0.1:8089")
	for host, want := range map[string]string{
		"api.osv.dev":     "the local OSV database, if any,",
		"127.0.0.1:8089":  "the local OSV database, if any,",
		"index.docker.io": "",
		"ghcr.io":         "",
	} {
		if got := onlineFallback(host); got != want {
			t.Errorf("onlineFallback(%q) = %q, want %q", host, got, want)
		}
	}
}
