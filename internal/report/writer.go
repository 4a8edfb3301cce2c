package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// ToolURI is dockerfix's home page, for the formats that name the tool.
const ToolURI = "https://github.com/dockerfix/dockerfix"

// Formats are the output formats NewWriter knows, in the order the help
// lists them.
func Formats() []string {
	return []string{"text", "json", "sarif", "github", "rdjson", "rdjsonl", "gitlab"}
}

// Options is what the formats need besides the files.
type Options struct {
	Rules []*lint.Rule // the registry: rule names, and SARIF's rule list
	// RuleDoc returns a rule's Markdown documentation, "" when it has
	// none: SARIF's help text.
	RuleDoc func(*lint.Rule) string
	Version string // dockerfix's version: SARIF's tool.driver.version
	Color   bool   // text: ANSI colours
	Unsafe  bool   // text: --unsafe-fixes is on
}

// Writer writes one format's output a file at a time, so that a run need
// not hold every file's findings until the end: AppendFile renders a
// file's part, from any goroutine; Add writes the parts in order; Close
// ends the document.
type Writer struct {
	out    *bufio.Writer
	render func(b []byte, f File) []byte
	jw     *JSONWriter // json: its own document writer

	// The documents with an array of findings (sarif, rdjson, gitlab):
	// head, the array, tail. Each element of a part starts with a comma
	// and the newline and indentation of its line (appendElement).
	array      bool
	head, tail string
	indent     string // the indentation of the line the array opens on
	n          int    // parts written
}

// NewWriter starts the document of format on w.
func NewWriter(w io.Writer, format string, opts Options) (*Writer, error) {
	wr := &Writer{}
	switch format {
	case "text":
		topts := TextOptions{Color: opts.Color, Unsafe: opts.Unsafe}
		wr.render = func(b []byte, f File) []byte { return AppendText(b, f, topts) }
	case "json":
		wr.jw = NewJSONWriter(w)
		wr.render = func(b []byte, f File) []byte { return AppendJSONFile(b, f, opts.Rules) }
		return wr, nil
	case "sarif":
		s := newSARIF(opts)
		wr.array = true
		wr.head, wr.tail, wr.indent = splitDocument(s.document())
		s.indent = wr.indent
		wr.render = s.appendFile
	case "github":
		wr.render = func(b []byte, f File) []byte { return appendGitHub(b, f, opts.Rules) }
	case "rdjson":
		wr.array = true
		wr.head, wr.tail, wr.indent = splitDocument(rdjsonDocument())
		indent := wr.indent
		wr.render = func(b []byte, f File) []byte { return appendRDJSON(b, f, opts.Rules, indent) }
	case "rdjsonl":
		wr.render = func(b []byte, f File) []byte { return appendRDJSONL(b, f, opts.Rules) }
	case "gitlab":
		wr.render = appendGitLab
		wr.array, wr.tail = true, "\n"
	default:
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))
	}
	wr.out = bufio.NewWriterSize(w, 64<<10)
	wr.out.WriteString(wr.head)
	return wr, nil
}

// AppendFile appends f's part of the output to b. It keeps no state: the
// files of a run may be rendered in parallel.
func (w *Writer) AppendFile(b []byte, f File) []byte { return w.render(b, f) }

// Add writes a part that AppendFile rendered, in the order of the files.
// For text, any text may be added (the summary line). Write errors are
// kept for Close.
func (w *Writer) Add(part []byte) {
	switch {
	case w.jw != nil:
		w.jw.Add(part)
	case !w.array:
		w.out.Write(part)
	case len(part) > 0:
		if w.n == 0 {
			w.out.WriteByte('[')
			part = part[1:] // the first element's comma
		}
		w.out.Write(part)
		w.n++
	}
}

// Close ends the document and flushes it, returning the first write error.
func (w *Writer) Close() error {
	if w.jw != nil {
		return w.jw.Close()
	}
	if w.array {
		if w.n == 0 {
			w.out.WriteString("[]")
		} else {
			w.out.WriteString("\n" + w.indent + "]")
		}
	}
	w.out.WriteString(w.tail)
	return w.out.Flush()
}

// elementsPlaceholder stands for the streamed array in a document that
// splitDocument splits.
const elementsPlaceholder = "\x00elements"

// splitDocument encodes doc, indented as encodeJSON does, where one value
// is elementsPlaceholder, and returns the text before and after that value
// and the indentation of its line: the array streamed in its place is
// then byte for byte what encoding/json writes for the whole document.
func splitDocument(doc any) (head, tail, indent string) {
	b := string(encodeJSON(nil, doc, ""))
	quoted := string(encodeJSON(nil, elementsPlaceholder, ""))
	i := strings.LastIndex(b, quoted)
	if i < 0 {
		panic("report: no placeholder in the document") // a bug in a format
	}
	lineStart := strings.LastIndexByte(b[:i], '\n') + 1
	indent = b[lineStart:i]
	indent = indent[:len(indent)-len(strings.TrimLeft(indent, " "))]
	return b[:i], b[i+len(quoted):] + "\n", indent
}

// appendElement appends v as one element of the streamed array: a comma,
// a new line, and v indented one level deeper than the array's line.
func appendElement(b []byte, v any, indent string) []byte {
	b = append(b, ",\n"...)
	b = append(b, indent...)
	b = append(b, "  "...)
	return encodeJSON(b, v, indent+"  ")
}

// encodeJSON appends v as encoding/json writes it, indented by two spaces
// after prefix, without HTML escaping and without a final newline.
func encodeJSON(b []byte, v any, prefix string) []byte {
	return appendEncoded(b, v, prefix, "  ")
}

// appendCompactJSON appends v on one line, without HTML escaping.
func appendCompactJSON(b []byte, v any) []byte {
	return appendEncoded(b, v, "", "")
}

func appendEncoded(b []byte, v any, prefix, indent string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		panic("report: " + err.Error()) // the formats' own types always encode
	}
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}
