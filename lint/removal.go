package lint

import "mvdan.cc/sh/v3/syntax"

// CommandRemoval is what deleting one simple command from a script takes.
type CommandRemoval struct {
	// Range is the command with one connector next to it: the `&&` after
	// it (or before it, when it ends its chain), or the `;` or line break
	// between it and the next statement (or the previous one). Line
	// continuations and indentation between them go with it, so the
	// other commands keep their bytes and layout.
	Range Range
	// Whole: nothing else of substance remains (every other command is
	// one the caller's removable accepts), so the instruction goes.
	Whole bool
}

// RemoveCommand returns how to delete call from the script. ok is false
// when call cannot go alone: it is not a statement of the script's top
// level or an operand of a top-level && chain (it sits in an if, a loop, a
// subshell, a pipeline, next to ||), or it is negated, backgrounded or
// redirected. removable says which other commands may go with it when
// they are all that remains (an `apt-get update` that only served it).
func (s *Script) RemoveCommand(call *syntax.CallExpr, removable func(*syntax.CallExpr) bool) (CommandRemoval, bool) {
	if s == nil || s.File == nil {
		return CommandRemoval{}, false
	}
	top := s.File.Stmts
	whole := true
	found := -1
	var chain []*syntax.Stmt
	k := -1
	for i, st := range top {
		units := andChain(st, nil)
		for j, u := range units {
			c, isCall := u.Cmd.(*syntax.CallExpr)
			switch {
			case c == call && plainStmt(u):
				found, chain, k = i, units, j
			case !isCall || !plainStmt(u) || removable == nil || !removable(c):
				whole = false
			}
		}
	}
	if found < 0 {
		return CommandRemoval{}, false
	}
	if whole {
		return CommandRemoval{Range: s.src.srcRange(0, len(s.src.text)), Whole: true}, true
	}
	var start, end int
	keepComments := true // a comment before the next command is about it
	switch {
	case len(chain) > 1 && k < len(chain)-1:
		start, end = off(chain[k].Pos()), off(chain[k+1].Pos())
	case len(chain) > 1:
		start, end = off(chain[k-1].End()), off(chain[k].End())
		keepComments = false
	case found < len(top)-1:
		start, end = off(top[found].Pos()), off(top[found+1].Pos())
	default:
		keepComments = false
		start, end = off(top[found-1].End()), off(top[found].End())
		if prev := top[found-1]; prev.Semicolon.IsValid() {
			start = off(prev.Semicolon) // `a; b` becomes `a`, not `a;`
		}
	}
	r := Range{s.SrcOffset(start), s.SrcOffset(end)}
	if keepComments && commentLineIn(s.dsrc, r) {
		return CommandRemoval{}, false
	}
	return CommandRemoval{Range: r}, true
}

// RemoveCommandEdit is RemoveCommand of a RUN's command as one edit of
// in: the command with its connector, or in's whole lines when nothing
// else remains. ok is false where RemoveCommand's is, or where the edit
// would end a heredoc early.
func (f *File) RemoveCommandEdit(in *Instruction, call *syntax.CallExpr, removable func(*syntax.CallExpr) bool) (Edit, bool) {
	rm, ok := in.Shell(f).RemoveCommand(call, removable)
	if !ok {
		return Edit{}, false
	}
	e := Edit{Range: rm.Range}
	if rm.Whole {
		e.Range = in.Lines
	}
	return e, !f.EndsHeredoc(e)
}

// commentLineIn reports whether a line that starts within r (after its
// first) is a comment: a continuation's comment line, which would go with
// the removal.
func commentLineIn(src []byte, r Range) bool {
	if src == nil || r.End > len(src) {
		return false
	}
	text := src[r.Start:r.End]
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j < len(text) && text[j] == '#' {
			return true
		}
	}
	return false
}

func off(p syntax.Pos) int { return int(p.Offset()) }

// andChain appends the operands of a chain of && (a && b && c) to dst:
// the statement itself when it is not one.
func andChain(st *syntax.Stmt, dst []*syntax.Stmt) []*syntax.Stmt {
	if b, ok := st.Cmd.(*syntax.BinaryCmd); ok && b.Op == syntax.AndStmt && plainStmt(st) {
		return andChain(b.Y, andChain(b.X, dst))
	}
	return append(dst, st)
}

// plainStmt reports a statement that is only its command: not negated,
// backgrounded or redirected.
func plainStmt(st *syntax.Stmt) bool {
	return !st.Negated && !st.Background && !st.Coprocess && len(st.Redirs) == 0
}
