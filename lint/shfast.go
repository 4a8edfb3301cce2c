package lint

import (
	"reflect"
	"unicode/utf8"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/internal/poison"
)

// fastShell parses the shell that most RUNs are made of into exactly the
// tree mvdan.cc/sh's bash parser builds (same nodes, fields and
// positions), with the nodes taken from slabs the Parser reuses from file
// to file: mvdan's parser allocates every node, and with the CLI's GC off
// that was half of a lint's memory. It takes statements joined by ;,
// newlines, &&, || and |; commands of words and leading NAME=value
// assignments; words of literal text, '…', "…" and $NAME or ${NAME}.
// Anything else (redirections, substitutions, compound commands,
// comments, backslashes, …) is not its to parse: parse returns nil and
// the caller asks mvdan. shfast_test.go proves the trees equal.
type fastShell struct {
	// The script being parsed; cleared after each parse.
	text      []byte
	str       string // text as a string, for Lit values to slice
	i         int    // the next byte to read
	line      int    // the line of i, from 1
	lineStart int    // the offset where that line starts

	// Scratch stacks, copied into the slabs once a list is complete.
	parts   []syntax.WordPart
	words   []*syntax.Word
	assigns []*syntax.Assign
	stmts   []*syntax.Stmt

	files     slab[syntax.File]
	stmtNodes slab[syntax.Stmt]
	binaries  slab[syntax.BinaryCmd]
	calls     slab[syntax.CallExpr]
	wordNodes slab[syntax.Word]
	lits      slab[syntax.Lit]
	sgls      slab[syntax.SglQuoted]
	dbls      slab[syntax.DblQuoted]
	params    slab[syntax.ParamExp]
	assignNds slab[syntax.Assign]
	partLists slab[syntax.WordPart]
	wordLists slab[*syntax.Word]
	asgnLists slab[*syntax.Assign]
	stmtLists slab[*syntax.Stmt]
}

// slab hands out elements of T from chunks that are kept until reset,
// which lets the next file reuse the last, largest chunk.
type slab[T any] struct {
	cur  []T
	full [][]T // earlier chunks of this file, for poison to reach
}

func (s *slab[T]) grow(n int) {
	if cap(s.cur) > 0 {
		s.full = append(s.full, s.cur)
	}
	s.cur = make([]T, 0, max(n, 2*cap(s.cur), 64))
}

// one returns a zeroed element.
func (s *slab[T]) one() *T {
	if len(s.cur) == cap(s.cur) {
		s.grow(1)
	}
	s.cur = s.cur[:len(s.cur)+1]
	e := &s.cur[len(s.cur)-1]
	var zero T
	*e = zero
	return e
}

// clone returns a copy of list in the slab, nil for an empty list, with
// its capacity cut so that an append copies it.
func (s *slab[T]) clone(list []T) []T {
	n := len(list)
	if n == 0 {
		return nil
	}
	if cap(s.cur)-len(s.cur) < n {
		s.grow(n)
	}
	at := len(s.cur)
	s.cur = append(s.cur, list...)
	return s.cur[at : at+n : at+n]
}

func (s *slab[T]) reset() {
	clear(s.full)
	s.full = s.full[:0]
	s.cur = s.cur[:0]
}

// reset makes the slabs free for the next file: the trees of the last one
// are dead (see Parser).
func (sh *fastShell) reset() {
	sh.files.reset()
	sh.stmtNodes.reset()
	sh.binaries.reset()
	sh.calls.reset()
	sh.wordNodes.reset()
	sh.lits.reset()
	sh.sgls.reset()
	sh.dbls.reset()
	sh.params.reset()
	sh.assignNds.reset()
	sh.partLists.reset()
	sh.wordLists.reset()
	sh.asgnLists.reset()
	sh.stmtLists.reset()
}

// poison fills every node of the slabs with garbage, for the
// dockerfix_poison build (see retire.go): a reader of a tree past its
// File's life reads that.
func (sh *fastShell) poison() {
	poison.Fill(sh, func(reflect.Type) bool { return true })
}

// parse returns the tree of text, or nil if text is not in the subset.
// whole, if not empty, is text as a string.
func (sh *fastShell) parse(text []byte, whole string) *syntax.File {
	if len(text) > 1<<14-1 || !plainScript(text) {
		return nil // columns past 14 bits, control bytes, bad UTF-8
	}
	sh.text, sh.str, sh.i, sh.line, sh.lineStart = text, whole, 0, 1, 0
	sh.parts, sh.words, sh.assigns, sh.stmts = sh.parts[:0], sh.words[:0], sh.assigns[:0], sh.stmts[:0]
	f := sh.file()
	sh.text, sh.str = nil, ""
	return f
}

// plainScript reports whether text has no control bytes but tabs and
// newlines, and is valid UTF-8 (mvdan skips NULs and rejects bad UTF-8).
func plainScript(text []byte) bool {
	ascii := true
	for _, c := range text {
		if c < ' ' && c != '\t' && c != '\n' {
			return false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	return ascii || utf8.Valid(text)
}

func (sh *fastShell) pos(off int) syntax.Pos {
	return syntax.NewPos(uint(off), uint(sh.line), uint(off-sh.lineStart+1))
}

// lit returns a Lit of text[start:end], which holds no newline.
func (sh *fastShell) lit(start, end int) *syntax.Lit {
	if sh.str == "" {
		sh.str = string(sh.text)
	}
	l := sh.lits.one()
	l.ValuePos, l.ValueEnd, l.Value = sh.pos(start), sh.pos(end), sh.str[start:end]
	return l
}

// peek returns the byte at i, or 0 at the end.
func (sh *fastShell) peek() byte {
	if sh.i < len(sh.text) {
		return sh.text[sh.i]
	}
	return 0
}

// skip skips blanks, and newlines too if newlines is set.
func (sh *fastShell) skip(newlines bool) {
	for ; sh.i < len(sh.text); sh.i++ {
		switch sh.text[sh.i] {
		case ' ', '\t':
		case '\n':
			if !newlines {
				return
			}
			sh.newline(sh.i)
		default:
			return
		}
	}
}

// newline records that text[at] is a newline.
func (sh *fastShell) newline(at int) { sh.line, sh.lineStart = sh.line+1, at+1 }

func (sh *fastShell) file() *syntax.File {
	for {
		sh.skip(true)
		if sh.i == len(sh.text) {
			break
		}
		s := sh.andOr()
		if s == nil {
			return nil
		}
		sh.stmts = append(sh.stmts, s)
		sh.skip(false)
		switch sh.peek() {
		case ';':
			if sh.i+1 < len(sh.text) && sh.text[sh.i+1] == ';' {
				return nil // ;; ends a case item
			}
			s.Semicolon = sh.pos(sh.i)
			sh.i++
		case '\n', 0:
		default:
			return nil // &, a comment, a redirection …
		}
	}
	f := sh.files.one()
	f.Stmts = sh.stmtLists.clone(sh.stmts)
	return f
}

// andOr reads pipelines joined by && and ||, left to right.
func (sh *fastShell) andOr() *syntax.Stmt {
	x := sh.pipeline()
	for x != nil {
		sh.skip(false)
		op, ok := sh.operator('&', syntax.AndStmt)
		if !ok {
			op, ok = sh.operator('|', syntax.OrStmt)
		}
		if !ok {
			return x
		}
		x = sh.binary(x, op, sh.pipeline)
	}
	return nil
}

// pipeline reads commands joined by |, left to right.
func (sh *fastShell) pipeline() *syntax.Stmt {
	x := sh.command()
	for x != nil {
		sh.skip(false)
		if sh.peek() != '|' || sh.i+1 < len(sh.text) && (sh.text[sh.i+1] == '|' || sh.text[sh.i+1] == '&') {
			return x
		}
		x = sh.binary(x, syntax.Pipe, sh.command)
	}
	return nil
}

// operator reports whether text at i is c twice (&& or ||).
func (sh *fastShell) operator(c byte, op syntax.BinCmdOperator) (syntax.BinCmdOperator, bool) {
	return op, sh.i+1 < len(sh.text) && sh.text[sh.i] == c && sh.text[sh.i+1] == c
}

// binary reads the operator at i and the statement after it, which may
// follow newlines.
func (sh *fastShell) binary(x *syntax.Stmt, op syntax.BinCmdOperator, next func() *syntax.Stmt) *syntax.Stmt {
	b := sh.binaries.one()
	b.OpPos, b.Op, b.X = sh.pos(sh.i), op, x
	sh.i += len(op.String())
	sh.skip(true)
	if b.Y = next(); b.Y == nil {
		return nil
	}
	s := sh.stmtNodes.one()
	s.Position, s.Cmd = x.Position, b
	return s
}

// command reads a simple command: assignments, then words.
func (sh *fastShell) command() *syntax.Stmt {
	start := sh.pos(sh.i)
	words, assigns := len(sh.words), len(sh.assigns)
	for {
		if sh.i == len(sh.text) {
			break
		}
		switch sh.text[sh.i] {
		case ' ', '\t', '\n', ';', '&', '|':
		case '#':
			return nil // a comment
		default:
			if len(sh.words) == words {
				if a, ok := sh.assign(); !ok {
					return nil
				} else if a != nil {
					sh.assigns = append(sh.assigns, a)
					sh.skip(false)
					continue
				}
			}
			w := sh.word()
			if w == nil || len(sh.words) == words && len(sh.assigns) == assigns && reservedWord(w) {
				return nil
			}
			sh.words = append(sh.words, w)
			sh.skip(false)
			continue
		}
		break
	}
	if len(sh.words) == words && len(sh.assigns) == assigns {
		return nil // no command: an operator out of place
	}
	ce := sh.calls.one()
	ce.Assigns = sh.asgnLists.clone(sh.assigns[assigns:])
	ce.Args = sh.wordLists.clone(sh.words[words:])
	sh.words, sh.assigns = sh.words[:words], sh.assigns[:assigns]
	s := sh.stmtNodes.one()
	s.Position, s.Cmd = start, ce
	return s
}

// reservedWord reports whether w, as a command's first word, is one that
// bash reads as more than a command name (if, export, !, { …). Only
// literal words qualify, but any word starting with one is refused.
func reservedWord(w *syntax.Word) bool {
	l, ok := w.Parts[0].(*syntax.Lit)
	if !ok {
		return false
	}
	switch l.Value {
	case "!", "{", "}", "[[", "]]", "if", "then", "elif", "else", "fi",
		"while", "until", "for", "in", "do", "done", "case", "esac",
		"select", "function", "time", "coproc", "let", "declare", "local",
		"export", "readonly", "typeset", "nameref", "@test":
		return true
	}
	return false
}

// litEnd returns where the unquoted literal starting at i ends, and
// whether mvdan would split it before a [ (as it does in bash, for
// a[i]=x). A byte the subset leaves out ends it too; word sorts that out.
func (sh *fastShell) litEnd(i int) (end int, bracket bool) {
	start := i
	for ; i < len(sh.text); i++ {
		switch c := sh.text[i]; c {
		case ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>', '`', '\\', '"', '\'', '$':
			return i, false
		case '[':
			if i > start && sh.text[start] != '[' && sh.text[start] != '{' {
				return i, true
			}
		}
	}
	return i, false
}

// assign reads a NAME=value or NAME+=value word, if the word at i is one
// mvdan reads as an assignment: nil if it is not, false if it is one
// the subset leaves out (a[i]=x).
func (sh *fastShell) assign() (*syntax.Assign, bool) {
	start := sh.i
	end, bracket := sh.litEnd(start)
	if bracket {
		return nil, false
	}
	eq := -1
	for i := start; i < end; i++ {
		if sh.text[i] == '=' {
			eq = i
			break
		}
	}
	if eq <= start {
		return nil, true
	}
	nameEnd := eq
	if sh.text[nameEnd-1] == '+' {
		nameEnd--
	}
	if !validName(sh.text[start:nameEnd]) {
		return nil, true
	}
	a := sh.assignNds.one()
	a.Append = nameEnd < eq
	a.Name = sh.lit(start, nameEnd)
	mark := len(sh.parts)
	if eq+1 < end {
		sh.parts = append(sh.parts, sh.lit(eq+1, end))
	}
	sh.i = end
	if !sh.wordParts() {
		return nil, false
	}
	if len(sh.parts) > mark {
		w := sh.wordNodes.one()
		w.Parts = sh.partLists.clone(sh.parts[mark:])
		a.Value = w
	}
	sh.parts = sh.parts[:mark]
	return a, true
}

func validName(name []byte) bool {
	for i, c := range name {
		if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return len(name) > 0
}

// word reads the word at i, nil if it leaves the subset.
func (sh *fastShell) word() *syntax.Word {
	mark := len(sh.parts)
	if !sh.wordParts() || len(sh.parts) == mark {
		sh.parts = sh.parts[:mark]
		return nil
	}
	w := sh.wordNodes.one()
	w.Parts = sh.partLists.clone(sh.parts[mark:])
	sh.parts = sh.parts[:mark]
	return w
}

// wordParts pushes the parts of the word from i up to its end; false if
// a part leaves the subset.
func (sh *fastShell) wordParts() bool {
	for sh.i < len(sh.text) {
		switch sh.text[sh.i] {
		case ' ', '\t', '\n', ';', '&', '|':
			return true
		case '(', ')', '<', '>', '`', '\\':
			return false
		case '\'':
			q := sh.single()
			if q == nil {
				return false
			}
			sh.parts = append(sh.parts, q)
		case '"':
			q := sh.double()
			if q == nil {
				return false
			}
			sh.parts = append(sh.parts, q)
		case '$':
			pe := sh.param()
			if pe == nil {
				return false
			}
			sh.parts = append(sh.parts, pe)
		default:
			end, _ := sh.litEnd(sh.i)
			sh.parts = append(sh.parts, sh.lit(sh.i, end))
			sh.i = end
		}
	}
	return true
}

// single reads '…' at i.
func (sh *fastShell) single() *syntax.SglQuoted {
	q := sh.sgls.one()
	q.Left = sh.pos(sh.i)
	start := sh.i + 1
	for i := start; i < len(sh.text); i++ {
		switch sh.text[i] {
		case '\'':
			if sh.str == "" {
				sh.str = string(sh.text)
			}
			q.Right, q.Value = sh.pos(i), sh.str[start:i]
			sh.i = i + 1
			return q
		case '\\':
			if i+1 < len(sh.text) && sh.text[i+1] == '\n' {
				return nil // mvdan reads \ and a newline as one
			}
		case '\n':
			sh.newline(i)
		}
	}
	return nil
}

// double reads "…" at i, of literal text and parameters.
func (sh *fastShell) double() *syntax.DblQuoted {
	q := sh.dbls.one()
	q.Left = sh.pos(sh.i)
	sh.i++
	mark := len(sh.parts)
	for sh.i < len(sh.text) {
		switch sh.text[sh.i] {
		case '"':
			q.Right = sh.pos(sh.i)
			sh.i++
			q.Parts = sh.partLists.clone(sh.parts[mark:])
			sh.parts = sh.parts[:mark]
			return q
		case '`', '\\':
			return nil
		case '$':
			pe := sh.param()
			if pe == nil {
				return nil
			}
			sh.parts = append(sh.parts, pe)
		default:
			l := sh.lits.one()
			l.ValuePos = sh.pos(sh.i)
			start := sh.i
		lit:
			for ; sh.i < len(sh.text); sh.i++ {
				switch sh.text[sh.i] {
				case '"', '`', '\\', '$':
					break lit
				case '\n':
					sh.newline(sh.i)
				}
			}
			if sh.str == "" {
				sh.str = string(sh.text)
			}
			l.ValueEnd, l.Value = sh.pos(sh.i), sh.str[start:sh.i]
			sh.parts = append(sh.parts, l)
		}
	}
	return nil
}

// param reads $NAME or ${NAME} at i.
func (sh *fastShell) param() *syntax.ParamExp {
	dollar := sh.i
	i := dollar + 1
	braced := i < len(sh.text) && sh.text[i] == '{'
	if braced {
		i++
	}
	start := i
	for i < len(sh.text) && (sh.text[i] == '_' || 'a' <= sh.text[i]|0x20 && sh.text[i]|0x20 <= 'z' || i > start && '0' <= sh.text[i] && sh.text[i] <= '9') {
		i++
	}
	if i == start || braced && (i == len(sh.text) || sh.text[i] != '}') {
		return nil // $1, $@, $(…), ${x:-y} …
	}
	pe := sh.params.one()
	pe.Dollar, pe.Short, pe.Param = sh.pos(dollar), !braced, sh.lit(start, i)
	if braced {
		pe.Rbrace = sh.pos(i)
		i++
	}
	sh.i = i
	return pe
}

// srcString returns text, the script m maps, as a string: a slice of the
// file's source when text is one piece of it, else "" (parse converts it
// if it needs to).
func (m *mapped) srcString(f *File, text []byte) string {
	if len(m.segs) != 1 || len(text) == 0 || int(m.segs[0].n) != len(text) {
		return ""
	}
	at := int(m.segs[0].src)
	if &text[0] != &f.Src[at] {
		return "" // a copy without CRs
	}
	return f.srcText[at : at+len(text)]
}
