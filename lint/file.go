package lint

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"
	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/internal/bkcheck"
	"github.com/dockerfix/dockerfix/internal/bkparser"
)

// File is a parsed Dockerfile that knows the byte range of every instruction,
// keyword, flag and argument word. BuildKit reports lines only; the ranges
// come from rescanning Src line by line the way BuildKit's scanner reads it.
type File struct {
	Path    string
	Src     []byte
	Escape  byte   // '\\' or '`'
	Newline string // "\r\n" when the first line ends so, else "\n"

	Instructions []*Instruction
	Stages       []*Stage
	// GlobalArgs are the ARG instructions before the first FROM.
	GlobalArgs []*Instruction
	// Comments are the comment lines outside instructions, in order.
	Comments []Comment
	Warnings []parser.Warning

	lineStart []int // byte offset of each line start; lineStart[0] is line 1
	bomLen    int
	srcText   string  // Src as a string, for words that slice it
	parser    *Parser // whose tables these are; its shell parser reads every RUN

	keywordCase  keywordCase      // KeywordsLower's answer, found on first use
	fromArgs     orderedEnv       // fromEnv's answer, made on first use
	finalMarked  bool             // the stages in the final image know it (InFinalImage)
	feedsMarked  bool             // and those feeding it (FeedsFinalImage)
	traces       []*DownloadTrace // TraceDownloads, worked out on first use
	tracesDone   bool
	dockerignore *Dockerignore // ReadDockerignore's answer, read on first use

	context    ContextReader // buildContext's answer for contextOf, located on first use
	contextDir string        // its root, relative to the Dockerfile's directory ("" when the same)
	contextOf  *Env
}

// Comment is a standalone comment line.
type Comment struct {
	Line  int    // 1-based
	Range Range  // from '#' to the end of the line, newline excluded
	Text  string // after '#', trimmed
}

// ParseError is a Dockerfile BuildKit refuses to parse.
type ParseError struct {
	Line int // 1-based; 0 when unknown
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// Parse parses src as a Dockerfile. A source BuildKit refuses yields a
// *ParseError.
func Parse(path string, src []byte) (*File, error) {
	return new(Parser).Parse(path, src)
}

// A Parser parses Dockerfiles one after another and reuses, for each, the
// tables of the one before: the File, BuildKit's nodes, its instructions,
// their pointers and logical lines, its line index and comments, its
// stages, the shell parser and BuildKit's word expander. On a tree of
// small files those are the largest allocations of a lint. So the File a
// Parser returns, and everything reached from it, is valid until the
// Parser's next Check (two test builds check that the CLI keeps none
// longer: see retire.go). The zero Parser is ready to use; it is not for
// concurrent use.
type Parser struct {
	tree     bkparser.TreeParser
	instrs   []Instruction
	ptrs     []*Instruction
	lines    []int
	covered  []bool
	comments []Comment
	text     []byte    // the logical lines of multi-line instructions (take)
	segs     []segment // and their maps to Src
	words    []uint64  // the words of scripts (Instruction.scriptWords)
	loose    []byte    // the scripts' loose texts (Instruction.looseText)
	pairs    []uint64  // and their byte-pair sets
	sh       *syntax.Parser
	fast     fastShell       // the common RUN's parser, and its trees' slabs
	lexes    [2]*shell.Lex   // BuildKit's word expanders, for \ and `
	nested   [2][]*shell.Lex // and for the values a word's expansion reads, by depth
	file     *File
	// buildStages' tables.
	stages     []Stage
	stagePtrs  []*Stage
	stageNames []stageName
	// Stage.family windows, for buildFamilies.
	stageFamilies []*Stage
}

// take returns an empty slice with room for n from *arena, which Parse
// empties for each file: the logical lines of a file share a few arrays.
// An arena without the room is replaced by a larger one; the slices taken
// before keep the old one.
func take[T any](arena *[]T, n int) []T {
	a := *arena
	if cap(a)-len(a) < n {
		a = make([]T, 0, max(n, 2*cap(a), 256))
	}
	*arena = a[:len(a)+n]
	return a[len(a) : len(a) : len(a)+n]
}

// shell returns the parser for RUN bodies, made on first use.
func (p *Parser) shell() *syntax.Parser {
	if p.sh == nil {
		p.sh = syntax.NewParser(syntax.Variant(syntax.LangBash))
	}
	return p.sh
}

// lex returns the parser's word expander for escape, made on first use.
// It keeps buffers from one word to the next.
func (p *Parser) lex(escape byte) *shell.Lex {
	var i int
	switch escape {
	case '\\':
		i = 0
	case '`':
		i = 1
	default: // a File that did not parse
		return shell.NewLex(rune(escape))
	}
	if p.lexes[i] == nil {
		p.lexes[i] = shell.NewLex(rune(escape))
	}
	return p.lexes[i]
}

// nestedLex returns the word expander for escape at depth of nesting (a
// value expanded while another word is: BuildKit's lexer is not
// reentrant), made on first use and kept from file to file.
func (p *Parser) nestedLex(escape byte, depth int) *shell.Lex {
	i := 0
	switch escape {
	case '\\':
	case '`':
		i = 1
	default: // a File that did not parse
		return shell.NewLex(rune(escape))
	}
	for len(p.nested[i]) <= depth {
		p.nested[i] = append(p.nested[i], shell.NewLex(rune(escape)))
	}
	return p.nested[i][depth]
}

// ExpandWord expands word as BuildKit does, with f's escape character:
// quotes and escapes removed, variables replaced from env, the names it
// found and did not find reported.
func (f *File) ExpandWord(word string, env shell.EnvGetter) (shell.ProcessWordResult, error) {
	return f.parser.lex(f.Escape).ProcessWordWithMatches(word, env)
}

// Parse is the package's Parse, reusing p's memory.
func (p *Parser) Parse(path string, src []byte) (*File, error) {
	// BuildKit's parser, with its per-line regexps made byte loops: same
	// trees and errors, a fraction of the time (see internal/bkparser),
	// without the argument nodes: the words are read from Src, with their
	// ranges. One copy of the source as a string: the tree's strings and
	// the instructions' words are substrings of it.
	text := string(src)
	tree, err := p.tree.Parse(src, text)
	if err != nil {
		return nil, toParseError(err)
	}
	// BuildKit's instruction parser catches what docker build rejects before
	// building: unknown instructions, bad flags, missing arguments,
	// instructions before the first FROM. bkcheck returns its verdict without
	// building typed instructions.
	if err := bkcheck.Instructions(tree); err != nil {
		return nil, toParseError(err)
	}
	f := p.newFile(path, src)
	f.Escape, f.Warnings = byte(tree.EscapeToken), tree.Warnings
	if bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}) {
		f.bomLen = 3
	}
	if i := bytes.IndexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		f.Newline = "\r\n"
	}
	p.lines = lineStarts(p.lines, src)
	f.lineStart = p.lines
	p.text, p.segs, p.words = p.text[:0], p.segs[:0], p.words[:0]
	p.loose, p.pairs = p.loose[:0], p.pairs[:0]
	p.fast.reset()
	f.srcText = text
	covered := reuse(p.covered, len(f.lineStart)+1)
	clear(covered)
	p.covered = covered
	// One allocation for all the instructions, and their pointers; each
	// element is overwritten whole by scanInstruction.
	slab := reuse(p.instrs, len(tree.Root.Children))
	p.instrs = slab
	f.Instructions = reuse(p.ptrs, len(slab))[:0]
	for i, node := range tree.Root.Children {
		in := &slab[i]
		if err := f.scanInstruction(in, node); err != nil {
			return nil, err
		}
		in.Index = i
		f.Instructions = append(f.Instructions, in)
		for l := in.StartLine; l <= in.EndLine && l < len(covered); l++ {
			covered[l] = true
		}
	}
	p.ptrs = f.Instructions
	f.Comments = p.comments[:0]
	f.collectComments(covered)
	p.comments = f.Comments
	if len(f.Comments) == 0 {
		f.Comments = nil
	}
	f.buildStages()
	return f, nil
}

// newFile returns p's File, emptied, for path and src.
func (p *Parser) newFile(path string, src []byte) *File {
	if p.file == nil {
		p.file = new(File)
	}
	*p.file = File{Path: path, Src: src, Newline: "\n", parser: p}
	return p.file
}

// reuse returns buf resized to n when it has the room, else a new slice.
// The elements keep what they held.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// instrErrRe matches the message of BuildKit's instruction parse errors.
var instrErrRe = regexp.MustCompile(`^dockerfile parse error on line (\d+): (.*)$`)

func toParseError(err error) *ParseError {
	pe := &ParseError{Msg: err.Error()}
	var le *parser.LocationError
	if errors.As(err, &le) && len(le.Locations) > 0 && len(le.Locations[0]) > 0 {
		pe.Line = le.Locations[0][0].Start.Line
	}
	if m := instrErrRe.FindStringSubmatch(pe.Msg); m != nil {
		pe.Line, _ = strconv.Atoi(m[1])
		pe.Msg = m[2]
	}
	return pe
}

// lineStarts returns the offset of each line of src, in buf when it has the
// room.
func lineStarts(buf []int, src []byte) []int {
	starts := reuse(buf, bytes.Count(src, []byte{'\n'})+1)[:1]
	starts[0] = 0
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 || i+j+1 >= len(src) {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// NumLines is the number of lines in the file.
func (f *File) NumLines() int { return len(f.lineStart) }

// LineRange is line n (1-based) without its line terminator.
func (f *File) LineRange(n int) Range {
	start := f.lineStart[n-1]
	if n == 1 {
		start += f.bomLen
	}
	end := len(f.Src)
	if n < len(f.lineStart) {
		end = f.lineStart[n] - 1
	} else if end > start && f.Src[end-1] == '\n' {
		end--
	}
	if end > start && f.Src[end-1] == '\r' {
		end--
	}
	return Range{start, end}
}

// FullLineRange is line n including its terminator.
func (f *File) FullLineRange(n int) Range {
	start := f.lineStart[n-1]
	if n == 1 {
		start += f.bomLen
	}
	end := len(f.Src)
	if n < len(f.lineStart) {
		end = f.lineStart[n]
	}
	return Range{start, end}
}

// Position is a 1-based line and column (in bytes) of an offset.
type Position struct{ Line, Column, Offset int }

// Position converts a byte offset into a line and column.
func (f *File) Position(off int) Position {
	lo, hi := 0, len(f.lineStart)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if f.lineStart[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	col := off - f.lineStart[lo] + 1
	if lo == 0 && f.bomLen > 0 && off >= f.bomLen {
		col -= f.bomLen
	}
	return Position{Line: lo + 1, Column: col, Offset: off}
}

// Text returns the source bytes of r.
func (f *File) Text(r Range) string { return string(f.Src[r.Start:r.End]) }

// Instructions returns the instructions with one of the given keywords
// (case-insensitive), or all of them when none is given.
func (f *File) InstructionsOf(keywords ...string) []*Instruction {
	var out []*Instruction
	for _, in := range f.Instructions {
		for _, k := range keywords {
			if strings.EqualFold(in.Keyword, k) {
				out = append(out, in)
				break
			}
		}
	}
	return out
}

// InstructionAt returns the instruction whose lines include line n.
func (f *File) InstructionAt(line int) *Instruction {
	for _, in := range f.Instructions {
		if in.StartLine <= line && line <= in.EndLine {
			return in
		}
	}
	return nil
}

// FinalStage is the stage built by default, or nil when there is none.
func (f *File) FinalStage() *Stage {
	if len(f.Stages) == 0 {
		return nil
	}
	return f.Stages[len(f.Stages)-1]
}

func (f *File) collectComments(covered []bool) {
	for n := 1; n <= len(f.lineStart); n++ {
		if covered[n] {
			continue
		}
		r := f.LineRange(n)
		line := f.Src[r.Start:r.End]
		trimmed := bytes.TrimLeft(line, " \t")
		if len(trimmed) == 0 || trimmed[0] != '#' {
			continue
		}
		start := r.Start + len(line) - len(trimmed)
		f.Comments = append(f.Comments, Comment{
			Line:  n,
			Range: Range{start, r.End},
			Text:  strings.TrimSpace(f.srcText[start+1 : r.End]),
		})
	}
}

// LineBefore is where a fix inserts a line before in: the start of its
// first line, or of the comment lines right above it, which stay with it
// (an ignore pragma names the instruction after it).
func (f *File) LineBefore(in *Instruction) int {
	line := in.StartLine
	for i := len(f.Comments) - 1; i >= 0; i-- {
		c := f.Comments[i]
		if c.Line > line-1 {
			continue
		}
		if c.Line < line-1 {
			break
		}
		line = c.Line
	}
	return f.FullLineRange(line).Start
}
