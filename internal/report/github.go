package report

import (
	"strconv"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// appendGitHub appends one GitHub Actions workflow command per finding,
// which the runner turns into an annotation:
//
//	::warning file=Dockerfile,line=2,endLine=2,col=1,endColumn=14,title=DF401 maintainer::MAINTAINER is deprecated; use a LABEL [fix: …]
//
// error, warning and notice follow the severity. Columns count UTF-16 code
// units, as in SARIF, and are left out when the finding spans lines: the
// runner takes them only on one line. The message ends with the first
// fix's label, as in the text format.
func appendGitHub(b []byte, f File, rules []*lint.Rule) []byte {
	p := f.RepoPath
	if p == "" {
		p = f.Path
	}
	for _, d := range f.Diagnostics {
		start, end := f.File.Position(d.Range.Start), lineEnd(f.File, d.Range)
		b = append(b, "::"...)
		switch d.Severity {
		case lint.Error:
			b = append(b, "error"...)
		case lint.Warning:
			b = append(b, "warning"...)
		default:
			b = append(b, "notice"...)
		}
		b = append(b, " file="...)
		b = appendCommandProperty(b, p)
		b = append(b, ",line="...)
		b = strconv.AppendInt(b, int64(start.Line), 10)
		b = append(b, ",endLine="...)
		b = strconv.AppendInt(b, int64(end.Line), 10)
		if start.Line == end.Line {
			b = append(b, ",col="...)
			b = strconv.AppendInt(b, int64(utf16Column(f.File, start)), 10)
			b = append(b, ",endColumn="...)
			b = strconv.AppendInt(b, int64(utf16Column(f.File, end)), 10)
		}
		b = append(b, ",title="...)
		title := d.Rule
		if name := ruleName(rules, d.Rule); name != "" {
			title += " " + name
		}
		b = appendCommandProperty(b, title)
		b = append(b, "::"...)
		b = appendCommandData(b, d.Message+fixLabel(d))
		b = append(b, '\n')
	}
	return b
}

// fixLabel is " [fix: message]" or " [unsafe fix: message]" for the first
// fix, as the text format shows it, or "" when there is none.
func fixLabel(d lint.Diagnostic) string {
	if len(d.Fixes) == 0 {
		return ""
	}
	if d.Fixes[0].Safe {
		return " [fix: " + d.Fixes[0].Message + "]"
	}
	return " [unsafe fix: " + d.Fixes[0].Message + "]"
}

// appendCommandData escapes a workflow command's message as @actions/core's
// escapeData does (packages/core/src/command.ts): %, CR and LF.
func appendCommandData(b []byte, s string) []byte {
	return appendEscaped(b, s, false)
}

// appendCommandProperty escapes a property value as @actions/core's
// escapeProperty does: escapeData's three, and ':' and ','.
func appendCommandProperty(b []byte, s string) []byte {
	return appendEscaped(b, s, true)
}

func appendEscaped(b []byte, s string, property bool) []byte {
	for {
		i := strings.IndexFunc(s, func(r rune) bool {
			return r == '%' || r == '\r' || r == '\n' || property && (r == ':' || r == ',')
		})
		if i < 0 {
			return append(b, s...)
		}
		b = append(b, s[:i]...)
		switch s[i] {
		case '%':
			b = append(b, "%25"...)
		case '\r':
			b = append(b, "%0D"...)
		case '\n':
			b = append(b, "%0A"...)
		case ':':
			b = append(b, "%3A"...)
		case ',':
			b = append(b, "%2C"...)
		}
		s = s[i+1:]
	}
}
