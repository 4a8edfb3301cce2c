package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

// realRun lints every Dockerfile of the rules' testdata with the real
// registry, keeping suppressed findings, as the CLI does for SARIF.
func realRun(t *testing.T) ([]File, Options) {
	t.Helper()
	paths, err := filepath.Glob("../../rules/testdata/*/*.Dockerfile")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no rule testdata: %v", err)
	}
	all := rules.All()
	env := &lint.Env{
		Now:    func() time.Time { return time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC) },
		Config: &lint.Config{},
		Images: rules.NewImages(nil),
	}
	var files []File
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimPrefix(filepath.ToSlash(p), "../../")
		f, diags, hidden, err := new(lint.Parser).CheckSuppressed(name, src, all, env)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		files = append(files, File{Path: name, RepoPath: name, File: f, Diagnostics: diags, Suppressed: hidden})
	}
	doc := func(r *lint.Rule) string {
		_, d, _ := rules.Doc(r.ID)
		return d
	}
	return files, Options{Rules: all, RuleDoc: doc, Version: "dev"}
}

// TestRealRulesValidate renders what the real rules find in their
// testdata, and validates it against the schemas.
func TestRealRulesValidate(t *testing.T) {
	files, opts := realRun(t)
	out := validateFormats(t, files, opts)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string `json:"id"`
						Help struct {
							Markdown string `json:"markdown"`
						} `json:"help"`
						HelpURI string `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				Suppressions []any `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out["sarif"], &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(opts.Rules) {
		t.Errorf("%d SARIF rules, want %d", len(run.Tool.Driver.Rules), len(opts.Rules))
	}
	for i, r := range run.Tool.Driver.Rules {
		_, doc, _ := rules.Doc(r.ID)
		if r.ID != opts.Rules[i].ID || r.Help.Markdown != doc || r.HelpURI != opts.Rules[i].DocURL() {
			t.Errorf("SARIF rule %d: %s, help from its doc: %v, helpUri %s", i, r.ID, r.Help.Markdown == doc, r.HelpURI)
		}
	}
	findings, suppressed := 0, 0
	for _, f := range files {
		findings += len(f.Diagnostics)
		suppressed += len(f.Suppressed)
	}
	sarifSuppressed := 0
	for _, r := range run.Results {
		if len(r.Suppressions) > 0 {
			sarifSuppressed++
		}
	}
	if len(run.Results) != findings+suppressed || sarifSuppressed != suppressed || suppressed == 0 {
		t.Errorf("%d SARIF results, %d suppressed; want %d findings and %d suppressed (some)", len(run.Results), sarifSuppressed, findings, suppressed)
	}
	t.Logf("%d files: %d findings and %d suppressed validate as SARIF, rdjson and rdjsonl", len(files), findings, suppressed)
}

// TestRealRulesSuggestions: every rdjson suggestion covers exactly its
// diagnostic's lines, and replacing those lines with it gives what the
// fix's edits give. It also counts the fixes that cannot be suggested.
func TestRealRulesSuggestions(t *testing.T) {
	files, opts := realRun(t)
	fixable, suggested := 0, 0
	notSuggested := map[string]int{}
	for _, f := range files {
		diags := rdjsonDiagnostics(f, opts.Rules, false)
		for i, d := range f.Diagnostics {
			if len(d.Fixes) == 0 {
				continue
			}
			fixable++
			rd := diags[i]
			if len(rd.Suggestions) == 0 {
				notSuggested[d.Rule]++
				continue
			}
			suggested++
			s := rd.Suggestions[0]
			loc := rd.Location.Range
			if s.Range.Start.Line != loc.Start.Line || s.Range.End.Line != loc.End.Line || s.Range.Start.Column != 0 || s.Range.End.Column != 0 {
				t.Errorf("%s: %s: suggestion on lines %v, diagnostic on %v", f.Path, d.Rule, s.Range, loc)
			}
			sug, _ := SuggestFix(f.File, d, d.Fixes[0])
			start := f.File.FullLineRange(sug.StartLine).Start
			end := f.File.FullLineRange(sug.EndLine).End
			var viaLines []byte
			viaLines = append(viaLines, f.File.Src[:start]...)
			viaLines = append(viaLines, sug.Text...)
			viaLines = append(viaLines, f.File.Src[end:]...)
			if want := fix.ApplyEdits(f.File.Src, d.Fixes[0].Edits); !bytes.Equal(viaLines, want) {
				t.Errorf("%s: %s: the suggestion gives\n%s\nthe fix\n%s", f.Path, d.Rule, viaLines, want)
			}
		}
	}
	if suggested == 0 {
		t.Fatal("no suggestions")
	}
	t.Logf("%d of %d fixable findings carry a suggestion; not suggestable, by rule: %v", suggested, fixable, notSuggested)
}
