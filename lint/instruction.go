package lint

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/dockerfix/dockerfix/internal/ascii"
	"github.com/dockerfix/dockerfix/internal/bkparser"
)

// Instruction is one Dockerfile instruction with the byte ranges of its parts.
type Instruction struct {
	// Node is BuildKit's node for the instruction: its command, flags,
	// attributes, heredocs and lines. Its argument chain (Next) is left
	// unbuilt unless BuildKit's instruction parser needed it: Args and
	// Flags are the arguments, with their ranges.
	Node    *parser.Node
	Index   int    // position in File.Instructions
	Keyword string // upper-case: "FROM", "RUN", …
	// Range runs from the keyword to the end of the instruction's last line
	// (heredoc terminator included), trailing blanks and line terminator
	// excluded.
	Range Range
	// Lines runs from the start of the first line to after the last line's
	// terminator: the bytes to delete to remove the instruction.
	Lines              Range
	StartLine, EndLine int // 1-based, inclusive
	KeywordRange       Range
	Flags              []Flag
	ArgsRange          Range // first argument to end of the logical line; empty when no args
	Heredocs           []Heredoc
	Stage              *Stage // nil for ARGs before the first FROM
	JSON               bool   // exec form: ["a", "b"]

	// Small fields together: a file holds tens of thousands of these.
	escape      byte
	shellParsed bool
	pmKnown     uint16 // MayCall's answers for packageManagerBit's names: which are known
	pmCalls     uint16 // and which are true
	argsScanned bool
	wordsRead   bool
	looseRead   bool
	argsOff     int32    // where the arguments start in logical
	argsEnd     int32    // where they end, trailing blanks excluded
	shell       *Script  // parsed on first use
	words       []uint64 // scriptWords, found on first use
	loose       []byte   // looseText, made on first use
	loosePairs  []uint64 // and its byte pairs
	logical     mapped   // the logical line: continuations, inner comments and blank lines removed
	srcText     string   // the file's Src as a string, for words to slice
	args        []Word
}

// Args are the words after the flags: shell words, quotes and escapes kept,
// or the strings of the JSON array. They are found on first use: the words
// of a long RUN cost more than the rest of its scan, and most rules read
// the RUN through its shell syntax tree instead. Like Shell, it is not for
// concurrent use: a file is linted on one goroutine.
func (in *Instruction) Args() []Word {
	if !in.argsScanned {
		in.scanArgs()
		in.argsScanned = true
	}
	return in.args
}

// FirstArgHas reports whether the first argument word contains c, without
// scanning the others: a long LABEL or ENV is judged by its first word.
func (in *Instruction) FirstArgHas(c byte) bool {
	if in.argsScanned || in.JSON {
		args := in.Args()
		return len(args) > 0 && strings.IndexByte(args[0].Text, c) >= 0
	}
	text, i, end := in.logical.text, int(in.argsOff), int(in.argsEnd)
	return bytes.IndexByte(text[i:scanWord(text[:end], i, in.escape)], c) >= 0
}

// Flag is a `--name=value` builder flag.
type Flag struct {
	Name       string // without the leading "--"
	Value      string // unquoted
	HasValue   bool
	Range      Range // the whole flag
	ValueRange Range // the raw value, quotes included
}

// Word is an argument word. Text is its logical text: quotes and escapes
// kept, line continuations removed.
type Word struct {
	Text  string
	Range Range
}

// Heredoc is a here-document attached to RUN, COPY or ADD.
type Heredoc struct {
	Name       string
	Body       Range // the content lines, terminators included
	Terminator Range // the terminator line, line terminator excluded
}

// mapped is text built from pieces of Src, with where each piece came from.
type mapped struct {
	text []byte
	segs []segment
	one  [1]segment // segs' storage for a one-line instruction
}

// segment says that text[at:at+n] was copied from Src[src:src+n].
type segment struct{ at, src, n int32 }

func (m *mapped) add(src []byte, start, end int) {
	if end <= start {
		return
	}
	if m.segs == nil {
		m.segs = m.one[:0]
	}
	m.segs = append(m.segs, segment{int32(len(m.text)), int32(start), int32(end - start)})
	if m.text == nil {
		// One line is the common case: share Src; the cap forces a copy on append.
		m.text = src[start:end:end]
		return
	}
	m.text = append(m.text, src[start:end]...)
}

// addByte appends a byte that stands for Src[at] (a newline the shell needs).
func (m *mapped) addByte(b byte, at int) {
	m.segs = append(m.segs, segment{int32(len(m.text)), int32(at), 1})
	m.text = append(m.text[:len(m.text):len(m.text)], b)
}

// addFrom appends o.text[from:] with its mapping. Into an empty m, the
// text is shared, not copied: its capacity is cut, so that an append copies.
func (m *mapped) addFrom(o *mapped, from int) {
	if len(m.segs) == 0 && len(m.text) == 0 {
		m.segs = make([]segment, 0, len(o.segs))
	}
	for _, sg := range o.segs {
		lo, hi := int(sg.at), int(sg.at+sg.n)
		if hi <= from {
			continue
		}
		if lo < from {
			lo = from
		}
		m.segs = append(m.segs, segment{int32(len(m.text) + lo - from), sg.src + int32(lo) - sg.at, int32(hi - lo)})
	}
	if len(m.text) == 0 {
		m.text = o.text[from:len(o.text):len(o.text)]
		return
	}
	m.text = append(m.text[:len(m.text):len(m.text)], o.text[from:]...)
}

// srcOf maps the logical offset i (in range) into Src.
func (m *mapped) srcOf(i int) int {
	lo, hi := 0, len(m.segs)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if int(m.segs[mid].at) <= i {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	sg := m.segs[lo]
	return int(sg.src) + i - int(sg.at)
}

// srcRange maps the logical range [start, end) back into Src.
func (m *mapped) srcRange(start, end int) Range {
	if start >= end {
		if start < len(m.text) {
			o := m.srcOf(start)
			return Range{o, o}
		}
		if len(m.text) == 0 {
			return Range{}
		}
		o := m.srcOf(len(m.text)-1) + 1
		return Range{o, o}
	}
	return Range{m.srcOf(start), m.srcOf(end-1) + 1}
}

// ArgText is the logical text of the arguments: what BuildKit hands to the
// instruction after joining continuation lines.
func (in *Instruction) ArgText() string {
	return strings.TrimSpace(string(in.logical.text[in.argsOff:]))
}

// Original is the whole logical line, keyword included.
func (in *Instruction) Original() string { return string(in.logical.text) }

// Flag returns the flag named name (case-insensitive).
func (in *Instruction) Flag(name string) (Flag, bool) {
	for _, f := range in.Flags {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Flag{}, false
}

// Is reports whether the instruction's keyword is one of keywords.
func (in *Instruction) Is(keywords ...string) bool {
	for _, k := range keywords {
		if strings.EqualFold(in.Keyword, k) {
			return true
		}
	}
	return false
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\v' || b == '\f' || b == '\r' }

// scanInstruction rescans the lines of node to find the byte ranges.
func (f *File) scanInstruction(in *Instruction, node *parser.Node) error {
	*in = Instruction{
		Node:      node,
		Keyword:   ascii.UpperName(node.Value),
		StartLine: node.StartLine,
		EndLine:   node.EndLine,
		JSON:      node.Attributes["json"],
		escape:    f.Escape,
	}
	if in.StartLine < 1 || in.EndLine > len(f.lineStart) || in.EndLine < in.StartLine {
		return &ParseError{Line: node.StartLine, Msg: "instruction lines out of range"}
	}
	line := in.StartLine
	if in.EndLine > in.StartLine && len(node.Heredocs) == 0 {
		// Sized once: a long RUN would otherwise grow these line by line.
		in.logical.text = take(&f.parser.text, f.LineRange(in.EndLine).End-f.LineRange(in.StartLine).Start)
		in.logical.segs = take(&f.parser.segs, in.EndLine-in.StartLine+1)
	}
	first := true
	for ; line <= in.EndLine; line++ {
		r := f.LineRange(line)
		content := f.Src[r.Start:r.End]
		for len(content) > 0 && content[len(content)-1] == '\r' {
			content = content[:len(content)-1]
		}
		start := r.Start
		if first {
			trimmed := bkparser.TrimLeadingWhitespace(content)
			start += len(content) - len(trimmed)
			content = trimmed
			in.Range.Start = start
			first = false
		} else {
			if t := bkparser.TrimLeadingWhitespace(content); len(t) == 0 || t[0] == '#' {
				continue
			}
		}
		if keep, ok := bkparser.Continuation(content, f.Escape); ok {
			in.logical.add(f.Src, start, start+keep)
			continue
		}
		in.logical.add(f.Src, start, start+len(content))
		break
	}
	in.Range.End = f.LineRange(in.EndLine).End
	for in.Range.End > in.Range.Start && (f.Src[in.Range.End-1] == ' ' || f.Src[in.Range.End-1] == '\t') {
		in.Range.End--
	}
	in.Lines = Range{f.FullLineRange(in.StartLine).Start, f.FullLineRange(in.EndLine).End}
	f.tokenize(in)
	f.scanHeredocs(in, line+1)
	return nil
}

func (f *File) tokenize(in *Instruction) {
	text := in.logical.text
	i := 0
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	kw := i
	for i < len(text) && !isSpaceByte(text[i]) {
		i++
	}
	in.KeywordRange = in.logical.srcRange(kw, i)
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	// Builder flags, as BuildKit's extractBuilderFlags reads them: from the
	// line with its trailing blanks trimmed, so that a flag with an open
	// quote (`--mount="x `) ends where the instruction does.
	trimmed := len(text)
	for trimmed > i && isSpaceByte(text[trimmed-1]) {
		trimmed--
	}
	for i+1 < trimmed && text[i] == '-' && text[i+1] == '-' {
		end := scanWord(text[:trimmed], i, f.Escape)
		raw := string(text[i:end])
		if raw == "--" {
			i = end
			break
		}
		fl := Flag{Range: in.logical.srcRange(i, end)}
		body := raw[2:]
		if eq := strings.IndexByte(body, '='); eq >= 0 {
			fl.Name = body[:eq]
			fl.HasValue = true
			vs := i + 2 + eq + 1
			fl.ValueRange = in.logical.srcRange(vs, end)
			fl.Value = unquote(string(text[vs:end]), f.Escape)
		} else {
			fl.Name = body
		}
		in.Flags = append(in.Flags, fl)
		i = end
		for i < len(text) && isSpaceByte(text[i]) {
			i++
		}
	}
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	in.argsOff = int32(i)
	end := len(text)
	for end > i && isSpaceByte(text[end-1]) {
		end--
	}
	in.ArgsRange = in.logical.srcRange(i, end)
	in.argsEnd = int32(end)
	in.srcText = f.srcText
}

func (in *Instruction) scanArgs() {
	text, i, end := in.logical.text, int(in.argsOff), int(in.argsEnd)
	if in.JSON {
		in.args = jsonWords(&in.logical, i, end)
		return
	}
	if i == end {
		return
	}
	// One string for all the words, which slice it: a RUN has hundreds.
	// Words end where the arguments do, before the trailing blanks, even
	// inside an unterminated quote: BuildKit trims the arguments first. A
	// one-line instruction's words slice the file's string.
	var args string
	base := i
	if len(in.logical.segs) == 1 {
		sg := in.logical.segs[0]
		base = int(sg.at) - int(sg.src)
		args = in.srcText
	} else {
		args = string(text[i:end])
	}
	in.args = make([]Word, 0, maxWords(text[i:end]))
	for i < end {
		we := scanWord(text[:end], i, in.escape)
		in.args = append(in.args, Word{Text: args[i-base : we-base], Range: in.logical.srcRange(i, we)})
		i = we
		for i < end && isSpaceByte(text[i]) {
			i++
		}
	}
}

// maxWords bounds the number of words in text: one more than its runs of
// blanks.
func maxWords(text []byte) int {
	n := 1
	for i := 1; i < len(text); i++ {
		if isSpaceByte(text[i]) && !isSpaceByte(text[i-1]) {
			n++
		}
	}
	return n
}

// scanWord returns the end of the whitespace-delimited word at i, honouring
// quotes and the escape character like BuildKit's parseWords.
func scanWord(text []byte, i int, escape byte) int {
	var quote byte
	for i < len(text) {
		c := text[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			} else if c == escape && quote != '\'' && i+1 < len(text) {
				i++
			}
		case isSpaceByte(c):
			return i
		case c == '\'' || c == '"':
			quote = c
		case c == escape && i+1 < len(text):
			i++
		}
		_, w := utf8.DecodeRune(text[i:])
		i += w
	}
	return i
}

// unquote removes one level of quotes and escapes, without expanding
// variables.
func unquote(s string, escape byte) string {
	if !strings.ContainsAny(s, "'\"") && strings.IndexByte(s, escape) < 0 {
		return s
	}
	var b strings.Builder
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '\'' || c == '"'):
			quote = c
		case c == escape && quote != '\'' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// jsonWords finds the string elements of a JSON array in logical[start:end].
func jsonWords(m *mapped, start, end int) []Word {
	text := m.text
	var words []Word
	for i := start; i < end; i++ {
		if text[i] != '"' {
			continue
		}
		j := i + 1
		for j < end && text[j] != '"' {
			if text[j] == '\\' {
				j++
			}
			j++
		}
		if j >= end {
			break
		}
		var s string
		if err := json.Unmarshal(text[i:j+1], &s); err != nil {
			s = string(text[i+1 : j])
		}
		words = append(words, Word{Text: s, Range: m.srcRange(i, j+1)})
		i = j
	}
	return words
}

// EndsHeredoc reports whether applying e would turn a line of a heredoc body
// into that heredoc's terminator (removing sudo from "sudo EOF"): the
// heredoc would end early and BuildKit would read the rest as
// instructions. Leading tabs are ignored, as <<- would.
func (f *File) EndsHeredoc(e Edit) bool {
	if e.Path != "" {
		return false
	}
	for _, in := range f.Instructions {
		for _, h := range in.Heredocs {
			if e.Range.Start < h.Body.Start || e.Range.End > h.Body.End {
				continue
			}
			start := bytes.LastIndexByte(f.Src[:e.Range.Start], '\n') + 1
			end := len(f.Src)
			if i := bytes.IndexByte(f.Src[e.Range.End:], '\n'); i >= 0 {
				end = e.Range.End + i
			}
			edited := string(f.Src[start:e.Range.Start]) + e.New + string(f.Src[e.Range.End:end])
			for _, l := range strings.Split(edited, "\n") {
				if strings.TrimLeft(strings.TrimRight(l, "\r"), "\t") == h.Name {
					return true
				}
			}
		}
	}
	return false
}

// scanHeredocs locates heredoc bodies, which start on the line after the
// logical line ends.
func (f *File) scanHeredocs(in *Instruction, line int) {
	for _, h := range in.Node.Heredocs {
		hd := Heredoc{Name: h.Name}
		bodyStart := -1
		for ; line <= in.EndLine; line++ {
			r := f.LineRange(line)
			if bodyStart < 0 {
				bodyStart = f.FullLineRange(line).Start
			}
			content := bytes.TrimRight(f.Src[r.Start:r.End], "\r")
			if h.Chomp {
				content = bytes.TrimLeft(content, "\t")
			}
			if string(content) == h.Name {
				hd.Terminator = r
				hd.Body = Range{bodyStart, f.FullLineRange(line).Start}
				line++
				break
			}
		}
		if bodyStart < 0 {
			bodyStart = in.Range.End
		}
		if hd.Body == (Range{}) {
			hd.Body = Range{bodyStart, in.Range.End}
		}
		in.Heredocs = append(in.Heredocs, hd)
	}
}

// KeywordLike writes keyword (upper case) in the case in's keyword is
// written in: lower case beside a lower-case keyword, else upper case. A
// fix that adds or renames an instruction keeps the file's style.
func (in *Instruction) KeywordLike(keyword string) string {
	written := in.srcText[in.KeywordRange.Start:in.KeywordRange.End]
	if written != "" && strings.ToLower(written) == written {
		return strings.ToLower(keyword)
	}
	return keyword
}
