package lint

import (
	"reflect"
	"strings"
	"testing"
)

// driverSrc is the file the driver tests lint: 29 bytes.
const driverSrc = "FROM alpine:3.20\nRUN echo hi\n"

// reporting is a rule that reports ds.
func reporting(id string, ds ...Diagnostic) *Rule {
	return &Rule{ID: id, Name: strings.ToLower(id), Severity: Warning, Check: func(p *Pass) {
		for _, d := range ds {
			p.Report(d)
		}
	}}
}

// good is a valid finding with a valid fix, on the FROM keyword.
func good(msg string) Diagnostic {
	return Diagnostic{Range: Range{0, 4}, Message: msg, Fixes: []Fix{Replace("lower", Range{0, 4}, "from", true)}}
}

// TestRunPanic: a rule that panics is an error naming the rule and the
// file, and the other rules' findings still come back.
func TestRunPanic(t *testing.T) {
	boom := &Rule{ID: "T1", Name: "boom", Severity: Warning, Check: func(*Pass) { panic("kaboom") }}
	before, after := reporting("T0", good("before")), reporting("T2", good("after"))
	f, diags, err := Check("dir/Dockerfile", []byte(driverSrc), []*Rule{before, boom, after}, nil)
	if f == nil || err == nil {
		t.Fatalf("Check = %v, %v; want the file and an error", f, err)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "dir/Dockerfile: rule T1 panicked: kaboom") {
		t.Errorf("error %q, want one naming the file, the rule and the panic", msg)
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.Rule+" "+d.Message)
	}
	if want := []string{"T0 before", "T2 after"}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// TestRunRejectsInvalid: a finding whose range or fix a fixer could not
// apply is an error naming the rule and the file, and nothing of it is
// reported; the rule's valid findings and the other rules' are.
func TestRunRejectsInvalid(t *testing.T) {
	n := len(driverSrc)
	edit := func(start, end int) Edit { return Edit{Range: Range{start, end}, New: "x"} }
	withFix := func(edits ...Edit) Diagnostic {
		return Diagnostic{Range: Range{0, 4}, Message: "bad", Fixes: []Fix{{Message: "the fix", Safe: true, Edits: edits}}}
	}
	for _, tt := range []struct {
		name string
		bad  Diagnostic
		err  string
	}{
		{"range past the end", Diagnostic{Range: Range{0, n + 1}, Message: "bad"}, "range {0 30} out of bounds"},
		{"range before the start", Diagnostic{Range: Range{-1, 4}, Message: "bad"}, "range {-1 4} out of bounds"},
		{"inverted range", Diagnostic{Range: Range{5, 4}, Message: "bad"}, "range {5 4} out of bounds"},
		{"fix with no edits", withFix(), `fix "the fix" has no edits`},
		{"overlapping edits", withFix(edit(0, 4), edit(2, 6)), `fix "the fix": edits {0 4} and {2 6} overlap in the Dockerfile`},
		{"two insertions at one offset", withFix(edit(3, 3), edit(3, 3)), "overlap in the Dockerfile"},
		{"edit past the end", withFix(edit(n-1, n+1)), `fix "the fix": edit {28 30} beyond end of the Dockerfile (29 bytes)`},
		{"inverted edit", withFix(edit(6, 5)), `fix "the fix": edit {6 5} is inverted or negative`},
		{"negative edit", withFix(edit(-2, 1)), `fix "the fix": edit {-2 1} is inverted or negative`},
		{"a later alternative", Diagnostic{Range: Range{0, 4}, Message: "bad", Fixes: []Fix{
			Replace("fine", Range{0, 4}, "from", true), {Message: "the fix", Edits: []Edit{edit(0, n+5)}},
		}}, `fix "the fix": edit {0 34} beyond end`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rules := []*Rule{reporting("T1", good("first"), tt.bad, good("last")), reporting("T2", good("other"))}
			_, diags, err := Check("dir/Dockerfile", []byte(driverSrc), rules, nil)
			if err == nil {
				t.Fatalf("no error; findings %+v", diags)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "dir/Dockerfile: rule T1: ") || !strings.Contains(msg, tt.err) {
				t.Errorf("error %q, want %q for rule T1 of dir/Dockerfile", msg, tt.err)
			}
			var got []string
			for _, d := range diags {
				got = append(got, d.Rule+" "+d.Message)
			}
			if want := []string{"T1 first", "T1 last", "T2 other"}; !reflect.DeepEqual(got, want) {
				t.Errorf("findings %q, want %q", got, want)
			}
		})
	}
}

// TestRunAcceptsEdgeEdits: what the checks must not reject.
func TestRunAcceptsEdgeEdits(t *testing.T) {
	n := len(driverSrc)
	for _, tt := range []struct {
		name string
		d    Diagnostic
	}{
		{"empty range at the end", Diagnostic{Range: Range{n, n}}},
		{"whole file", Diagnostic{Range: Range{0, n}, Fixes: []Fix{Replace("all", Range{0, n}, "", true)}}},
		{"insertion at the end", Diagnostic{Fixes: []Fix{Replace("append", Range{n, n}, "USER app\n", true)}}},
		{"adjacent edits", Diagnostic{Fixes: []Fix{{Message: "two", Edits: []Edit{
			{Range: Range{0, 4}, New: "from"}, {Range: Range{4, 5}, New: "\t"},
		}}}}},
		{"same range in another file", Diagnostic{Fixes: []Fix{{Message: "manifest", Edits: []Edit{
			{Range: Range{0, 4}, New: "from"}, {Path: "package.json", Range: Range{0, 4}, New: "{}"},
		}}}}},
		{"another file past the Dockerfile's end", Diagnostic{Fixes: []Fix{{Message: "manifest", Edits: []Edit{
			{Path: "package.json", Range: Range{n + 100, n + 200}, New: "{}"},
		}}}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, diags, err := Check("Dockerfile", []byte(driverSrc), []*Rule{reporting("T1", tt.d)}, nil)
			if err != nil || len(diags) != 1 || diags[0].Rule != "T1" {
				t.Errorf("Check = %+v, %v; want the finding", diags, err)
			}
		})
	}
}
