package report

import (
	"bytes"
	"encoding/json"
	"path"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// The JSON schema, version 1, as Go types: encoding/json writes the
// reference output that JSON must match byte for byte.
type jsonReport struct {
	Version int        `json:"version"`
	Files   []jsonFile `json:"files"`
}

type jsonFile struct {
	Path        string           `json:"path"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
	Notes       []jsonNote       `json:"notes,omitempty"`
}

type jsonNote struct {
	Message string   `json:"message"`
	Images  []string `json:"images,omitempty"`
}

type jsonDiagnostic struct {
	Rule     string        `json:"rule"`
	Name     string        `json:"name"`
	Severity string        `json:"severity"`
	Message  string        `json:"message"`
	Range    jsonRange     `json:"range"`
	Related  []jsonRelated `json:"related,omitempty"`
	Fixes    []jsonFix     `json:"fixes"`
}

type jsonRelated struct {
	Message string    `json:"message"`
	Range   jsonRange `json:"range"`
}

type jsonRange struct {
	Start jsonPos `json:"start"`
	End   jsonPos `json:"end"`
}

type jsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Safe    bool       `json:"safe"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Path  string `json:"path"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

func referenceJSON(t *testing.T, files []File, rules []*lint.Rule) string {
	t.Helper()
	out := jsonReport{Version: 1, Files: []jsonFile{}}
	for _, f := range files {
		jf := jsonFile{Path: f.Path, Diagnostics: []jsonDiagnostic{}}
		for _, d := range f.Diagnostics {
			jd := jsonDiagnostic{
				Rule:     d.Rule,
				Name:     ruleName(rules, d.Rule),
				Severity: d.Severity.String(),
				Message:  d.Message,
				Range:    refRange(f.File, d.Range),
				Fixes:    []jsonFix{},
			}
			for _, rel := range d.Related {
				jd.Related = append(jd.Related, jsonRelated{Message: rel.Message, Range: refRange(f.File, rel.Range)})
			}
			for _, fx := range d.Fixes {
				jx := jsonFix{Message: fx.Message, Safe: fx.Safe, Edits: []jsonEdit{}}
				for _, e := range fx.Edits {
					p := f.Path
					if e.Path != "" {
						p = path.Join(path.Dir(f.Path), e.Path)
					}
					jx.Edits = append(jx.Edits, jsonEdit{Path: p, Start: e.Range.Start, End: e.Range.End, New: e.New})
				}
				jd.Fixes = append(jd.Fixes, jx)
			}
			jf.Diagnostics = append(jf.Diagnostics, jd)
		}
		for _, n := range f.Notes {
			jf.Notes = append(jf.Notes, jsonNote{Message: n.Message, Images: n.Images})
		}
		out.Files = append(out.Files, jf)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func refRange(f *lint.File, r lint.Range) jsonRange {
	return jsonRange{Start: refPos(f, r.Start), End: refPos(f, r.End)}
}

func refPos(f *lint.File, off int) jsonPos {
	p := f.Position(off)
	return jsonPos{Line: p.Line, Column: p.Column, Offset: off}
}

// TestJSONMatchesEncodingJSON checks the hand-written encoder against
// encoding/json on reports with no file, clean files, fixes with and
// without edits, related locations or none, and awkward strings.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	rules := []*lint.Rule{{ID: "DF401", Name: "maintainer"}}
	one := sample(t)[0]
	clean := File{Path: "clean/Dockerfile", File: one.File}
	odd := one
	odd.Path = "we\u2028ird/\"<&>\t.Dockerfile"
	odd.Diagnostics = []lint.Diagnostic{{
		Rule: "DF999", Severity: lint.Error, Message: "ctl \x01\x1f\b\f\n\r\x7f bad \xff\xfe utf8 \u2029 ü 🐳",
		Fixes: []lint.Fix{{Message: "no edits"}, {Message: "", Safe: true, Edits: []lint.Edit{{New: ""}}}},
	}, {
		Rule: "DF402", Severity: lint.Warning, Range: lint.Range{Start: 0, End: 4}, Message: "two related, no fix",
		Related: []lint.Related{{Range: lint.Range{Start: 17, End: 30}, Message: "here \"<&>\" \u2028"}, {Message: ""}},
	}, {
		Rule: "DF402", Severity: lint.Warning, Message: "one related, one fix",
		Related: []lint.Related{{Range: lint.Range{Start: 5, End: 16}, Message: "there"}},
		Fixes:   []lint.Fix{lint.Replace("Remove", lint.Range{Start: 0, End: 4}, "", true)},
	}}
	noted := clean
	noted.Notes = []Note{{Message: "two images", Images: []string{"acme/app:1", "ghcr.io/x/\"y\":2"}}, {Message: "none \u2028"}}
	for _, files := range [][]File{nil, {clean}, {one}, {one, clean, odd, one}, {noted, one}} {
		var got bytes.Buffer
		if err := JSON(&got, files, rules); err != nil {
			t.Fatal(err)
		}
		if want := referenceJSON(t, files, rules); got.String() != want {
			t.Errorf("%d files:\ngot:\n%s\nwant:\n%s", len(files), got.String(), want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "a", "\"\\", "<>&", "\x00\x1f\x7f", "\xff", "\u2028\u2029", "é\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendString(nil, s)) + "\n"; got != want.String() {
			t.Errorf("appendString(%q) = %s, encoding/json gives %s", s, got, want.String())
		}
	})
}
