package fix

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// rule builds a test rule from a check on the parsed file.
func rule(id string, check func(f *lint.File) []lint.Diagnostic) *lint.Rule {
	return &lint.Rule{ID: id, Name: strings.ToLower(id), Severity: lint.Warning, Fix: lint.FixSafe,
		Check: func(p *lint.Pass) {
			for _, d := range check(p.File) {
				p.Report(d)
			}
		}}
}

// replaceWord offers to replace the first argument word equal to old.
func replaceWord(id, old, new string) *lint.Rule {
	return rule(id, func(f *lint.File) []lint.Diagnostic {
		for _, in := range f.Instructions {
			for _, w := range in.Args() {
				if w.Text == old {
					return []lint.Diagnostic{{Range: w.Range, Message: old,
						Fixes: []lint.Fix{lint.Replace("use "+new, w.Range, new, true)}}}
				}
			}
		}
		return nil
	})
}

// mapReader is a build context in memory.
type mapReader map[string]string

func (m mapReader) ReadFile(p string) ([]byte, error) {
	if s, ok := m[p]; ok {
		return []byte(s), nil
	}
	return nil, errors.New("not found")
}

func TestLoopRounds(t *testing.T) {
	// a→b and b→c: the second rule only sees b after the first round.
	rs := []*lint.Rule{replaceWord("T1", "a", "b"), replaceWord("T2", "b", "c")}
	res, err := Loop("Dockerfile", []byte("FROM x\nRUN a\n"), Options{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Fixed) != "FROM x\nRUN c\n" || len(res.Applied) != 2 {
		t.Errorf("fixed %q, applied %v", res.Fixed, res.Applied)
	}
}

func TestLoopConflict(t *testing.T) {
	// Two fixes of one word: the first wins the round, the other is
	// skipped whole and, its finding gone, never applies.
	rs := []*lint.Rule{replaceWord("T1", "a", "b"), replaceWord("T2", "a", "z")}
	res, err := Loop("Dockerfile", []byte("FROM x\nRUN a\n"), Options{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Fixed) != "FROM x\nRUN b\n" || len(res.Conflicts) != 1 || res.Conflicts[0].Rule != "T2" {
		t.Errorf("fixed %q, conflicts %v", res.Fixed, res.Conflicts)
	}
}

func TestLoopRefusesFixThatBreaksParsing(t *testing.T) {
	// T1 turns FROM into an unknown instruction; T2 is fine. T2 applies,
	// T1 is refused, and the loop ends with a file BuildKit parses.
	breaker := rule("T1", func(f *lint.File) []lint.Diagnostic {
		in := f.Instructions[0]
		return []lint.Diagnostic{{Range: in.KeywordRange, Message: "break",
			Fixes: []lint.Fix{lint.Replace("break it", in.KeywordRange, "FRM", true)}}}
	})
	rs := []*lint.Rule{breaker, replaceWord("T2", "a", "b")}
	res, err := Loop("Dockerfile", []byte("FROM x\nRUN a\n"), Options{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Fixed) != "FROM x\nRUN b\n" {
		t.Errorf("fixed %q", res.Fixed)
	}
	if len(res.Refused) != 1 || res.Refused[0].Rule != "T1" {
		t.Errorf("refused %v", res.Refused)
	}
	if len(res.Applied) != 1 || res.Applied[0].Rule != "T2" {
		t.Errorf("applied %v", res.Applied)
	}
}

func TestLoopOtherFiles(t *testing.T) {
	// A fix that edits a manifest of the build context: the change comes
	// back in Others with the original bytes, and later rounds read it.
	bump := rule("T1", func(f *lint.File) []lint.Diagnostic {
		return []lint.Diagnostic{{Range: f.Instructions[0].Range, Message: "bump",
			Fixes: []lint.Fix{{Message: "bump", Safe: true, Edits: []lint.Edit{
				{Path: "package.json", Range: lint.Range{Start: 11, End: 12}, New: "2"},
			}}}}}
	})
	ctx := mapReader{"package.json": `{"version":1}`}
	res, err := Loop("Dockerfile", []byte("FROM x\n"), Options{Rules: []*lint.Rule{bump}, Env: &lint.Env{Context: ctx}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Others) != 1 || string(res.Others[0].Old) != `{"version":1}` || string(res.Others[0].New) != `{"version":2}` {
		t.Errorf("others %+v", res.Others)
	}
	if string(res.Fixed) != "FROM x\n" || !res.Changed() {
		t.Errorf("fixed %q, changed %v", res.Fixed, res.Changed())
	}
}

func TestLoopDoesNotSettle(t *testing.T) {
	// A fix that always finds more to do is stopped, and nothing is kept.
	grow := rule("T1", func(f *lint.File) []lint.Diagnostic {
		end := f.Instructions[len(f.Instructions)-1].Range.End
		return []lint.Diagnostic{{Range: lint.Range{Start: end, End: end}, Message: "grow",
			Fixes: []lint.Fix{lint.Replace("grow", lint.Range{Start: end, End: end}, "x", true)}}}
	})
	_, err := Loop("Dockerfile", []byte("FROM x\nRUN a\n"), Options{Rules: []*lint.Rule{grow}, MaxRounds: 3})
	if err == nil || !strings.Contains(err.Error(), "did not settle after 3 rounds") {
		t.Errorf("err = %v", err)
	}
}

func TestLoopUnparseableInput(t *testing.T) {
	// A file that does not parse is returned as is, with its DF000.
	res, err := Loop("Dockerfile", []byte("FRM x\n"), Options{Rules: []*lint.Rule{replaceWord("T1", "x", "y")}})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Fixed) != "FRM x\n" || len(res.Diagnostics) != 1 || res.Diagnostics[0].Rule != lint.ParseErrorRule.ID {
		t.Errorf("fixed %q, diags %+v", res.Fixed, res.Diagnostics)
	}
}

// TestLoopSuppressed: with Options.Suppressed, the result lists what the
// pragmas hid in the last lint (after the fixes), and nothing without it.
func TestLoopSuppressed(t *testing.T) {
	rs := []*lint.Rule{replaceWord("T1", "a", "b"), replaceWord("T2", "q", "r")}
	src := "FROM x\nRUN a\n# dockerfix ignore=T2 -- kept on purpose\nRUN q\n"
	res, err := Loop("Dockerfile", []byte(src), Options{Rules: rs, Suppressed: true})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Fixed) != strings.Replace(src, "RUN a", "RUN b", 1) || len(res.Diagnostics) != 0 {
		t.Fatalf("fixed %q, remaining %v", res.Fixed, res.Diagnostics)
	}
	if len(res.Suppressed) != 1 || res.Suppressed[0].Rule != "T2" || res.Suppressed[0].Reason != "kept on purpose" ||
		res.File.Text(res.Suppressed[0].Range) != "q" {
		t.Errorf("suppressed %+v, want T2 on q with its reason", res.Suppressed)
	}
	res, err = Loop("Dockerfile", []byte(src), Options{Rules: rs})
	if err != nil || res.Suppressed != nil {
		t.Errorf("without Options.Suppressed: %v, %v", res.Suppressed, err)
	}
}

func TestLoopRefusesAmongMany(t *testing.T) {
	// 200 RUN lines, each with a fix; three of them turn their line into
	// an unknown instruction. Those three are refused and every other
	// applies, in order.
	src := "FROM x\n"
	for i := range 200 {
		src += fmt.Sprintf("RUN a%d\n", i)
	}
	bad := map[int]bool{7: true, 100: true, 101: true}
	rs := []*lint.Rule{rule("T1", func(f *lint.File) []lint.Diagnostic {
		var ds []lint.Diagnostic
		for i, in := range f.Instructions[1:] {
			w := in.Args()[0]
			if !strings.HasPrefix(w.Text, "a") {
				continue
			}
			fx := lint.Replace("rename "+w.Text, w.Range, "b"+w.Text[1:], true)
			if bad[i] {
				fx = lint.Replace("break "+w.Text, in.KeywordRange, "RUNN", true)
			}
			ds = append(ds, lint.Diagnostic{Range: w.Range, Message: w.Text, Fixes: []lint.Fix{fx}})
		}
		return ds
	})}
	res, err := Loop("Dockerfile", []byte(src), Options{Rules: rs})
	if err != nil {
		t.Fatal(err)
	}
	var refused []string
	for _, r := range res.Refused {
		refused = append(refused, r.Message)
	}
	if want := []string{"break a7", "break a100", "break a101"}; !slices.Equal(refused, want) {
		t.Errorf("refused %v, want %v", refused, want)
	}
	if len(res.Applied) != 197 || res.Applied[0].Message != "rename a0" || res.Applied[196].Message != "rename a199" {
		t.Errorf("applied %d fixes: %v", len(res.Applied), res.Applied)
	}
	want := "FROM x\n"
	for i := range 200 {
		if bad[i] {
			want += fmt.Sprintf("RUN a%d\n", i)
		} else {
			want += fmt.Sprintf("RUN b%d\n", i)
		}
	}
	if string(res.Fixed) != want {
		t.Errorf("fixed:\n%s", res.Fixed)
	}
}
