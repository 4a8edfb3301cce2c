package report

import (
	"bytes"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// Suggestion is a fix written as whole lines of the Dockerfile, the form of
// GitHub's suggested changes and of reviewdog's line-wise suggestions:
// lines StartLine through EndLine (1-based, inclusive) become Text.
type Suggestion struct {
	StartLine, EndLine int
	// Text is the lines' new content, line terminators included as the
	// fix leaves them: "" deletes the lines. It ends without a terminator
	// only where the file does.
	Text string
}

// Lines is Text without its final line terminator, the body of a
// suggestion block ("" deletes the lines). A single empty line also
// becomes "", and a block cannot tell it from a deletion.
func (s Suggestion) Lines() string {
	t := strings.TrimSuffix(s.Text, "\n")
	if len(t) < len(s.Text) {
		t = strings.TrimSuffix(t, "\r")
	}
	return t
}

// SuggestFix writes fx as a Suggestion that covers exactly the lines of
// d's range: GitHub posts a suggestion only when it replaces exactly the
// lines commented on, and a review comments on a finding's lines.
//
// An insertion at the start of the first line, or just after the last
// line's terminator (at the end of the file, when the last line has
// none), goes before or after those lines and is written as a replacement
// of the line it touches. ok is false when fx has no edits, edits another
// file (a manifest), or edits anything outside those lines: such a fix
// cannot be suggested on the finding's lines.
func SuggestFix(f *lint.File, d lint.Diagnostic, fx lint.Fix) (s Suggestion, ok bool) {
	if len(fx.Edits) == 0 {
		return Suggestion{}, false
	}
	first, last := lineSpan(f, d.Range)
	span := lint.Range{Start: f.FullLineRange(first).Start, End: f.FullLineRange(last).End}
	edits := make([]lint.Edit, 0, len(fx.Edits))
	for _, e := range fx.Edits {
		if e.Path != "" || e.Range.Start < span.Start || e.Range.End > span.End {
			return Suggestion{}, false
		}
		edits = append(edits, e)
	}
	// Edits do not overlap (the driver checks); apply them in order.
	slices.SortStableFunc(edits, func(a, b lint.Edit) int { return a.Range.Start - b.Range.Start })
	var b strings.Builder
	at := span.Start
	for _, e := range edits {
		b.Write(f.Src[at:e.Range.Start])
		b.WriteString(e.New)
		at = e.Range.End
	}
	b.Write(f.Src[at:span.End])
	return Suggestion{StartLine: first, EndLine: last, Text: b.String()}, true
}

// SuggestEdits writes edits of one file, whose content is src, as a
// Suggestion over the whole lines they touch, from the first to the last:
// for a fix whose edits lie away from its finding's lines, or in another
// file (a manifest beside the Dockerfile), where SuggestFix gives none.
// An insertion touches the line it starts (it goes before that line's
// text), or at the end of a file that ends with a line terminator, the
// last line (it goes after it). ok is false when there are no edits, an
// edit lies outside src, or src is empty (no line to replace).
func SuggestEdits(src []byte, edits []lint.Edit) (s Suggestion, ok bool) {
	if len(edits) == 0 || len(src) == 0 {
		return Suggestion{}, false
	}
	starts := []int{0}
	for i, c := range src {
		if c == '\n' && i+1 < len(src) {
			starts = append(starts, i+1)
		}
	}
	lineOf := func(off int) int {
		n, _ := slices.BinarySearch(starts, off+1)
		return n // the number of lines starting at or before off
	}
	first, last := len(starts)+1, 0
	sorted := make([]lint.Edit, 0, len(edits))
	for _, e := range edits {
		if e.Range.Start < 0 || e.Range.End > len(src) || e.Range.End < e.Range.Start {
			return Suggestion{}, false
		}
		// An insertion at the end of the file falls on the last line:
		// no line starts there.
		lo, hi := lineOf(e.Range.Start), lineOf(max(e.Range.End-1, e.Range.Start))
		first, last = min(first, lo), max(last, hi)
		sorted = append(sorted, e)
	}
	begin, end := starts[first-1], len(src)
	if last < len(starts) {
		end = starts[last]
	}
	if first == 1 && bytes.HasPrefix(src, []byte(utf8BOM)) {
		// The byte-order mark is no text of the line (as in lint.File).
		begin = len(utf8BOM)
	}
	// Edits do not overlap (the driver checks); apply them in order.
	slices.SortStableFunc(sorted, func(a, b lint.Edit) int { return a.Range.Start - b.Range.Start })
	var b strings.Builder
	at := begin
	for _, e := range sorted {
		if e.Range.Start < at {
			return Suggestion{}, false // inside the byte-order mark
		}
		b.Write(src[at:e.Range.Start])
		b.WriteString(e.New)
		at = e.Range.End
	}
	b.Write(src[at:end])
	return Suggestion{StartLine: first, EndLine: last, Text: b.String()}, true
}

const utf8BOM = "\xef\xbb\xbf"

// LineSpan is the lines of f that r covers, first and last, 1-based, as
// the line-oriented formats and a review comment on a finding show them:
// a range that ends just after a line terminator does not cover the line
// after it, and an empty range covers the line it is on.
func LineSpan(f *lint.File, r lint.Range) (first, last int) { return lineSpan(f, r) }
