// Package fix applies diagnostics' fixes: it merges non-conflicting edits,
// loops until no fix applies, renders unified diffs, and writes files
// atomically.
package fix

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/dockerfix/dockerfix/lint"
)

// ApplyEdits returns src with the edits applied. The edits must be in bounds
// and must not overlap (see lint.ValidateEdits).
func ApplyEdits(src []byte, edits []lint.Edit) []byte {
	sorted := append([]lint.Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Range.Start < sorted[j].Range.Start })
	var b bytes.Buffer
	b.Grow(len(src))
	last := 0
	for _, e := range sorted {
		b.Write(src[last:e.Range.Start])
		b.WriteString(e.New)
		last = e.Range.End
	}
	b.Write(src[last:])
	return b.Bytes()
}

// Selection is the outcome of choosing which fixes to apply in one round.
type Selection struct {
	Edits    []lint.Edit // the chosen fixes' edits, all files together
	Applied  []Applied
	Fixes    []lint.Fix // the chosen fixes, in the order of Applied
	Conflict []Applied  // fixes skipped whole because they overlap a chosen one
}

// Applied names a fix and the rule that offered it.
type Applied struct {
	Rule    string
	Message string
}

// Select picks the first fix of each diagnostic, in diagnostic order,
// skipping unsafe fixes unless allowed and skipping whole any fix that
// overlaps an edit already chosen.
func Select(diags []lint.Diagnostic, unsafe bool) Selection {
	return selectFixes(diags, unsafe, nil)
}

// selectFixes is Select, also leaving out the fixes refused holds.
func selectFixes(diags []lint.Diagnostic, unsafe bool, refused map[string]bool) Selection {
	var sel Selection
	for _, d := range diags {
		if len(d.Fixes) == 0 {
			continue
		}
		fx := d.Fixes[0]
		if (!fx.Safe && !unsafe) || refused[fixKey(d.Rule, fx)] {
			continue
		}
		if conflicts(sel.Edits, fx.Edits) {
			sel.Conflict = append(sel.Conflict, Applied{d.Rule, fx.Message})
			continue
		}
		sel.Edits = append(sel.Edits, fx.Edits...)
		sel.Applied = append(sel.Applied, Applied{d.Rule, fx.Message})
		sel.Fixes = append(sel.Fixes, fx)
	}
	return sel
}

// fixKey identifies a fix across rounds: its rule, message and edits.
func fixKey(rule string, fx lint.Fix) string {
	return fmt.Sprintf("%s\x00%s\x00%v", rule, fx.Message, fx.Edits)
}

func conflicts(chosen, edits []lint.Edit) bool {
	for _, e := range edits {
		for _, c := range chosen {
			if c.Path == e.Path && c.Range.Overlaps(e.Range) {
				// The same edit offered twice (two findings, one cure) is no conflict.
				if c == e {
					continue
				}
				return true
			}
		}
	}
	return false
}

// byPath groups edits by file, dropping exact duplicates.
func byPath(edits []lint.Edit) map[string][]lint.Edit {
	m := map[string][]lint.Edit{}
	for _, e := range edits {
		dup := false
		for _, o := range m[e.Path] {
			if o == e {
				dup = true
				break
			}
		}
		if !dup {
			m[e.Path] = append(m[e.Path], e)
		}
	}
	return m
}
