package lint

import (
	"bytes"
	"reflect"
	"unicode/utf8"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/internal/poison"
)

// fastShell parses the shell that RUNs are made of into exactly the tree
// mvdan.cc/sh's bash parser builds (same nodes, fields and positions),
// with the nodes taken from slabs the Parser reuses from file to file:
// mvdan's parser allocates every node, and with the CLI's GC off that was
// half of a lint's memory. It takes lists joined by ;, newlines, &&, ||
// and |, with !; simple commands with NAME=value assignments and
// redirections (> >> < >& <& &> &>>, to a word); export/local/…
// clauses; if, for … in, while, until, case, { …; }, ( … ) and name()
// bodies; words of literal text, backslash escapes, '…', "…", $NAME,
// ${NAME}, ${#NAME}, ${NAME<op>word} and $(…). Anything else (comments,
// heredocs, backquotes, $((…)), $1, ${x:1} …) is not its to parse: parse
// returns nil and the caller asks mvdan. shfast_test.go proves the trees
// equal on every script at hand, and FuzzShellFast on any.
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
	redirs  []*syntax.Redirect
	items   []*syntax.CaseItem
	depth   int // of $(…) and ( … ) around i
	inCase  int // of case items around i

	files      slab[syntax.File]
	stmtNodes  slab[syntax.Stmt]
	binaries   slab[syntax.BinaryCmd]
	calls      slab[syntax.CallExpr]
	wordNodes  slab[syntax.Word]
	lits       slab[syntax.Lit]
	sgls       slab[syntax.SglQuoted]
	dbls       slab[syntax.DblQuoted]
	params     slab[syntax.ParamExp]
	substs     slab[syntax.CmdSubst]
	redirNodes slab[syntax.Redirect]
	decls      slab[syntax.DeclClause]
	ifs        slab[syntax.IfClause]
	funcs      slab[syntax.FuncDecl]
	subshells  slab[syntax.Subshell]
	exps       slab[syntax.Expansion]
	blocks     slab[syntax.Block]
	fors       slab[syntax.ForClause]
	iters      slab[syntax.WordIter]
	whiles     slab[syntax.WhileClause]
	cases      slab[syntax.CaseClause]
	caseItems  slab[syntax.CaseItem]
	itemLists  slab[*syntax.CaseItem]
	assignNds  slab[syntax.Assign]
	partLists  slab[syntax.WordPart]
	wordLists  slab[*syntax.Word]
	asgnLists  slab[*syntax.Assign]
	stmtLists  slab[*syntax.Stmt]
	redirLists slab[*syntax.Redirect]
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
	sh.substs.reset()
	sh.redirNodes.reset()
	sh.decls.reset()
	sh.ifs.reset()
	sh.funcs.reset()
	sh.subshells.reset()
	sh.exps.reset()
	sh.blocks.reset()
	sh.fors.reset()
	sh.iters.reset()
	sh.whiles.reset()
	sh.cases.reset()
	sh.caseItems.reset()
	sh.itemLists.reset()
	sh.redirLists.reset()
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
	sh.parts, sh.words, sh.assigns, sh.stmts, sh.redirs = sh.parts[:0], sh.words[:0], sh.assigns[:0], sh.stmts[:0], sh.redirs[:0]
	sh.items = sh.items[:0]
	sh.depth, sh.inCase = 0, 0
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
	stmts, ok := sh.stmtList(false)
	if !ok || sh.i < len(sh.text) {
		return nil // a ) closes nothing
	}
	f := sh.files.one()
	f.Stmts = stmts
	return f
}

// stmtList reads statements up to the end of the text, the closing
// parenthesis of $(…), a reserved word of stops (then, fi …) at the
// start of a statement, or, for a case item, ;;.
func (sh *fastShell) stmtList(caseItem bool, stops ...string) ([]*syntax.Stmt, bool) {
	mark := len(sh.stmts)
	for {
		sh.skip(true)
		if sh.i == len(sh.text) || sh.text[sh.i] == ')' || sh.stopAt(stops...) || caseItem && sh.atCaseEnd() {
			break
		}
		s := sh.andOr()
		if s == nil {
			return nil, false
		}
		sh.stmts = append(sh.stmts, s)
		sh.skip(false)
		switch sh.peek() {
		case ';':
			if sh.atCaseEnd() {
				if !caseItem {
					return nil, false
				}
				continue // the caller reads the ;;
			}
			s.Semicolon = sh.pos(sh.i)
			sh.i++
		case '\n', ')', 0:
		default:
			return nil, false // &, a comment …
		}
	}
	var ended bool
	switch {
	case caseItem:
		ended = sh.stopAt(stops...) || sh.atCaseEnd()
	case len(stops) > 0:
		ended = sh.stopAt(stops...)
	case sh.depth > 0:
		ended = sh.i < len(sh.text) // at )
	default:
		ended = sh.i == len(sh.text)
	}
	if !ended {
		return nil, false // an unmatched ), a clause without its end …
	}
	stmts := sh.stmtLists.clone(sh.stmts[mark:])
	sh.stmts = sh.stmts[:mark]
	return stmts, true
}

// atCaseEnd reports whether ;; is at i.
func (sh *fastShell) atCaseEnd() bool { return sh.peek() == ';' && sh.peekAt(1) == ';' }

// stopAt reports whether one of words is at i, as a whole word.
func (sh *fastShell) stopAt(words ...string) bool {
	for _, w := range words {
		if len(sh.text)-sh.i >= len(w) && string(sh.text[sh.i:sh.i+len(w)]) == w {
			switch c := sh.peekAt(len(w)); c {
			case ' ', '\t', '\n', ';', '&', '|', ')', 0:
				return true
			}
		}
	}
	return false
}

// keyword reads the reserved word w at i and returns its position.
func (sh *fastShell) keyword(w string) syntax.Pos {
	p := sh.pos(sh.i)
	sh.i += len(w)
	return p
}

// ifClause reads an if clause after its "if", kw.
func (sh *fastShell) ifClause(s *syntax.Stmt, kw *syntax.Lit) *syntax.Stmt {
	root := sh.ifs.one()
	root.Position = kw.ValuePos
	cur := root
	var ok bool
	for {
		if cur.Cond, ok = sh.stmtList(false, "then"); !ok || cur.Cond == nil {
			return nil
		}
		cur.ThenPos = sh.keyword("then")
		if cur.Then, ok = sh.stmtList(false, "fi", "elif", "else"); !ok || cur.Then == nil {
			return nil
		}
		if !sh.stopAt("elif") {
			break
		}
		cur.Else = sh.ifs.one()
		cur = cur.Else
		cur.Position = sh.keyword("elif")
	}
	if sh.stopAt("else") {
		cur.Else = sh.ifs.one()
		cur = cur.Else
		cur.Position = sh.keyword("else")
		if cur.Then, ok = sh.stmtList(false, "fi"); !ok || cur.Then == nil {
			return nil
		}
	}
	fi := sh.keyword("fi")
	for c := root; c != nil; c = c.Else {
		c.FiPos = fi
	}
	s.Cmd = root
	return s
}

// block reads a { …; } group after its {, kw.
func (sh *fastShell) block(s *syntax.Stmt, kw *syntax.Lit) *syntax.Stmt {
	b := sh.blocks.one()
	b.Lbrace = kw.ValuePos
	var ok bool
	if b.Stmts, ok = sh.stmtList(false, "}"); !ok || b.Stmts == nil {
		return nil
	}
	b.Rbrace = sh.keyword("}")
	s.Cmd = b
	return s
}

// andOr reads pipelines joined by && and ||, left to right.
func (sh *fastShell) andOr() *syntax.Stmt {
	x := sh.pipeline()
	for x != nil {
		sh.skip(false)
		var op syntax.BinCmdOperator
		switch {
		case sh.peek() == '&' && sh.peekAt(1) == '&':
			op = syntax.AndStmt
		case sh.peek() == '|' && sh.peekAt(1) == '|':
			op = syntax.OrStmt
		default:
			return x
		}
		x = sh.binary(x, op, sh.pipeline)
	}
	return nil
}

// pipeline reads commands joined by |, left to right, after an
// optional ! that negates them all.
func (sh *fastShell) pipeline() *syntax.Stmt {
	var bang syntax.Pos
	negated := sh.stopAt("!")
	if negated {
		bang = sh.keyword("!")
		sh.skip(false)
		if sh.stopAt("!") {
			return nil // mvdan refuses ! !
		}
	}
	x := sh.command()
	if x != nil && negated {
		x.Position = bang
	}
	for x != nil {
		sh.skip(false)
		if sh.peek() != '|' || sh.peekAt(1) == '|' || sh.peekAt(1) == '&' {
			x.Negated = negated
			return x
		}
		x = sh.binary(x, syntax.Pipe, sh.command)
	}
	return nil
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

// command reads a simple command: assignments, then words, with
// redirections anywhere; or an export (or local …) clause.
func (sh *fastShell) command() *syntax.Stmt {
	s := sh.stmtNodes.one()
	s.Position = sh.pos(sh.i)
	if sh.peek() == '(' {
		return sh.subshell(s)
	}
	words, assigns, redirs := len(sh.words), len(sh.assigns), len(sh.redirs)
	argEnd := -1 // where the last argument ended
	for sh.i < len(sh.text) {
		c := sh.text[sh.i]
		if c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '|' || c == ')' || c == '&' && sh.peekAt(1) != '>' {
			break
		}
		if c == '<' || c == '>' || c == '&' {
			r := sh.redirect(argEnd == sh.i)
			if r == nil {
				return nil
			}
			sh.redirs = append(sh.redirs, r)
			argEnd = -1
			sh.skip(false)
			continue
		}
		first := len(sh.words) == words && len(sh.assigns) == assigns
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
		if w == nil {
			return nil
		}
		if first && len(sh.redirs) == redirs {
			if declWord(w) {
				return sh.decl(s, w)
			}
			if kw, ok := w.Parts[0].(*syntax.Lit); ok && len(w.Parts) == 1 {
				var clause func(*syntax.Stmt, *syntax.Lit) *syntax.Stmt
				switch kw.Value {
				case "if":
					clause = sh.ifClause
				case "{":
					clause = sh.block
				case "for":
					clause = sh.forClause
				case "while", "until":
					clause = sh.whileClause
				case "case":
					clause = sh.caseClause
				}
				if clause != nil {
					if c := sh.peek(); c != ' ' && c != '\t' && c != '\n' {
						return nil
					}
					if clause(s, kw) == nil {
						return nil
					}
					return sh.redirectsAfter(s)
				}
				if !reservedWord(w) && sh.afterBlanks() == '(' {
					return sh.funcDecl(s, kw)
				}
			}
		}
		if first && reservedWord(w) {
			return nil
		}
		sh.words = append(sh.words, w)
		argEnd = sh.i
		sh.skip(false)
	}
	if len(sh.words) == words && len(sh.assigns) == assigns {
		return nil // no command: an operator out of place, or only redirections
	}
	ce := sh.calls.one()
	ce.Assigns = sh.asgnLists.clone(sh.assigns[assigns:])
	ce.Args = sh.wordLists.clone(sh.words[words:])
	sh.words, sh.assigns = sh.words[:words], sh.assigns[:assigns]
	s.Cmd = ce
	s.Redirs = sh.redirLists.clone(sh.redirs[redirs:])
	sh.redirs = sh.redirs[:redirs]
	return s
}

// forClause reads a for NAME in WORDS; do …; done loop after its
// "for", kw.
func (sh *fastShell) forClause(s *syntax.Stmt, kw *syntax.Lit) *syntax.Stmt {
	fc := sh.fors.one()
	fc.ForPos = kw.ValuePos
	wi := sh.iters.one()
	fc.Loop = wi
	sh.skip(false)
	name := sh.word()
	if name == nil || len(name.Parts) != 1 {
		return nil
	}
	if wi.Name, _ = name.Parts[0].(*syntax.Lit); wi.Name == nil || !validName(wi.Name.Value) {
		return nil
	}
	sh.skip(true)
	if !sh.stopAt("in") {
		return nil // for x; do, for x do
	}
	wi.InPos = sh.keyword("in")
	words := len(sh.words)
	for {
		sh.skip(false)
		if c := sh.peek(); c == ';' || c == '\n' {
			break
		}
		w := sh.word()
		if w == nil {
			return nil
		}
		sh.words = append(sh.words, w)
	}
	wi.Items = sh.wordLists.clone(sh.words[words:])
	sh.words = sh.words[:words]
	if sh.peek() == ';' {
		sh.i++
	}
	sh.skip(true)
	if !sh.stopAt("do") {
		return nil
	}
	fc.DoPos = sh.keyword("do")
	var ok bool
	if fc.Do, ok = sh.stmtList(false, "done"); !ok || fc.Do == nil {
		return nil
	}
	fc.DonePos = sh.keyword("done")
	s.Cmd = fc
	return s
}

// whileClause reads a while (or until) …; do …; done loop after its
// keyword kw.
func (sh *fastShell) whileClause(s *syntax.Stmt, kw *syntax.Lit) *syntax.Stmt {
	wc := sh.whiles.one()
	wc.WhilePos, wc.Until = kw.ValuePos, kw.Value == "until"
	var ok bool
	if wc.Cond, ok = sh.stmtList(false, "do"); !ok || wc.Cond == nil {
		return nil
	}
	wc.DoPos = sh.keyword("do")
	if wc.Do, ok = sh.stmtList(false, "done"); !ok || wc.Do == nil {
		return nil
	}
	wc.DonePos = sh.keyword("done")
	s.Cmd = wc
	return s
}

// caseClause reads a case WORD in PATTERNS) …;; esac clause after its
// "case", kw.
func (sh *fastShell) caseClause(s *syntax.Stmt, kw *syntax.Lit) *syntax.Stmt {
	cc := sh.cases.one()
	cc.Case = kw.ValuePos
	sh.skip(false)
	if cc.Word = sh.word(); cc.Word == nil {
		return nil
	}
	sh.skip(true)
	if !sh.stopAt("in") {
		return nil // case x { … } (mksh)
	}
	cc.In = sh.keyword("in")
	items := len(sh.items)
	for {
		sh.skip(true)
		if sh.stopAt("esac") {
			break
		}
		ci := sh.caseItem()
		if ci == nil {
			return nil
		}
		sh.items = append(sh.items, ci)
		if ci.Op == syntax.Break && !ci.OpPos.IsValid() {
			break // no ;; before esac
		}
	}
	cc.Items = sh.itemLists.clone(sh.items[items:])
	sh.items = sh.items[:items]
	sh.skip(true)
	if !sh.stopAt("esac") {
		return nil
	}
	cc.Esac = sh.keyword("esac")
	s.Cmd = cc
	return s
}

// caseItem reads (PATTERN | PATTERN) …;; at i.
func (sh *fastShell) caseItem() *syntax.CaseItem {
	ci := sh.caseItems.one()
	if sh.peek() == '(' {
		sh.i++
		sh.skip(false)
	}
	words := len(sh.words)
	for {
		w := sh.word()
		if w == nil {
			return nil
		}
		sh.words = append(sh.words, w)
		sh.skip(false)
		if sh.peek() == ')' {
			sh.i++
			break
		}
		if sh.peek() != '|' || sh.peekAt(1) == '|' {
			return nil
		}
		sh.i++
		sh.skip(false)
	}
	ci.Patterns = sh.wordLists.clone(sh.words[words:])
	sh.words = sh.words[:words]
	var ok bool
	sh.inCase++
	ci.Stmts, ok = sh.stmtList(true, "esac")
	sh.inCase--
	if !ok {
		return nil
	}
	ci.Op = syntax.Break
	if sh.atCaseEnd() {
		if sh.peekAt(2) == '&' {
			return nil // ;;&
		}
		ci.OpPos = sh.keyword(";;")
	}
	return ci
}

// afterBlanks returns the byte after the blanks at i, 0 at the end.
func (sh *fastShell) afterBlanks() byte {
	j := sh.i
	for j < len(sh.text) && (sh.text[j] == ' ' || sh.text[j] == '\t') {
		j++
	}
	if j < len(sh.text) {
		return sh.text[j]
	}
	return 0
}

// redirectsAfter reads the redirections after a compound command into s.
func (sh *fastShell) redirectsAfter(s *syntax.Stmt) *syntax.Stmt {
	redirs := len(sh.redirs)
	for {
		sh.skip(false)
		var n *syntax.Lit
		j := sh.i
		for j < len(sh.text) && '0' <= sh.text[j] && sh.text[j] <= '9' {
			j++
		}
		if j > sh.i && j < len(sh.text) && (sh.text[j] == '<' || sh.text[j] == '>') {
			n = sh.lit(sh.i, j) // 2>: the descriptor
			sh.i = j
		}
		if c := sh.peek(); c != '<' && c != '>' && (c != '&' || sh.peekAt(1) != '>') {
			break
		}
		r := sh.redirect(false)
		if r == nil {
			return nil
		}
		r.N = n
		sh.redirs = append(sh.redirs, r)
	}
	s.Redirs = sh.redirLists.clone(sh.redirs[redirs:])
	sh.redirs = sh.redirs[:redirs]
	return s
}

// funcDecl reads the rest of name() body.
func (sh *fastShell) funcDecl(s *syntax.Stmt, name *syntax.Lit) *syntax.Stmt {
	fd := sh.funcs.one()
	fd.Position, fd.Parens, fd.Name = name.ValuePos, true, name
	sh.skip(false)
	sh.i++ // (
	sh.skip(false)
	if sh.peek() != ')' {
		return nil
	}
	sh.i++
	sh.skip(true)
	if fd.Body = sh.andOr(); fd.Body == nil {
		return nil
	}
	s.Cmd = fd
	return s
}

// subshell reads ( … ) at i.
func (sh *fastShell) subshell(s *syntax.Stmt) *syntax.Stmt {
	if sh.peekAt(1) == '(' {
		return nil // ((arithmetic))
	}
	sub := sh.subshells.one()
	sub.Lparen = sh.pos(sh.i)
	sh.i++
	sh.depth++
	stmts, ok := sh.stmtList(false)
	sh.depth--
	if !ok || stmts == nil {
		return nil
	}
	sub.Stmts, sub.Rparen = stmts, sh.pos(sh.i)
	sh.i++
	s.Cmd = sub
	return sh.redirectsAfter(s)
}

// peekAt returns the byte n after i, or 0 past the end.
func (sh *fastShell) peekAt(n int) byte {
	if sh.i+n < len(sh.text) {
		return sh.text[sh.i+n]
	}
	return 0
}

// redirect reads a redirection of output or input to a word, or of one
// file descriptor to another, at i. afterArg says that the last argument
// ends at i: if it is a number, it is the redirected descriptor.
func (sh *fastShell) redirect(afterArg bool) *syntax.Redirect {
	r := sh.redirNodes.one()
	if afterArg && sh.text[sh.i] != '&' { // 2&>f is 2, then &>f
		w := sh.words[len(sh.words)-1]
		n, ok := w.Parts[0].(*syntax.Lit)
		switch {
		case !ok || len(w.Parts) > 1 || n.Value[0] == '{':
			return nil // what mvdan makes of "2">, $a>, {fd}> is not ours to mirror
		case numeric(n.Value):
			r.N = n
			sh.words = sh.words[:len(sh.words)-1]
		}
	}
	r.OpPos = sh.pos(sh.i)
	switch c, next := sh.text[sh.i], sh.peekAt(1); {
	case c == '>' && next == '>':
		r.Op = syntax.AppOut
	case c == '>' && next == '&':
		r.Op = syntax.DplOut
	case c == '>' && next != '|' && next != '(':
		r.Op = syntax.RdrOut
	case c == '<' && next == '&':
		r.Op = syntax.DplIn
	case c == '<' && next != '<' && next != '>' && next != '(':
		r.Op = syntax.RdrIn
	case c == '&' && sh.peekAt(2) == '>':
		r.Op = syntax.AppAll
	case c == '&':
		r.Op = syntax.RdrAll
	default:
		return nil // heredocs, process substitutions, >| …
	}
	sh.i += len(r.Op.String())
	sh.skip(false)
	// A | after the operator (>>|, &>|) is refused here, as word reads none.
	if r.Word = sh.word(); r.Word == nil {
		return nil
	}
	return r
}

func numeric(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// declWord reports whether w is a builtin that bash parses as a
// declaration clause, its arguments as assignments.
func declWord(w *syntax.Word) bool {
	if len(w.Parts) != 1 {
		return false
	}
	l, ok := w.Parts[0].(*syntax.Lit)
	if !ok {
		return false
	}
	switch l.Value {
	case "export", "local", "declare", "readonly", "typeset", "nameref":
		return true
	}
	return false
}

// decl reads the arguments of export (or local …), the word variant, as
// mvdan does: NAME=value assignments, NAME alone, or any other word.
func (sh *fastShell) decl(s *syntax.Stmt, variant *syntax.Word) *syntax.Stmt {
	d := sh.decls.one()
	d.Variant = variant.Parts[0].(*syntax.Lit)
	assigns := len(sh.assigns)
	for {
		sh.skip(false)
		if sh.i == len(sh.text) {
			break
		}
		c := sh.text[sh.i]
		if c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '|' || c == ')' || c == '&' && sh.peekAt(1) != '>' {
			break
		}
		if c == '<' || c == '>' || c == '&' {
			return nil // redirections end the clause
		}
		a, ok := sh.assign()
		if !ok {
			return nil
		}
		if a == nil {
			end, _ := sh.litEnd(sh.i)
			if eq := bytes.IndexByte(sh.text[sh.i:end], '='); eq > 0 {
				return nil // an invalid name, or one with { in it
			}
			w := sh.word()
			if w == nil {
				return nil
			}
			a = sh.assignNds.one()
			a.Naked = true
			if l, ok := w.Parts[0].(*syntax.Lit); ok && len(w.Parts) == 1 && validName(l.Value) {
				a.Name = l
			} else {
				a.Value = w
			}
		}
		sh.assigns = append(sh.assigns, a)
	}
	d.Args = sh.asgnLists.clone(sh.assigns[assigns:])
	sh.assigns = sh.assigns[:assigns]
	s.Cmd = d
	return s
}

// reservedWord reports whether w, as a command's first word, is one that
// bash reads as more than a command name (if, !, { …). Only literal words
// qualify, but any word starting with one is refused.
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
// a[i]=x). A backslash takes the byte after it, but not a newline.
func (sh *fastShell) litEnd(i int) (end int, bracket bool) {
	start := i
	for ; i < len(sh.text); i++ {
		switch c := sh.text[i]; c {
		case ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>', '`', '"', '\'', '$':
			return i, false
		case '\\':
			if i+1 == len(sh.text) || sh.text[i+1] == '\n' {
				return i, false // mvdan joins lines; word refuses it
			}
			i++
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
		if sh.text[i] == '\\' {
			i++
		} else if sh.text[i] == '=' {
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

func validName[T string | []byte](name T) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; !nameStart(c) && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return len(name) > 0
}

// word reads the word at i, nil if it leaves the subset.
func (sh *fastShell) word() *syntax.Word {
	if sh.peek() == '#' {
		return nil // a comment
	}
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
		case ' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>':
			return true // ( is for the caller: name() or out of the subset
		case '`':
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
			x := sh.dollar()
			if x == nil {
				return false
			}
			sh.parts = append(sh.parts, x)
		default:
			if sh.text[sh.i] == '#' && (sh.depth > 0 || sh.inCase > 0) {
				return false // mvdan reads $x#… as a comment inside $(…), ( … ) and case items
			}
			end, _ := sh.litEnd(sh.i)
			if end == sh.i {
				return false // a backslash before a newline
			}
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

// double reads "…" at i.
func (sh *fastShell) double() *syntax.DblQuoted {
	q := sh.dbls.one()
	q.Left = sh.pos(sh.i)
	sh.i++
	mark := len(sh.parts)
	if !sh.quotedParts('"') {
		return nil
	}
	q.Right = sh.pos(sh.i)
	sh.i++
	q.Parts = sh.partLists.clone(sh.parts[mark:])
	sh.parts = sh.parts[:mark]
	return q
}

// quotedParts pushes the parts from i up to end, the " of "…" or the }
// of ${x:-…}: literal text with its blanks and backslash escapes,
// parameters and $(…), and inside ${…} quotes too. False if a part
// leaves the subset or end is missing.
func (sh *fastShell) quotedParts(end byte) bool {
	for sh.i < len(sh.text) {
		c := sh.text[sh.i]
		var part syntax.WordPart
		switch {
		case c == end:
			return true
		case c == '`':
			return false
		case c == '$':
			part = sh.dollar()
		case c == '\'' && end == '}':
			if q := sh.single(); q != nil {
				part = q
			}
		case c == '"' && end == '}':
			if q := sh.double(); q != nil {
				part = q
			}
		default:
			l := sh.lits.one()
			l.ValuePos = sh.pos(sh.i)
			start := sh.i
		lit:
			for ; sh.i < len(sh.text); sh.i++ {
				switch c := sh.text[sh.i]; c {
				case end, '`', '$':
					break lit
				case '\'', '"':
					if end == '}' {
						break lit
					}
				case '\\':
					if sh.i+1 == len(sh.text) || sh.text[sh.i+1] == '\n' {
						return false // mvdan joins the lines
					}
					sh.i++
				case '\n':
					sh.newline(sh.i)
				}
			}
			if sh.str == "" {
				sh.str = string(sh.text)
			}
			l.ValueEnd, l.Value = sh.pos(sh.i), sh.str[start:sh.i]
			part = l
		}
		if part == nil {
			return false
		}
		sh.parts = append(sh.parts, part)
	}
	return false
}

// dollar reads $NAME, ${NAME}, ${#NAME}, ${NAME<op>word} or $(…) at i.
func (sh *fastShell) dollar() syntax.WordPart {
	dollar := sh.i
	i := dollar + 1
	if i+1 < len(sh.text) && sh.text[i] == '(' && sh.text[i+1] != '(' {
		if cs := sh.cmdSubst(); cs != nil {
			return cs
		}
		return nil // not a nil *CmdSubst in a non-nil WordPart
	}
	braced := i < len(sh.text) && sh.text[i] == '{'
	if braced {
		i++
	}
	length := braced && i+1 < len(sh.text) && sh.text[i] == '#' && nameStart(sh.text[i+1])
	if length {
		i++
	}
	start := i
	for i < len(sh.text) && (nameStart(sh.text[i]) || i > start && '0' <= sh.text[i] && sh.text[i] <= '9') {
		i++
	}
	if i == start || braced && i == len(sh.text) {
		return nil // $1, $@, $((…)), ${!x} …
	}
	pe := sh.params.one()
	pe.Dollar, pe.Short, pe.Length, pe.Param = sh.pos(dollar), !braced, length, sh.lit(start, i)
	sh.i = i
	if !braced {
		return pe
	}
	if sh.text[i] != '}' {
		if length || !sh.expansion(pe) {
			return nil // ${x[i]}, ${x:1}, ${x/a/b} …
		}
	}
	pe.Rbrace = sh.pos(sh.i)
	sh.i++
	return pe
}

func nameStart(c byte) bool { return c == '_' || 'a' <= c|0x20 && c|0x20 <= 'z' }

// expansion reads the operator and word of ${NAME<op>word} at i, up to
// the closing brace.
func (sh *fastShell) expansion(pe *syntax.ParamExp) bool {
	e := sh.exps.one()
	for _, op := range [...]syntax.ParExpOperator{
		syntax.AlternateUnsetOrNull, syntax.DefaultUnsetOrNull, syntax.ErrorUnsetOrNull,
		syntax.AssignUnsetOrNull, syntax.RemLargeSuffix, syntax.RemLargePrefix,
		syntax.UpperAll, syntax.LowerAll, syntax.AlternateUnset, syntax.DefaultUnset,
		syntax.ErrorUnset, syntax.AssignUnset, syntax.RemSmallSuffix, syntax.RemSmallPrefix,
		syntax.UpperFirst, syntax.LowerFirst,
	} {
		if o := op.String(); len(sh.text)-sh.i >= len(o) && string(sh.text[sh.i:sh.i+len(o)]) == o {
			e.Op = op
			sh.i += len(o)
			break
		}
	}
	if e.Op == 0 {
		return false
	}
	// The word keeps its blanks and runs to the closing brace.
	mark := len(sh.parts)
	if !sh.quotedParts('}') {
		return false
	}
	if len(sh.parts) > mark {
		w := sh.wordNodes.one()
		w.Parts = sh.partLists.clone(sh.parts[mark:])
		e.Word = w
	}
	sh.parts = sh.parts[:mark]
	pe.Exp = e
	return true
}

// cmdSubst reads $(…) at i.
func (sh *fastShell) cmdSubst() *syntax.CmdSubst {
	cs := sh.substs.one()
	cs.Left = sh.pos(sh.i)
	sh.i += 2
	sh.depth++
	stmts, ok := sh.stmtList(false)
	sh.depth--
	if !ok {
		return nil
	}
	cs.Stmts, cs.Right = stmts, sh.pos(sh.i)
	sh.i++
	return cs
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
