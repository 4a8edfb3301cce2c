// Package fix applies diagnostics' fixes: it merges non-conflicting edits,
// loops until no fix applies, renders unified diffs, and writes files
// atomically.
package fix

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"sort"

	"github.com/dockerfix/dockerfix/lint"
)

// ApplyEdits returns src with the edits applied. The edits must be in bounds
// and must not overlap (see lint.ValidateEdits).
func ApplyEdits(src []byte, edits []lint.Edit) []byte {
	sorted := edits
	if !slices.IsSortedFunc(edits, byStart) {
		sorted = slices.Clone(edits)
		slices.SortStableFunc(sorted, byStart)
	}
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

// selectFixes picks the first fix of each diagnostic, in diagnostic
// order, skipping unsafe fixes unless allowed, the fixes refused holds,
// and whole any fix that overlaps an edit already chosen.
func selectFixes(diags []lint.Diagnostic, unsafe bool, refused map[string]bool) Selection {
	var sel Selection
	chosen := chosenEdits{}
	for _, d := range diags {
		if len(d.Fixes) == 0 {
			continue
		}
		fx := d.Fixes[0]
		if (!fx.Safe && !unsafe) || len(refused) > 0 && refused[fixKey(d.Rule, fx)] {
			continue
		}
		if chosen.conflicts(fx.Edits) {
			sel.Conflict = append(sel.Conflict, Applied{d.Rule, fx.Message})
			continue
		}
		chosen.add(fx.Edits)
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

// chosenEdits holds the edits chosen so far in a round, per file, sorted by
// start and without duplicates. Chosen edits never overlap, so they form a
// chain where each ends at or before the next starts: an edit can only
// overlap the last one starting at or before it and the first one after
// it, and a check costs a binary search instead of a scan of the round.
type chosenEdits map[string][]lint.Edit

// conflicts reports whether any of edits overlaps a chosen edit. The same
// edit offered twice (two findings, one cure) is no conflict.
func (c chosenEdits) conflicts(edits []lint.Edit) bool {
	for _, e := range edits {
		es := c[e.Path]
		i := searchAfter(es, e.Range.Start)
		if i > 0 && es[i-1] != e && es[i-1].Range.Overlaps(e.Range) {
			return true
		}
		if i < len(es) && es[i].Range.Overlaps(e.Range) {
			return true
		}
	}
	return false
}

// add records edits, which conflicts has cleared. Diagnostics come in
// order of position, so most edits go at the end.
func (c chosenEdits) add(edits []lint.Edit) {
	for _, e := range edits {
		es := c[e.Path]
		i := searchAfter(es, e.Range.Start)
		if i > 0 && es[i-1] == e {
			continue
		}
		c[e.Path] = slices.Insert(es, i, e)
	}
}

// searchAfter returns the index of the first of the sorted edits that
// starts after off.
func searchAfter(sorted []lint.Edit, off int) int {
	if n := len(sorted); n == 0 || sorted[n-1].Range.Start <= off {
		return n
	}
	return sort.Search(len(sorted), func(i int) bool { return sorted[i].Range.Start > off })
}

// byPath groups edits by file, each group sorted by start (stable, so
// edits at one offset keep their order) and without exact duplicates.
func byPath(edits []lint.Edit) map[string][]lint.Edit {
	m := map[string][]lint.Edit{}
	for _, e := range edits {
		m[e.Path] = append(m[e.Path], e)
	}
	for p, es := range m {
		slices.SortStableFunc(es, byStart)
		m[p] = slices.CompactFunc(es, func(a, b lint.Edit) bool { return a == b })
	}
	return m
}

func byStart(a, b lint.Edit) int { return cmp.Compare(a.Range.Start, b.Range.Start) }
