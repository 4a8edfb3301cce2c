package report

import (
	"unicode/utf8"

	"github.com/dockerfix/dockerfix/lint"
)

// position is f.Position(off), except at the end of a file that ends with
// a line terminator: that offset begins the empty line after the last one
// (line count + 1, column 1), as editors, SARIF and reviewdog count.
func position(f *lint.File, off int) lint.Position {
	if n := len(f.Src); off == n && n > 0 && f.Src[n-1] == '\n' {
		return lint.Position{Line: f.NumLines() + 1, Column: 1, Offset: off}
	}
	return f.Position(off)
}

// utf16Column is p's column counted in UTF-16 code units, SARIF's default
// unit (columnKind utf16CodeUnits), 1-based: a character outside the Basic
// Multilingual Plane counts two, any other one (and any byte that is not
// UTF-8) one.
func utf16Column(f *lint.File, p lint.Position) int {
	line := f.Src[p.Offset-(p.Column-1) : p.Offset]
	col := 1
	for len(line) > 0 {
		r, size := utf8.DecodeRune(line)
		col++
		if r >= 0x10000 {
			col++
		}
		line = line[size:]
	}
	return col
}

// lineSpan is the lines a range covers, first and last, 1-based. A range
// that ends just after a line terminator does not cover the line after it;
// an empty range covers the line it is on.
func lineSpan(f *lint.File, r lint.Range) (first, last int) {
	first = f.Position(r.Start).Line
	if r.End <= r.Start {
		return first, first
	}
	return first, f.Position(r.End - 1).Line
}

// lineEnd is the position of r's end for the line-oriented formats
// (github, rdjson): when r ends just after a line terminator, the end of
// that line, before its terminator, so that the range stays on the lines
// lineSpan gives.
func lineEnd(f *lint.File, r lint.Range) lint.Position {
	if r.End <= r.Start {
		return f.Position(r.Start)
	}
	_, last := lineSpan(f, r)
	if end := position(f, r.End); end.Line <= last {
		return end
	}
	return f.Position(max(f.LineRange(last).End, r.Start))
}
