package report

import (
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
