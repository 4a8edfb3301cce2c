package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

func TestSummaryLine(t *testing.T) {
	tests := []struct {
		s      Summary
		unsafe bool
		want   string
	}{
		{Summary{Files: 1}, false, "0 findings in 1 file"},
		{Summary{Files: 2, Findings: 1}, false, "1 finding in 2 files"},
		{Summary{Files: 1, Findings: 3, Fixable: 2}, false, "3 findings in 1 file, 2 fixable with --write"},
		{Summary{Files: 1, Findings: 3, Fixable: 0, UnsafeFixable: 1}, false, "3 findings in 1 file, 0 fixable with --write (1 more with --unsafe-fixes)"},
		{Summary{Files: 1, Findings: 3, Fixable: 1, UnsafeFixable: 1}, true, "3 findings in 1 file, 2 fixable with --write"},
	}
	for _, tt := range tests {
		if got := SummaryLine(tt.s, tt.unsafe); got != tt.want {
			t.Errorf("SummaryLine(%+v, %v) = %q, want %q", tt.s, tt.unsafe, got, tt.want)
		}
	}
}

func sample(t *testing.T) []File {
	src := "FROM alpine:3.22\nMAINTAINER me\n"
	f, err := lint.Parse("sub/Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r := f.Instructions[1].Range
	return []File{{Path: "sub/Dockerfile", File: f, Diagnostics: []lint.Diagnostic{{
		Rule: "DF401", Severity: lint.Warning, Range: r, Message: "MAINTAINER is deprecated; use a LABEL",
		Fixes: []lint.Fix{
			lint.Replace("Replace", r, `LABEL a="<b>"`, true),
			{Message: "Edit manifest", Edits: []lint.Edit{{Path: "package.json", Range: lint.Range{Start: 1, End: 2}, New: "x"}}},
		},
	}}}}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, sample(t), TextOptions{Summary: true}); err != nil {
		t.Fatal(err)
	}
	want := "sub/Dockerfile:2:1: warning DF401 MAINTAINER is deprecated; use a LABEL [fix: Replace]\n" +
		"1 finding in 1 file, 1 fixable with --write\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	// An unsafe fix says so, with or without --unsafe-fixes.
	files := sample(t)
	files[0].Diagnostics[0].Fixes[0].Safe = false
	for _, unsafe := range []bool{false, true} {
		b.Reset()
		_ = Text(&b, files, TextOptions{Unsafe: unsafe})
		if want := "sub/Dockerfile:2:1: warning DF401 MAINTAINER is deprecated; use a LABEL [unsafe fix: Replace]\n"; b.String() != want {
			t.Errorf("unsafe=%v: got %q, want %q", unsafe, b.String(), want)
		}
	}
	b.Reset()
	_ = Text(&b, sample(t), TextOptions{Color: true})
	if !bytes.Contains(b.Bytes(), []byte("\x1b[33mwarning\x1b[0m")) {
		t.Errorf("no colour: %q", b.String())
	}
}

func TestQuotePath(t *testing.T) {
	tests := []struct{ path, want string }{
		{"Dockerfile", "Dockerfile"},
		{"with space/Dockerfile", "with space/Dockerfile"},
		{`back\slash/q"uote.Dockerfile`, `back\slash/q"uote.Dockerfile`},
		{"été/Dockerfile", "été/Dockerfile"},
		{"a\nb.Dockerfile", `"a\nb.Dockerfile"`},
		{"ta\tb", `"ta\tb"`},
		{"esc\x1b[31m", `"esc\x1b[31m"`},
		{"del\x7f", `"del\x7f"`},
		{"c1\u0085", `"c1\u0085"`},
		{"bad\xff", `"bad\xff"`},
		{`"quoted".Dockerfile`, `"\"quoted\".Dockerfile"`},
	}
	for _, tt := range tests {
		if got := QuotePath(tt.path); got != tt.want {
			t.Errorf("QuotePath(%q) = %s, want %s", tt.path, got, tt.want)
		}
	}
	files := sample(t)
	files[0].Path = "a\nb/Dockerfile"
	b := AppendText(nil, files[0], TextOptions{})
	if want := `"a\nb/Dockerfile":2:1: warning DF401 `; !bytes.HasPrefix(b, []byte(want)) || bytes.Count(b, []byte("\n")) != 1 {
		t.Errorf("AppendText = %q, want one line starting %q", b, want)
	}
}

// TestJSONSchema pins the documented schema: field names and values.
func TestJSONSchema(t *testing.T) {
	var b bytes.Buffer
	rules := []*lint.Rule{{ID: "DF401", Name: "maintainer"}}
	if err := JSON(&b, sample(t), rules); err != nil {
		t.Fatal(err)
	}
	var got any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"version": 1.0,
		"files": []any{map[string]any{
			"path": "sub/Dockerfile",
			"diagnostics": []any{map[string]any{
				"rule": "DF401", "name": "maintainer", "severity": "warning",
				"message": "MAINTAINER is deprecated; use a LABEL",
				"range": map[string]any{
					"start": map[string]any{"line": 2.0, "column": 1.0, "offset": 17.0},
					"end":   map[string]any{"line": 2.0, "column": 14.0, "offset": 30.0},
				},
				"fixes": []any{
					map[string]any{"message": "Replace", "safe": true, "edits": []any{
						map[string]any{"path": "sub/Dockerfile", "start": 17.0, "end": 30.0, "new": `LABEL a="<b>"`},
					}},
					map[string]any{"message": "Edit manifest", "safe": false, "edits": []any{
						map[string]any{"path": "sub/package.json", "start": 1.0, "end": 2.0, "new": "x"},
					}},
				},
			}},
		}},
	}
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if !bytes.Equal(gj, wj) {
		t.Errorf("got  %s\nwant %s", gj, wj)
	}
	if !bytes.Contains(b.Bytes(), []byte(`<b>`)) {
		t.Errorf("HTML escaping on: %s", b.String())
	}
}

// TestJSONRelated pins "related": a message and a range shaped like the
// diagnostic's (TestJSONSchema pins that it is left out when empty).
func TestJSONRelated(t *testing.T) {
	files := sample(t)
	d := &files[0].Diagnostics[0]
	d.Related = []lint.Related{{Range: files[0].File.Instructions[0].Range, Message: "see this FROM"}}
	var b bytes.Buffer
	if err := JSON(&b, files, nil); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Files []struct {
			Diagnostics []struct {
				Related []any `json:"related"`
			} `json:"diagnostics"`
		} `json:"files"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := []any{map[string]any{
		"message": "see this FROM",
		"range": map[string]any{
			"start": map[string]any{"line": 1.0, "column": 1.0, "offset": 0.0},
			"end":   map[string]any{"line": 1.0, "column": 17.0, "offset": 16.0},
		},
	}}
	gj, _ := json.Marshal(got.Files[0].Diagnostics[0].Related)
	wj, _ := json.Marshal(want)
	if !bytes.Equal(gj, wj) {
		t.Errorf("related: got  %s\nwant %s", gj, wj)
	}
}

func TestAppendNewline(t *testing.T) {
	for d := range 40 {
		want := "x\n" + strings.Repeat("  ", d)
		if got := string(appendNewline([]byte("x"), d)); got != want {
			t.Errorf("appendNewline(%d) = %q, want %q", d, got, want)
		}
	}
}
