package lint

import "bytes"

// RemoveSpan is the edit that deletes r, one or more whole words of in
// (shell words of its RUN, or its own arguments), with the blanks that
// separated them from their neighbours, so that the rest keeps its bytes
// and layout:
//   - a span followed by more on its line goes with the blanks after it;
//   - one that ends its line (before a line continuation or the end of
//     the instruction) goes with the blanks before it;
//   - one alone on a continued line goes with that whole line.
//
// ok is false when none of these fits: the span is alone on the last line
// of an instruction (the line before would continue into the next
// instruction), or removing it would end a heredoc early.
func (f *File) RemoveSpan(in *Instruction, r Range) (Edit, bool) {
	src := f.Src
	lineStart := bytes.LastIndexByte(src[:r.Start], '\n') + 1
	lineEnd := len(src)
	if i := bytes.IndexByte(src[r.End:], '\n'); i >= 0 {
		lineEnd = r.End + i
	}
	contentEnd := lineEnd
	if contentEnd > lineStart && src[contentEnd-1] == '\r' {
		contentEnd--
	}
	after := r.End
	for after < contentEnd && isBlank(src[after]) {
		after++
	}
	before := r.Start
	for before > lineStart && isBlank(src[before-1]) {
		before--
	}
	atContinuation := after == contentEnd-1 && src[after] == f.Escape
	var e Edit
	switch {
	case after < contentEnd && !atContinuation && after < in.Range.End:
		e = Edit{Range: Range{r.Start, after}}
	case before > lineStart:
		e = Edit{Range: Range{before, r.End}}
	case atContinuation && lineEnd < len(src):
		e = Edit{Range: Range{lineStart, lineEnd + 1}}
	default:
		return Edit{}, false
	}
	if f.EndsHeredoc(e) {
		return Edit{}, false
	}
	return e, true
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }
