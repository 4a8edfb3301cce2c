package lint

import (
	"fmt"
	"strings"
	"testing"
)

// TestRunValidates checks that Run refuses a diagnostic whose range or
// related range lies outside the file, and keeps a valid one.
func TestRunValidates(t *testing.T) {
	const src = "FROM alpine:3.20\nCMD a\nCMD b\n" // 29 bytes
	for _, tc := range []struct {
		name    string
		d       Diagnostic
		wantErr string // "" = accepted
	}{
		{"valid", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{23, 28}, "later"}}}, ""},
		{"related at end of file", Diagnostic{Range: Range{0, 4}, Related: []Related{{Range{29, 29}, "end"}}}, ""},
		{"range past end", Diagnostic{Range: Range{17, 30}}, "range {17 30} out of bounds"},
		{"range inverted", Diagnostic{Range: Range{5, 4}}, "range {5 4} out of bounds"},
		{"related past end", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{23, 40}, "later"}}},
			`related range {23 40} ("later") out of bounds`},
		{"related negative", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{-1, 3}, "x"}}},
			`related range {-1 3} ("x") out of bounds`},
		{"related inverted", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{0, 4}, "ok"}, {Range{9, 8}, "y"}}},
			`related range {9 8} ("y") out of bounds`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rule := &Rule{ID: "T1", Name: "t", Severity: Warning, Check: func(p *Pass) { p.Report(tc.d) }}
			diags, err := Run(mustParse(t, src), []*Rule{rule}, nil)
			if tc.wantErr == "" {
				if err != nil || len(diags) != 1 || len(diags[0].Related) != len(tc.d.Related) {
					t.Errorf("got %v, %v; want the diagnostic with its related locations", diags, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "rule T1: "+tc.wantErr) || len(diags) != 0 {
				t.Errorf("got %v, %v; want no diagnostic and error %q", diags, err, tc.wantErr)
			}
		})
	}
}

// TestRunSuppressed: RunSuppressed returns what Run returns, and the
// diagnostics each kind of pragma hid, with the pragma's comment and the
// reason after "--".
func TestRunSuppressed(t *testing.T) {
	const src = "# check=skip=T3\n" +
		"FROM alpine:3.20\n" +
		"# dockerfix ignore=T1 -- the base image runs it\n" +
		"CMD a\n" +
		"# hadolint ignore=T2\n" +
		"CMD b\n" +
		"CMD c\n"
	report := func(id string) *Rule {
		return &Rule{ID: id, Name: strings.ToLower(id), Severity: Warning, Check: func(p *Pass) {
			for _, in := range p.File.Instructions[1:] {
				p.Report(Diagnostic{Range: in.Range, Message: id + " here"})
			}
		}}
	}
	rules := []*Rule{report("T1"), report("T2"), report("T3")}
	f := mustParse(t, src)
	want, err := Run(f, rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	diags, hidden, err := RunSuppressed(f, rules, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(diags) != fmt.Sprint(want) {
		t.Errorf("RunSuppressed's diagnostics differ from Run's:\n%v\n%v", diags, want)
	}
	type hid struct{ rule, at, pragma, reason string }
	var got []hid
	for _, s := range hidden {
		got = append(got, hid{s.Rule, f.Text(s.Range), f.Text(s.Pragma), s.Reason})
	}
	wantHidden := []hid{
		{"T1", "CMD a", "# dockerfix ignore=T1 -- the base image runs it", "the base image runs it"},
		{"T3", "CMD a", "", ""},
		{"T2", "CMD b", "# hadolint ignore=T2", ""},
		{"T3", "CMD b", "", ""},
		{"T3", "CMD c", "", ""},
	}
	if fmt.Sprint(got) != fmt.Sprint(wantHidden) {
		t.Errorf("suppressed:\ngot  %q\nwant %q", got, wantHidden)
	}
	for _, d := range diags {
		if d.Rule == "T3" || d.Rule == "T1" && f.Text(d.Range) == "CMD a" || d.Rule == "T2" && f.Text(d.Range) == "CMD b" {
			t.Errorf("suppressed diagnostic reported: %v", d)
		}
	}
}

// TestValidateEdits checks bounds and overlaps, each case alone (the
// pairwise check of a fix's few edits) and among many edits far from it
// (the sorted check of a fixer's round).
func TestValidateEdits(t *testing.T) {
	for _, tc := range []struct {
		name    string
		edits   []Edit
		wantErr string // "" = valid
	}{
		{"adjacent", []Edit{{Range: Range{0, 4}}, {Range: Range{4, 8}}}, ""},
		{"insertion at a range's end", []Edit{{Range: Range{0, 4}}, {Range: Range{4, 4}, New: "x"}}, ""},
		{"same range in two files", []Edit{{Range: Range{0, 4}}, {Path: "go.mod", Range: Range{0, 4}}}, ""},
		{"overlap", []Edit{{Range: Range{5, 9}}, {Range: Range{0, 6}}}, "overlap in the Dockerfile"},
		{"two insertions at one offset", []Edit{{Range: Range{3, 3}, New: "a"}, {Range: Range{3, 3}, New: "b"}}, "overlap"},
		{"insertion at a range's start", []Edit{{Range: Range{2, 2}, New: "a"}, {Range: Range{2, 6}}}, "overlap"},
		{"insertion inside a range", []Edit{{Range: Range{2, 6}}, {Range: Range{4, 4}, New: "a"}}, "overlap"},
		{"range inside another", []Edit{{Range: Range{0, 9}}, {Range: Range{6, 7}}, {Range: Range{2, 3}}}, "overlap"},
		{"overlap in a manifest", []Edit{{Path: "go.mod", Range: Range{0, 4}}, {Path: "go.mod", Range: Range{3, 5}}}, "overlap in go.mod"},
		{"past the end", []Edit{{Range: Range{998, 1002}}}, "beyond end of the Dockerfile (1000 bytes)"},
		{"inverted", []Edit{{Range: Range{4, 3}}}, "inverted or negative"},
	} {
		// Far edits: one every 10 bytes from offset 100, none near tc's.
		var far []Edit
		for i := range 20 {
			far = append(far, Edit{Range: Range{100 + 10*i, 105 + 10*i}})
		}
		for _, edits := range [][]Edit{tc.edits, append(append(far[:10:10], tc.edits...), far[10:]...)} {
			err := ValidateEdits(edits, func(p string) int {
				if p == "" {
					return 1000
				}
				return -1 // unknown: any end will do
			})
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("%s (%d edits): %v", tc.name, len(edits), err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("%s (%d edits): error %v, want %q", tc.name, len(edits), err, tc.wantErr)
			}
		}
	}
}
