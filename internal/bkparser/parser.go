// Copied from github.com/moby/buildkit/frontend/dockerfile/parser/parser.go
// (Apache License 2.0) and changed as doc.go lists.

package bkparser

import (
	"bufio"
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/moby/buildkit/frontend/dockerfile/command"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"
	"github.com/pkg/errors"

	"github.com/dockerfix/dockerfix/internal/ascii"
)

// Upstream's types: instructions.Parse and every other BuildKit API take
// them, so this package builds them rather than copies of them.
type (
	Node     = parser.Node
	Heredoc  = parser.Heredoc
	Result   = parser.Result
	Warning  = parser.Warning
	Range    = parser.Range
	Position = parser.Position
)

// DefaultEscapeToken is the default escape token
const DefaultEscapeToken = '\\'

// canContainHeredoc replaces upstream's unexported Node method of the same
// name and its two package-level maps.
func canContainHeredoc(node *Node) bool {
	// check for compound commands, like ONBUILD
	if ascii.LowerName(node.Value) == command.Onbuild {
		if node.Next != nil && len(node.Next.Children) > 0 {
			node = node.Next.Children[0]
		}
	}

	switch ascii.LowerName(node.Value) {
	case command.Add, command.Copy, command.Run:
	default:
		return false
	}
	if isJSON := node.Attributes["json"]; isJSON {
		return false
	}

	return true
}

// directives is the structure used during a build run to hold the state of
// parsing directives.
type directives struct {
	parser      parser.DirectiveParser
	escapeToken rune     // Current escape token
	words       []string // parseNameVal's words, the buffer reused line to line
	nodes       []Node   // the instructions' nodes are taken from here (newNode)
}

// newNode returns a node from d.nodes, which a TreeParser hands from one
// parse to the next, so it may hold an earlier parse's node: the caller
// sets it whole. A full slab is replaced by one twice its size; the nodes
// already taken stay where they are.
func (d *directives) newNode() *Node {
	if len(d.nodes) == cap(d.nodes) {
		d.nodes = make([]Node, 0, max(16, 2*cap(d.nodes)))
	}
	d.nodes = d.nodes[:len(d.nodes)+1]
	return &d.nodes[len(d.nodes)-1]
}

// setEscapeToken sets the default token for escaping characters and as line-
// continuation token in a Dockerfile. Only ` (backtick) and \ (backslash) are
// allowed as token.
func (d *directives) setEscapeToken(s string) error {
	if s != "`" && s != `\` {
		return errors.Errorf("invalid escape token '%s' does not match ` or \\", s)
	}
	d.escapeToken = rune(s[0])
	return nil
}

// possibleParserDirective looks for parser directives, eg '# escapeToken=<char>'.
// Parser directives must precede any builder instruction or other comments,
// and cannot be repeated. Returns true if a parser directive was found.
func (d *directives) possibleParserDirective(line []byte) (bool, error) {
	directive, err := d.parser.ParseLine(line)
	if err != nil {
		return false, err
	}
	if directive != nil && directive.Name == keyEscape {
		err := d.setEscapeToken(directive.Value)
		return err == nil, err
	}
	return directive != nil, nil
}

const keyEscape = "escape"

// lineParser is upstream's dispatch table, as a switch: the command is
// mapped to the line parser, which receives the arguments but not the
// command and returns an AST.
func lineParser(cmd string) lineParseFunc {
	switch ascii.LowerName(cmd) {
	case command.Add, command.Copy, command.Volume:
		return parseMaybeJSONToList
	case command.Arg:
		return parseNameOrNameVal
	case command.Cmd, command.Entrypoint, command.Run, command.Shell:
		return parseMaybeJSON
	case command.Env:
		return parseEnv
	case command.Expose, command.From:
		return parseStringsWhitespaceDelimited
	case command.Healthcheck:
		return parseHealthConfig
	case command.Label:
		return parseLabel
	case command.Maintainer, command.StopSignal, command.User, command.Workdir:
		return parseString
	case command.Onbuild:
		return parseSubCommand
	}
	// Ignore invalid Dockerfile instructions
	return parseIgnore
}

// newNodeFromLine splits the line into parts, and dispatches to a function
// based on the command and command arguments. A Node is created from the
// result of the dispatch. The values of its argument nodes are appended to
// vals; its Next is left nil, but for ONBUILD.
func newNodeFromLine(line string, d *directives, comments []string, vals []string) (*Node, []string, error) {
	cmd, flags, args, err := splitCommand(line, d)
	if err != nil {
		return nil, vals, err
	}

	vals, sub, attrs, err := lineParser(cmd)(args, d, vals)
	if err != nil {
		return nil, vals, err
	}

	n := d.newNode()
	*n = Node{
		Value:       cmd,
		Original:    line,
		Flags:       flags,
		Next:        sub,
		Attributes:  attrs,
		PrevComment: comments,
	}
	return n, vals, nil
}

// chain builds the argument nodes upstream chains after a command, one per
// value, in one allocation.
func chain(vals []string) *Node {
	if len(vals) == 0 {
		return nil
	}
	nodes := make([]Node, len(vals))
	for i, v := range vals {
		nodes[i].Value = v
		if i > 0 {
			nodes[i-1].Next = &nodes[i]
		}
	}
	return &nodes[0]
}

// Tree is a parsed Dockerfile as upstream's tree, but for the argument
// nodes: each instruction's Next is nil (ONBUILD's excepted) and its
// arguments are the strings Args returns. Those nodes are most of the
// tree's allocations, and a caller that reads its arguments from the
// source needs them only to hand an instruction to BuildKit's other APIs:
// Fill and Full build them then.
type Tree struct {
	Root        *Node // its Children are the instructions
	Warnings    []Warning
	EscapeToken rune

	vals []string // the argument values of every instruction, in order
	ends []int    // instruction i's values end at vals[ends[i]]
}

// Args returns the values of the nodes upstream chains after instruction
// i's command (Next, Next.Next, …), none of which holds anything else.
// Empty for ONBUILD, whose Next is its nested instruction.
func (t *Tree) Args(i int) []string {
	start := 0
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.vals[start:t.ends[i]:t.ends[i]]
}

// Fill builds instruction i's argument nodes, unless built, and returns
// the instruction: upstream's node, Next chain and all.
func (t *Tree) Fill(i int) *Node {
	n := t.Root.Children[i]
	if n.Next == nil {
		n.Next = chain(t.Args(i))
	}
	return n
}

// Full fills every instruction and returns the root: upstream's tree.
func (t *Tree) Full() *Node {
	for i := range t.Root.Children {
		t.Fill(i)
	}
	return t.Root
}

// Parse parses a Dockerfile. It is upstream's Parse(bytes.NewReader(src)),
// result and error alike.
func Parse(src []byte) (*Result, error) {
	return ParseText(src, string(src))
}

// ParseText is Parse for a caller that already holds text, which must be
// string(src). The tree's strings (one-line instructions, comments,
// heredoc bodies) are substrings of text rather than copies.
func ParseText(src []byte, text string) (*Result, error) {
	t, err := ParseTree(src, text)
	if t == nil {
		return nil, err
	}
	return &Result{AST: t.Full(), Warnings: t.Warnings, EscapeToken: t.EscapeToken}, err
}

// ParseTree is ParseText without building the argument nodes (see Tree).
// Like ParseText, it may return a tree and an error: a line over the
// scanner's limit ends the parse there.
func ParseTree(src []byte, text string) (*Tree, error) {
	return new(TreeParser).Parse(src, text)
}

// A TreeParser is ParseTree reusing the memory of the tree it returned
// last: the Tree, its nodes, argument values, comments and root, and its
// own scratch. So that Tree, and every node of it, is valid until the next
// Parse. The zero TreeParser is ready to use; it is not for concurrent use.
type TreeParser struct {
	tree     Tree
	root     Node
	children []*Node
	nodes    []Node
	vals     []string
	ends     []int
	d        directives
	pieces   [][]byte
	notes    []string
}

// Parse is ParseTree, reusing p's memory.
func (p *TreeParser) Parse(src []byte, text string) (*Tree, error) {
	d := &p.d
	*d = directives{words: d.words[:0]}
	d.setEscapeToken(string(DefaultEscapeToken))
	d.nodes = p.nodes[:0]
	if d.nodes == nil {
		// A first parse: about one instruction for every four lines on
		// real Dockerfiles, and newNode doubles the slab when it is short.
		d.nodes = make([]Node, 0, 4+bytes.Count(src, []byte{'\n'})/4)
	}
	currentLine := 0
	root := &p.root
	*root = Node{StartLine: -1, Children: p.children[:0]}
	// Sized for a typical Dockerfile, to spare the first few growths.
	vals := p.vals[:0]
	if vals == nil {
		vals = make([]string, 0, 32)
	}
	ends := p.ends[:0]
	if ends == nil {
		ends = make([]int, 0, 16)
	}
	defer func() {
		p.nodes, p.children = d.nodes, root.Children
		p.vals, p.ends = vals, ends
	}()
	scanner := &lineScanner{src: src}
	// textOf returns a subslice of src as the same bytes of text.
	textOf := func(b []byte) string {
		if len(b) == 0 {
			return ""
		}
		off := cap(src) - cap(b)
		return text[off : off+len(b)]
	}
	warnings := []Warning{}
	// The comments above the next instruction, its PrevComment: always the
	// tail of notes, an arena the TreeParser keeps, capped so that a
	// caller's append cannot reach the next instruction's.
	var comments []string
	notes := p.notes[:0]
	defer func() { p.notes = notes[:0] }()
	// The pieces of a logical line, joined at its size once it is complete:
	// a long RUN would otherwise grow a buffer line by line.
	pieces := p.pieces[:0]
	if pieces == nil {
		pieces = make([][]byte, 0, 64)
	}
	defer func() { p.pieces = pieces[:0] }()

	var err error
	for scanner.Scan() {
		bytesRead := scanner.Bytes()
		if currentLine == 0 {
			// First line, strip the byte-order-marker if present
			bytesRead = discardBOM(bytesRead)
		}
		if isComment(bytesRead) {
			comment := strings.TrimSpace(textOf(bytesRead[1:]))
			if comment == "" {
				comments = nil
			} else {
				start := len(notes) - len(comments)
				notes = append(notes, comment)
				comments = notes[start:len(notes):len(notes)]
			}
		}
		var directiveOk bool
		bytesRead, directiveOk, err = processLine(d, bytesRead, true)
		// If the line is a directive, strip it from the comments
		// so it doesn't get added to the AST.
		if directiveOk {
			comments = comments[:len(comments)-1]
			notes = notes[:len(notes)-1]
		}
		if err != nil {
			return nil, withLocation(err, currentLine, 0)
		}
		currentLine++

		startLine := currentLine
		bytesRead, isEndOfLine := trimContinuationCharacter(bytesRead, d)
		if isEndOfLine && len(bytesRead) == 0 {
			continue
		}
		var line string
		if isEndOfLine {
			// One physical line: a substring, no buffer.
			line = textOf(bytesRead)
		} else {
			pieces = append(pieces[:0], bytesRead)
		}

		var hasEmptyContinuationLine bool
		for !isEndOfLine && scanner.Scan() {
			bytesRead, _, err := processLine(d, scanner.Bytes(), false)
			if err != nil {
				return nil, withLocation(err, currentLine, 0)
			}
			currentLine++

			if isComment(scanner.Bytes()) {
				// original line was a comment (processLine strips comments)
				continue
			}
			if isEmptyContinuationLine(bytesRead) {
				hasEmptyContinuationLine = true
				continue
			}

			bytesRead, isEndOfLine = trimContinuationCharacter(bytesRead, d)
			pieces = append(pieces, bytesRead)
		}

		if line == "" {
			line = join(pieces)
		}

		if hasEmptyContinuationLine {
			warnings = append(warnings, Warning{
				Short:    "Empty continuation line found in: " + line,
				Detail:   [][]byte{[]byte("Empty continuation lines will become errors in a future release")},
				URL:      "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/",
				Location: &Range{Start: Position{Line: currentLine}, End: Position{Line: currentLine}},
			})
		}

		var child *Node
		child, vals, err = newNodeFromLine(line, d, comments, vals)
		if err != nil {
			return nil, withLocation(err, startLine, currentLine)
		}

		if canContainHeredoc(child) && strings.Contains(line, "<<") {
			heredocs, err := heredocsFromLine(line)
			if err != nil {
				return nil, withLocation(err, startLine, currentLine)
			}

			for _, heredoc := range heredocs {
				terminator := []byte(heredoc.Name)
				terminated := false
				// The body's lines are consecutive in src: a substring
				// of text unless the heredoc came with content.
				var body []byte
				for scanner.Scan() {
					bytesRead := scanner.Bytes()
					currentLine++

					possibleTerminator := trimNewline(bytesRead)
					if heredoc.Chomp {
						possibleTerminator = trimLeadingTabs(possibleTerminator)
					}
					if bytes.Equal(possibleTerminator, terminator) {
						terminated = true
						break
					}
					if body == nil {
						body = bytesRead
					} else {
						body = body[:len(body)+len(bytesRead)]
					}
				}
				if !terminated {
					return nil, withLocation(errors.New("unterminated heredoc"), startLine, currentLine)
				}

				heredoc.Content += textOf(body)
				child.Heredocs = append(child.Heredocs, heredoc)
			}
		}

		root.AddChild(child, startLine, currentLine)
		ends = append(ends, len(vals))
		comments = nil
	}

	if root.StartLine < 0 {
		return nil, withLocation(errors.New("file with no instructions"), currentLine, 0)
	}

	p.tree = Tree{
		Root:        root,
		Warnings:    warnings,
		EscapeToken: d.escapeToken,
		vals:        vals,
		ends:        ends,
	}
	return &p.tree, withLocation(handleScannerError(scanner.Err()), currentLine, 0)
}

// join concatenates pieces into a string in one allocation.
func join(pieces [][]byte) string {
	n := 0
	for _, p := range pieces {
		n += len(p)
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, p := range pieces {
		sb.Write(p)
	}
	return sb.String()
}

// lineScanner is the bufio.Scanner upstream reads with (its default buffer,
// scanLines), over a byte slice: the lines are subslices of src, not copies
// into a buffer of its own. Its limits are the Scanner's, quirks included:
// a line longer than bufio.MaxScanTokenSize stops the scan with
// bufio.ErrTooLong, and one more Scan then yields the line's first
// MaxScanTokenSize bytes.
type lineScanner struct {
	src     []byte
	pos     int
	token   []byte
	err     error
	pending []byte // the truncated line a Scan after ErrTooLong yields
}

func (s *lineScanner) Scan() bool {
	s.token = nil
	if s.err != nil {
		s.token, s.pending = s.pending, nil
		return s.token != nil
	}
	rest := s.src[s.pos:]
	if len(rest) == 0 {
		return false
	}
	n := len(rest)
	terminated := false
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n, terminated = i+1, true
	}
	// The Scanner's buffer holds MaxScanTokenSize bytes. An unterminated
	// last line that fills it exactly is too long too: the Scanner gives up
	// before it reads the end of the input.
	if n > bufio.MaxScanTokenSize || (!terminated && n == bufio.MaxScanTokenSize) {
		s.err = bufio.ErrTooLong
		s.pending = rest[:bufio.MaxScanTokenSize]
		s.pos = len(s.src)
		return false
	}
	s.token = rest[:n]
	s.pos += n
	return true
}

func (s *lineScanner) Bytes() []byte { return s.token }
func (s *lineScanner) Err() error    { return s.err }

func heredocsFromLine(line string) ([]Heredoc, error) {
	shlex := shell.NewLex('\\')
	shlex.RawQuotes = true
	shlex.RawEscapes = true
	shlex.SkipUnsetEnv = true
	words, _ := shlex.ProcessWords(line, emptyEnvs{})

	var docs []Heredoc
	for _, word := range words {
		heredoc, err := parser.ParseHeredoc(word)
		if err != nil {
			return nil, err
		}
		if heredoc != nil {
			docs = append(docs, *heredoc)
		}
	}
	return docs, nil
}

func trimComments(src []byte) []byte {
	if !isComment(src) {
		return src
	}
	return nil
}

// TrimLeadingWhitespace is bytes.TrimLeftFunc(src, unicode.IsSpace) with
// the ASCII blanks tested inline; a non-ASCII byte takes the original.
func TrimLeadingWhitespace(src []byte) []byte {
	for i, c := range src {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
		case c < utf8.RuneSelf:
			return src[i:]
		default:
			return bytes.TrimLeftFunc(src[i:], unicode.IsSpace)
		}
	}
	return nil // as TrimLeftFunc: nothing left is nil
}
func trimLeadingTabs(src []byte) []byte {
	return bytes.TrimLeft(src, "\t")
}

// trimNewline is bytes.TrimRight(src, "\r\n") without building a cutset.
func trimNewline(src []byte) []byte {
	n := len(src)
	for n > 0 && (src[n-1] == '\n' || src[n-1] == '\r') {
		n--
	}
	return src[:n]
}

func isComment(line []byte) bool {
	line = TrimLeadingWhitespace(line)
	return len(line) > 0 && line[0] == '#'
}

func isEmptyContinuationLine(line []byte) bool {
	return len(TrimLeadingWhitespace(trimNewline(line))) == 0
}

func trimContinuationCharacter(line []byte, d *directives) ([]byte, bool) {
	if keep, ok := Continuation(line, byte(d.escapeToken)); ok {
		return line[:keep], false
	}
	return line, true
}

// Continuation reports whether a line (terminator removed) ends in a line
// continuation, and how many bytes of it to keep. Upstream matches every
// line against
//
//	([^E])E[ \t]*$|^E[ \t]*$
//
// (E the escape token) and replaces the match with $1; that regexp is most
// of upstream's CPU time. This is the same test on bytes, quirks included:
// the last E followed only by blanks, and not preceded by another E.
func Continuation(line []byte, escape byte) (keep int, ok bool) {
	n := len(line)
	for n > 0 && (line[n-1] == ' ' || line[n-1] == '\t') {
		n--
	}
	if n == 0 || line[n-1] != escape || (n > 1 && line[n-2] == escape) {
		return 0, false
	}
	return n - 1, true
}

// TODO: remove stripLeftWhitespace after deprecation period. It seems silly
// to preserve whitespace on continuation lines. Why is that done?
func processLine(d *directives, token []byte, stripLeftWhitespace bool) ([]byte, bool, error) {
	token = trimNewline(token)
	if stripLeftWhitespace {
		token = TrimLeadingWhitespace(token)
	}
	directiveOk, err := d.possibleParserDirective(token)
	return trimComments(token), directiveOk, err
}

func withLocation(err error, start, end int) error {
	return parser.WithLocation(err, toRanges(start, end))
}

func toRanges(start, end int) (r []Range) {
	if end <= start {
		end = start
	}
	for i := start; i <= end; i++ {
		r = append(r, Range{Start: Position{Line: i}, End: Position{Line: i}})
	}
	return
}

func discardBOM(dt []byte) []byte {
	return bytes.TrimPrefix(dt, []byte{0xEF, 0xBB, 0xBF})
}

func handleScannerError(err error) error {
	switch {
	case errors.Is(err, bufio.ErrTooLong):
		return errors.Errorf("dockerfile line greater than max allowed size of %d", bufio.MaxScanTokenSize-1)
	default:
		return err
	}
}

type emptyEnvs struct{}

func (emptyEnvs) Get(string) (string, bool) {
	return "", false
}

func (emptyEnvs) Keys() []string {
	return nil
}
