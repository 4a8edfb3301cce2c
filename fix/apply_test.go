package fix

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// selectPairwise is Select as it was, comparing each fix with every edit
// chosen before it: the reference for the indexed selection.
func selectPairwise(diags []lint.Diagnostic) Selection {
	var sel Selection
	for _, d := range diags {
		if len(d.Fixes) == 0 {
			continue
		}
		fx := d.Fixes[0]
		conflict := false
		for _, e := range fx.Edits {
			for _, c := range sel.Edits {
				if c.Path == e.Path && c.Range.Overlaps(e.Range) && c != e {
					conflict = true
				}
			}
		}
		if conflict {
			sel.Conflict = append(sel.Conflict, Applied{d.Rule, fx.Message})
			continue
		}
		sel.Edits = append(sel.Edits, fx.Edits...)
		sel.Applied = append(sel.Applied, Applied{d.Rule, fx.Message})
		sel.Fixes = append(sel.Fixes, fx)
	}
	return sel
}

// TestSelectMatchesPairwise draws rounds of fixes that crowd a small file
// (insertions, ranges, the same edit twice, two files, edits out of order)
// and requires the same choice as the pairwise reference.
func TestSelectMatchesPairwise(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	edit := func() lint.Edit {
		start := rng.IntN(60)
		e := lint.Edit{Range: lint.Range{Start: start, End: start + rng.IntN(4)}, New: string(rune('a' + rng.IntN(2)))}
		if rng.IntN(5) == 0 {
			e.Path = "go.mod"
		}
		return e
	}
	conflicts, shared := 0, 0 // the cases the draw must reach
	for round := range 2000 {
		var diags []lint.Diagnostic
		var offered []lint.Edit
		for i := range 1 + rng.IntN(30) {
			var edits []lint.Edit
			for range 1 + rng.IntN(3) {
				e := edit()
				if len(offered) > 0 && rng.IntN(4) == 0 {
					e = offered[rng.IntN(len(offered))] // one cure for two findings
				}
				if lint.ValidateEdits(append(edits, e), func(string) int { return -1 }) == nil {
					edits = append(edits, e)
				}
			}
			offered = append(offered, edits...)
			diags = append(diags, lint.Diagnostic{Rule: "T1", Fixes: []lint.Fix{{Message: string(rune('A' + i)), Safe: true, Edits: edits}}})
		}
		got, want := selectFixes(diags, false, nil), selectPairwise(diags)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: %+v\ngot  %+v\nwant %+v", round, diags, got, want)
		}
		conflicts += len(want.Conflict)
		for p, es := range byPath(want.Edits) {
			shared += countPath(want.Edits, p) - len(es) // byPath drops repeats
		}
	}
	t.Logf("%d conflicts, %d edits shared", conflicts, shared)
	if conflicts < 1000 || shared < 100 {
		t.Errorf("%d conflicts, %d edits shared by two fixes: the draw misses cases", conflicts, shared)
	}
}

func countPath(edits []lint.Edit, path string) int {
	n := 0
	for _, e := range edits {
		if e.Path == path {
			n++
		}
	}
	return n
}

func TestByPath(t *testing.T) {
	a := lint.Edit{Range: lint.Range{Start: 5, End: 6}, New: "a"}
	b := lint.Edit{Range: lint.Range{Start: 0, End: 2}, New: "b"}
	m := lint.Edit{Path: "go.mod", Range: lint.Range{Start: 1, End: 1}, New: "m"}
	got := byPath([]lint.Edit{a, m, b, a, m})
	want := map[string][]lint.Edit{"": {b, a}, "go.mod": {m}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("byPath = %+v, want %+v", got, want)
	}
}
