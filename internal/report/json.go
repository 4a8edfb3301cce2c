package report

import (
	"bufio"
	"io"
	"path"
	"strconv"
	"unicode/utf8"

	"github.com/dockerfix/dockerfix/lint"
)

// The JSON schema, version 1 (README.md documents it; reference_test.go
// holds it as Go types). Field names and meanings are stable; new fields
// may be added. Lines and columns are 1-based, columns count bytes, offsets
// are 0-based bytes into the file; ranges are half-open.
//
//	{"version": 1, "files": [{"path", "diagnostics": [{"rule", "name",
//	  "severity", "message", "range": {"start": {"line", "column",
//	  "offset"}, "end": {…}}, "related": [{"message", "range"}],
//	  "fixes": [{"message", "safe", "edits": [{"path", "start", "end",
//	  "new"}]}]}], "notes": [{"message", "images"}]}]}
//
// "related" (places in the same file that bear on the finding) is left
// out when a diagnostic has none; "notes" (what the run could not do for
// the file, never findings) when a file has none, and a note's "images"
// when it names none.

// AppendJSONFile appends f as an element of the document's "files" array,
// for JSONWriter.Add. The CLI renders each file as soon as it is linted, in
// parallel, instead of in a serial tail after the lint.
func AppendJSONFile(b []byte, f File, rules []*lint.Rule) []byte {
	b = appendNewline(b, 2)
	return appendFile(b, 2, f, rules)
}

// JSONWriter writes the JSON document one file at a time, so that a run
// need not hold every file's part until the end.
type JSONWriter struct {
	w *bufio.Writer
	n int // files added
}

// NewJSONWriter starts the document on w.
func NewJSONWriter(w io.Writer) *JSONWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("{\n  \"version\": 1,\n  \"files\": ")
	return &JSONWriter{w: bw}
}

// Add writes one element of "files", as AppendJSONFile renders it. Write
// errors are kept for Close.
func (jw *JSONWriter) Add(part []byte) {
	// appendArray's layout.
	if jw.n == 0 {
		jw.w.WriteByte('[')
	} else {
		jw.w.WriteByte(',')
	}
	jw.w.Write(part)
	jw.n++
}

// Close ends the document and flushes it, returning the first write error.
func (jw *JSONWriter) Close() error {
	if jw.n == 0 {
		jw.w.WriteString("[]")
	} else {
		jw.w.WriteString("\n  ]")
	}
	jw.w.WriteString("\n}\n")
	return jw.w.Flush()
}

// appendArray appends n elements at depth d+1 (two spaces each), "[]"
// when there are none.
func appendArray(b []byte, d, n int, elem func([]byte, int) []byte) []byte {
	if n == 0 {
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendNewline(b, d+1)
		b = elem(b, i)
	}
	b = appendNewline(b, d)
	return append(b, ']')
}

func appendNewline(b []byte, d int) []byte {
	const indent = "\n                                " // 16 levels
	if 1+2*d <= len(indent) {
		return append(b, indent[:1+2*d]...)
	}
	b = append(b, indent...)
	for range d - (len(indent)-1)/2 {
		b = append(b, "  "...)
	}
	return b
}

// appendKey appends a member name at depth d, after a comma unless first.
func appendKey(b []byte, d int, key string, first bool) []byte {
	if !first {
		b = append(b, ',')
	}
	b = appendNewline(b, d)
	b = append(b, '"')
	b = append(b, key...)
	return append(b, "\": "...)
}

func appendFile(b []byte, d int, f File, rules []*lint.Rule) []byte {
	b = append(b, '{')
	b = appendKey(b, d+1, "path", true)
	b = appendString(b, f.Path)
	b = appendKey(b, d+1, "diagnostics", false)
	b = appendArray(b, d+1, len(f.Diagnostics), func(b []byte, i int) []byte {
		return appendDiagnostic(b, d+2, f, f.Diagnostics[i], rules)
	})
	if len(f.Notes) > 0 {
		b = appendKey(b, d+1, "notes", false)
		b = appendArray(b, d+1, len(f.Notes), func(b []byte, i int) []byte {
			n := f.Notes[i]
			b = append(b, '{')
			b = appendKey(b, d+3, "message", true)
			b = appendString(b, n.Message)
			if len(n.Images) > 0 {
				b = appendKey(b, d+3, "images", false)
				b = appendArray(b, d+3, len(n.Images), func(b []byte, i int) []byte {
					return appendString(b, n.Images[i])
				})
			}
			b = appendNewline(b, d+2)
			return append(b, '}')
		})
	}
	b = appendNewline(b, d)
	return append(b, '}')
}

func appendDiagnostic(b []byte, d int, f File, diag lint.Diagnostic, rules []*lint.Rule) []byte {
	b = append(b, '{')
	b = appendKey(b, d+1, "rule", true)
	b = appendString(b, diag.Rule)
	b = appendKey(b, d+1, "name", false)
	b = appendString(b, ruleName(rules, diag.Rule))
	b = appendKey(b, d+1, "severity", false)
	b = appendString(b, diag.Severity.String())
	b = appendKey(b, d+1, "message", false)
	b = appendString(b, diag.Message)
	b = appendKey(b, d+1, "range", false)
	b = appendRange(b, d+1, f.File, diag.Range)
	if len(diag.Related) > 0 {
		b = appendKey(b, d+1, "related", false)
		b = appendArray(b, d+1, len(diag.Related), func(b []byte, i int) []byte {
			rel := diag.Related[i]
			b = append(b, '{')
			b = appendKey(b, d+3, "message", true)
			b = appendString(b, rel.Message)
			b = appendKey(b, d+3, "range", false)
			b = appendRange(b, d+3, f.File, rel.Range)
			b = appendNewline(b, d+2)
			return append(b, '}')
		})
	}
	b = appendKey(b, d+1, "fixes", false)
	b = appendArray(b, d+1, len(diag.Fixes), func(b []byte, i int) []byte {
		return appendFix(b, d+2, f.Path, diag.Fixes[i])
	})
	b = appendNewline(b, d)
	return append(b, '}')
}

// appendRange appends r as {"start": pos, "end": pos}, the object at depth d.
func appendRange(b []byte, d int, f *lint.File, r lint.Range) []byte {
	b = append(b, '{')
	b = appendKey(b, d+1, "start", true)
	b = appendPos(b, d+1, f.Position(r.Start))
	b = appendKey(b, d+1, "end", false)
	b = appendPos(b, d+1, f.Position(r.End))
	b = appendNewline(b, d)
	return append(b, '}')
}

func appendPos(b []byte, d int, p lint.Position) []byte {
	b = append(b, '{')
	b = appendKey(b, d+1, "line", true)
	b = strconv.AppendInt(b, int64(p.Line), 10)
	b = appendKey(b, d+1, "column", false)
	b = strconv.AppendInt(b, int64(p.Column), 10)
	b = appendKey(b, d+1, "offset", false)
	b = strconv.AppendInt(b, int64(p.Offset), 10)
	b = appendNewline(b, d)
	return append(b, '}')
}

func appendFix(b []byte, d int, file string, fx lint.Fix) []byte {
	b = append(b, '{')
	b = appendKey(b, d+1, "message", true)
	b = appendString(b, fx.Message)
	b = appendKey(b, d+1, "safe", false)
	b = strconv.AppendBool(b, fx.Safe)
	b = appendKey(b, d+1, "edits", false)
	b = appendArray(b, d+1, len(fx.Edits), func(b []byte, i int) []byte {
		e := fx.Edits[i]
		p := file
		if e.Path != "" {
			p = path.Join(path.Dir(file), e.Path)
		}
		b = append(b, '{')
		b = appendKey(b, d+3, "path", true)
		b = appendString(b, p)
		b = appendKey(b, d+3, "start", false)
		b = strconv.AppendInt(b, int64(e.Range.Start), 10)
		b = appendKey(b, d+3, "end", false)
		b = strconv.AppendInt(b, int64(e.Range.End), 10)
		b = appendKey(b, d+3, "new", false)
		b = appendString(b, e.New)
		b = appendNewline(b, d+2)
		return append(b, '}')
	})
	b = appendNewline(b, d)
	return append(b, '}')
}

// appendString is encoding/json's string encoding with HTML escaping off:
// quote and backslash escaped, control characters as \b \f \n \r \t or
// \u00XX, invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
