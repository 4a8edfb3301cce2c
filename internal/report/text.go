package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dockerfix/dockerfix/lint"
)

// TextOptions configures Text.
type TextOptions struct {
	Color   bool
	Summary bool
	// Unsafe is set when --unsafe-fixes is given: unsafe fixes count as
	// fixable.
	Unsafe bool
}

const (
	bold   = "\x1b[1m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
	dim    = "\x1b[2m"
	reset  = "\x1b[0m"
)

// Text writes one line per finding, with what its fix does and whether it
// is safe:
//
//	path:line:col: severity DF401 message [fix: Replace with LABEL …]
//	path:line:col: severity DF101 message [unsafe fix: Bump node:21 to node:24 …]
//
// and, when asked, a summary line.
func Text(w io.Writer, files []File, opts TextOptions) error {
	var b []byte
	for _, f := range files {
		b = AppendText(b, f, opts)
	}
	if opts.Summary {
		b = append(b, SummaryLine(Summarize(files), opts.Unsafe)...)
		b = append(b, '\n')
	}
	_, err := w.Write(b)
	return err
}

// AppendText appends the lines of f's findings (opts.Summary aside).
func AppendText(b []byte, f File, opts TextOptions) []byte {
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + reset
	}
	for _, d := range f.Diagnostics {
		pos := f.File.Position(d.Range.Start)
		sev := d.Severity.String()
		switch d.Severity {
		case lint.Error:
			sev = paint(red, sev)
		case lint.Warning:
			sev = paint(yellow, sev)
		default:
			sev = paint(cyan, sev)
		}
		b = fmt.Appendf(b, "%s:%d:%d: %s %s %s", paint(bold, QuotePath(f.Path)), pos.Line, pos.Column, sev, d.Rule, d.Message)
		if len(d.Fixes) > 0 {
			label := " [fix: "
			if !d.Fixes[0].Safe {
				label = " [unsafe fix: "
			}
			b = append(b, paint(dim, label+d.Fixes[0].Message+"]")...)
		}
		b = append(b, '\n')
	}
	return b
}

// QuotePath is a path as the text report shows it: as it is, unless it
// holds a character that is not printable (a newline, a tab, another
// control character) or bytes that are not UTF-8, which would break the
// line or the terminal. Such a path is quoted as strconv.Quote does, and
// so is one that starts with a double quote, lest it read as quoted.
func QuotePath(p string) string {
	if !utf8.ValidString(p) || strings.HasPrefix(p, `"`) || strings.ContainsFunc(p, notPrintable) {
		return strconv.Quote(p)
	}
	return p
}

func notPrintable(r rune) bool { return !strconv.IsPrint(r) }

// SummaryLine is "N findings in M files, K fixable with --write".
func SummaryLine(s Summary, unsafe bool) string {
	line := fmt.Sprintf("%s in %s", Plural(s.Findings, "finding"), Plural(s.Files, "file"))
	fixable := s.Fixable
	if unsafe {
		fixable += s.UnsafeFixable
	}
	if fixable > 0 || (s.UnsafeFixable > 0 && !unsafe) {
		line += fmt.Sprintf(", %d fixable with --write", fixable)
	}
	if s.UnsafeFixable > 0 && !unsafe {
		line += fmt.Sprintf(" (%d more with --unsafe-fixes)", s.UnsafeFixable)
	}
	return line
}

// FixedLine says what --write did, or --diff would do: "fixed 3 findings
// in 2 files (4 remaining, 2 with unsafe fixes)". fixed counts the fixes
// applied, files the files they changed, and remaining what is left.
func FixedLine(verb string, fixed, files int, remaining Summary) string {
	line := verb + " " + Plural(fixed, "finding")
	if files > 0 {
		line += " in " + Plural(files, "file")
	}
	if remaining.Findings > 0 {
		line += fmt.Sprintf(" (%d remaining", remaining.Findings)
		if remaining.UnsafeFixable > 0 {
			line += fmt.Sprintf(", %d with unsafe fixes", remaining.UnsafeFixable)
		}
		line += ")"
	}
	return line
}

// Plural is "1 file", "2 files".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
