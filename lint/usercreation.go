package lint

import (
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// The users a Dockerfile creates with useradd or adduser, and the
// conditions each creation runs under: DF201 switches to one, DF205 writes
// one's UID, DF204 reads the tools' options.

// CreatedUser is a user a RUN of a stage chain creates.
type CreatedUser struct {
	// Name is the user's name as a build without --build-arg gives it;
	// NameParam the variable the name is exactly ($USERNAME), if it is one.
	Name, NameParam string
	// UID is the UID, when the file shows one; LiteralUID says it is
	// written as a number (useradd -u 1001), not read from a variable.
	UID        string
	LiteralUID bool
	// UIDParam is the variable the UID word is exactly (--uid "${UID}"),
	// UID then being its value in a build without --build-arg.
	UIDParam string
	In       *Instruction // the RUN
	// Creation is how the creation depends on the conditions around it,
	// and Cond the condition that decided, as written ("" under none).
	Creation Creation
	Cond     string
}

// CreatedUsers finds the users the RUNs of a stage chain create with
// useradd or adduser, in order.
func (f *File) CreatedUsers(chain []*Stage) []CreatedUser {
	var out []CreatedUser
	for in, sc := range f.ChainScripts(chain, "useradd", "adduser") {
		words := f.ShellWords(in, sc)
		for _, call := range sc.Calls() {
			cmd := CommandOf(call)
			if cmd.Name != "useradd" && cmd.Name != "adduser" {
				continue
			}
			name, uid, literalUID, ok := userCreatedUID(cmd.Name, call.Args[cmd.At+1:], words)
			if !ok {
				continue
			}
			createsName := func(stmts []*syntax.Stmt) bool { return createsUser(stmts, name.Value, words) }
			state, text := creationOf(words, sc, call, createsName)
			out = append(out, CreatedUser{Name: name.Value, NameParam: name.Param, UID: uid.Value, UIDParam: uid.Param, LiteralUID: literalUID,
				In: in, Creation: state, Cond: text})
		}
	}
	// One RUN that creates a user twice with different UIDs does so in
	// branches of which one runs: which UID the user gets depends on the
	// build (osixia/openldap: -u 911, or -u ${LDAP_OPENLDAP_UID} when set).
	for i := range out {
		for j := range out {
			if out[i].In == out[j].In && out[i].Name == out[j].Name && out[i].UID != out[j].UID {
				out[i].LiteralUID = false
			}
		}
	}
	return out
}

// createsUser reports whether stmts create the user name with useradd or
// adduser.
func createsUser(stmts []*syntax.Stmt, name string, words ShellWords) bool {
	found := false
	for _, st := range stmts {
		syntax.Walk(st, func(n syntax.Node) bool {
			call, ok := n.(*syntax.CallExpr)
			if !ok || found {
				return !found
			}
			if cmd := CommandOf(call); cmd.Name == "useradd" || cmd.Name == "adduser" {
				if created, _, _, ok := userCreatedUID(cmd.Name, call.Args[cmd.At+1:], words); ok && created.Value == name {
					found = true
				}
			}
			return true
		})
	}
	return found
}

// everyBranch reports whether an if clause has an else and each of its
// branches (then, elifs, else) passes test.
func everyBranch(x *syntax.IfClause, test func([]*syntax.Stmt) bool) bool {
	for ; x != nil; x = x.Else {
		if !test(x.Then) {
			return false
		}
		if x.Else == nil {
			return len(x.Cond) == 0 // the last branch is an else
		}
	}
	return false
}

// ShellWords reads the words of in's script (sc) with the Dockerfile's
// variables in scope there.
func (f *File) ShellWords(in *Instruction, sc *Script) ShellWords {
	return ShellWords{vars: f.VarsAt(in), assigned: assignedNames(sc)}
}

// IsDecimal reports whether s is a decimal number (a UID or GID).
func IsDecimal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// userCreatedUID reads a useradd or adduser call's arguments: the user
// it creates, its UID when one is given, and whether that UID is written
// as a number (useradd -u 1001), not read from a variable a build
// argument may change. ok is false when the call names no portable user.
func userCreatedUID(tool string, args []*syntax.Word, words ShellWords) (name ShellValue, uidVal ShellValue, literalUID, ok bool) {
	var uid string
	vals := make([]ShellValue, len(args))
	for i, w := range args {
		v, ok := words.Value(w)
		if !ok {
			v = ShellValue{Value: "$"} // unknown word: never taken as a name
		}
		vals[i] = v
	}
	var positional []ShellValue
	for i := 0; i < len(vals); i++ {
		a := vals[i].Value
		if strings.HasPrefix(a, "-") {
			_, lit := LitWord(args[i])
			if v, ok := strings.CutPrefix(a, "--uid="); ok {
				uid, literalUID, uidVal = v, lit, ShellValue{}
			} else if a == "-u" || a == "--uid" {
				if i+1 < len(vals) {
					_, next := LitWord(args[i+1])
					uid, literalUID, uidVal = vals[i+1].Value, next, vals[i+1]
				}
			} else if strings.HasPrefix(a, "-u") && !strings.HasPrefix(a, "--") {
				uid, literalUID, uidVal = a[2:], lit, ShellValue{}
			}
			if UserOptionTakesValue(a) {
				i++
			}
			continue
		}
		positional = append(positional, vals[i])
	}
	if len(positional) == 0 {
		return ShellValue{}, ShellValue{}, false, false
	}
	// useradd takes one name; Debian's `adduser user group` names the user first.
	name = positional[len(positional)-1]
	if tool == "adduser" {
		name = positional[0]
	}
	if !portableUserName(name.Value) || name.Value == "root" {
		return ShellValue{}, ShellValue{}, false, false
	}
	if !IsDecimal(uid) {
		uid, literalUID, uidVal = "", false, ShellValue{}
	}
	uidVal.Value = uid
	return name, uidVal, literalUID, true
}

// portableUserName reports whether name is a user name a USER instruction
// can take as written: 1 to 32 of A–Z, a–z, 0–9, '.', '_' and '-', not
// starting with '-', and not all digits (that is a UID). Anything else
// (a quoted name with a blank, a variable) could not be switched to, and a
// fix writing it would not settle.
func portableUserName(name string) bool {
	if name == "" || len(name) > 32 || name[0] == '-' {
		return false
	}
	digits := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case '0' <= c && c <= '9':
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', c == '.', c == '_', c == '-':
			digits = false
		default:
			return false
		}
	}
	return !digits
}

// UserOptionTakesValue reports whether a useradd/adduser option consumes
// the next word (the short options of shadow's useradd and busybox's
// adduser, and the long options of both tools and Debian's adduser). Short
// options may be clustered, as getopt reads them: in "-Ds" the s takes the
// next word, in "-s/bin/sh" its value is attached.
func UserOptionTakesValue(opt string) bool {
	if strings.Contains(opt, "=") {
		return false
	}
	if len(opt) > 2 && opt[1] != '-' {
		for i := 1; i < len(opt); i++ {
			if UserOptionTakesValue("-" + opt[i:i+1]) {
				return i == len(opt)-1
			}
		}
		return false
	}
	switch opt {
	case "-u", "-g", "-G", "-d", "-s", "-c", "-k", "-K", "-e", "-f", "-p", "-b", "-Z", "-h", "-R", "-P",
		"--uid", "--gid", "--groups", "--home-dir", "--home", "--shell", "--comment", "--skel",
		"--key", "--expiredate", "--inactive", "--password", "--base-dir", "--selinux-user",
		"--root", "--prefix", "--ingroup", "--gecos", "--firstuid", "--lastuid", "--firstgid",
		"--lastgid", "--conf", "--add_extra_groups", "--extrausers":
		return true
	}
	return false
}

// ShellWords reads the words of a RUN's script with the Dockerfile's
// variables in scope: a build step's environment holds the ARG and ENV
// values, unless the script assigns the variable itself.
type ShellWords struct {
	vars     Vars
	assigned map[string]bool
}

// ShellValue is a word's value; Param names the variable it is exactly
// ($X, ${X}, "$X"), if it is one.
type ShellValue struct {
	Value, Param string
}

// Value returns the value of a word made of literal text, quotes and
// plain variable references ($X, ${X}) whose values the Dockerfile
// gives. Globs, other expansions and substitutions are unknown.
func (sw ShellWords) Value(w *syntax.Word) (ShellValue, bool) {
	if s, ok := LitWord(w); ok {
		return ShellValue{Value: s}, true
	}
	var b strings.Builder
	var params []string
	var part func(p syntax.WordPart) bool
	part = func(p syntax.WordPart) bool {
		switch x := p.(type) {
		case *syntax.Lit:
			if strings.ContainsAny(x.Value, "*?[]{}\\~") {
				return false
			}
			b.WriteString(x.Value)
		case *syntax.SglQuoted:
			if x.Dollar {
				return false
			}
			b.WriteString(x.Value)
		case *syntax.DblQuoted:
			if x.Dollar {
				return false
			}
			for _, q := range x.Parts {
				if l, ok := q.(*syntax.Lit); ok && strings.ContainsRune(l.Value, '\\') {
					return false
				}
				if !part(q) {
					return false
				}
			}
		case *syntax.ParamExp:
			if x.Param == nil || x.Excl || x.Length || x.Width || x.Index != nil || x.Slice != nil ||
				x.Repl != nil || x.Names != 0 || x.Exp != nil || sw.assigned[x.Param.Value] {
				return false
			}
			v, ok := sw.vars.Get(x.Param.Value)
			if !ok {
				return false
			}
			params = append(params, x.Param.Value)
			b.WriteString(v)
		default:
			return false
		}
		return true
	}
	for _, p := range w.Parts {
		if !part(p) {
			return ShellValue{}, false
		}
	}
	v := ShellValue{Value: b.String()}
	if len(w.Parts) == 1 && len(params) == 1 {
		switch x := w.Parts[0].(type) {
		case *syntax.ParamExp:
			v.Param = params[0]
		case *syntax.DblQuoted:
			if _, ok := x.Parts[0].(*syntax.ParamExp); ok && len(x.Parts) == 1 {
				v.Param = params[0]
			}
		}
	}
	return v, true
}

// assignedNames lists the variables a script assigns (X=…, export X=…,
// for X in …): their values are the script's, not the Dockerfile's.
func assignedNames(sc *Script) map[string]bool {
	names := map[string]bool{}
	for _, a := range sc.Assignments() {
		if a.Name != "" {
			names[a.Name] = true
		}
	}
	return names
}

// Creation is how a call depends on the conditions around it.
type Creation int

const (
	CreatedAlways       Creation = iota // under no condition
	CreatedByDefault                    // under conditions the default build meets
	CreatedMaybe                        // under a condition not evaluated (a loop, case, `id app ||`)
	CreatedNotByDefault                 // under a condition the default build fails
)

// creationOf works out the conditions call runs under in sc: the if,
// elif and else branches it is in and the `test &&` or `test ||` before
// it, evaluated with the Dockerfile's values when they are simple tests
// ([ "$X" -ne 0 ], [ "$X" != 0 ], [ "$X" = … ], -n, -z, test, [[ … ]]).
// text is the condition that decided, as written. An if whose every
// branch creates the user (createsName) is no condition on its creation.
func creationOf(words ShellWords, sc *Script, call *syntax.CallExpr, createsName func([]*syntax.Stmt) bool) (state Creation, text string) {
	inside := func(n syntax.Node, x syntax.Node) bool {
		return n.Pos().Offset() <= x.Pos().Offset() && x.End().Offset() <= n.End().Offset()
	}
	inStmts := func(stmts []*syntax.Stmt) bool {
		for _, s := range stmts {
			if inside(s, call) {
				return true
			}
		}
		return false
	}
	path := sc.Enclosing(call)
	state = CreatedAlways
	note := func(s Creation, t string) {
		if s > state {
			state, text = s, t
		}
	}
	require := func(cond []*syntax.Stmt, want bool) {
		if len(cond) == 0 {
			return
		}
		t := stmtsSource(cond)
		if !want {
			t = "not " + t
		}
		got, ok := evalCondition(words, cond)
		switch {
		case !ok:
			note(CreatedMaybe, t)
		case got != want:
			note(CreatedNotByDefault, t)
		default:
			note(CreatedByDefault, t)
		}
	}
	for _, n := range path {
		switch x := n.(type) {
		case *syntax.IfClause:
			if everyBranch(x, createsName) {
				continue
			}
			switch {
			case inStmts(x.Then):
				require(x.Cond, true)
			case x.Else != nil && inside(x.Else, call):
				require(x.Cond, false)
			}
		case *syntax.BinaryCmd:
			if !inside(x.Y, call) || (x.Op != syntax.AndStmt && x.Op != syntax.OrStmt) {
				continue
			}
			cond := []*syntax.Stmt{x.X}
			switch {
			case isTestStmt(x.X):
				require(cond, x.Op == syntax.AndStmt)
			case x.Op == syntax.OrStmt:
				// `id app || useradd app`: runs when the command fails.
				note(CreatedMaybe, stmtsSource(cond)+" fails")
			}
		case *syntax.CaseClause, *syntax.WhileClause, *syntax.ForClause:
			note(CreatedMaybe, "a "+nodeKind(x))
		}
	}
	return state, text
}

func nodeKind(n syntax.Node) string {
	switch n.(type) {
	case *syntax.CaseClause:
		return "case"
	case *syntax.ForClause:
		return "loop"
	}
	return "loop"
}

// stmtsSource prints statements as the shell reads them, on one line.
func stmtsSource(stmts []*syntax.Stmt) string {
	var parts []string
	for _, s := range stmts {
		var b strings.Builder
		if err := syntax.NewPrinter(syntax.SingleLine(true)).Print(&b, s); err != nil {
			return "a condition"
		}
		parts = append(parts, strings.TrimSuffix(strings.TrimSpace(b.String()), ";"))
	}
	return strings.Join(parts, "; ")
}

// isTestStmt reports whether a statement is a test: [ … ], test …, [[ … ]].
func isTestStmt(s *syntax.Stmt) bool {
	switch x := s.Cmd.(type) {
	case *syntax.TestClause:
		return true
	case *syntax.CallExpr:
		if len(x.Args) > 0 {
			name := x.Args[0].Lit()
			return name == "[" || name == "test"
		}
	}
	return false
}

// evalCondition evaluates an if's condition when it is one simple test.
func evalCondition(words ShellWords, cond []*syntax.Stmt) (result, ok bool) {
	if len(cond) != 1 {
		return false, false
	}
	s := cond[0]
	if s.Background || s.Coprocess || len(s.Redirs) > 0 {
		return false, false
	}
	switch x := s.Cmd.(type) {
	case *syntax.TestClause:
		result, ok = evalTestExpr(words, x.X)
	case *syntax.CallExpr:
		if len(x.Assigns) > 0 || len(x.Args) == 0 {
			return false, false
		}
		args := x.Args[1:]
		// Word.Lit, not LitWord: [ and ] are glob characters to it.
		switch x.Args[0].Lit() {
		case "[":
			if len(args) == 0 {
				return false, false
			}
			if args[len(args)-1].Lit() != "]" {
				return false, false
			}
			args = args[:len(args)-1]
		case "test":
		default:
			return false, false
		}
		result, ok = evalBracket(words, args)
	default:
		return false, false
	}
	if s.Negated {
		result = !result
	}
	return result, ok
}

// evalBracket evaluates the arguments of [ or test: one operand (true
// when not empty), -n X, -z X, X OP Y, and ! before any of them.
func evalBracket(words ShellWords, args []*syntax.Word) (bool, bool) {
	if len(args) > 0 {
		if args[0].Lit() == "!" && len(args) > 1 {
			r, ok := evalBracket(words, args[1:])
			return !r, ok
		}
	}
	operand := func(w *syntax.Word) (string, bool) {
		v, ok := words.Value(w)
		return v.Value, ok
	}
	switch len(args) {
	case 1:
		v, ok := operand(args[0])
		return v != "", ok
	case 2:
		op := args[0].Lit()
		v, ok := operand(args[1])
		switch op {
		case "-n":
			return v != "", ok
		case "-z":
			return v == "", ok
		}
	case 3:
		op := args[1].Lit()
		x, okx := operand(args[0])
		y, oky := operand(args[2])
		if okx && oky {
			return compare(op, x, y)
		}
	}
	return false, false
}

// evalTestExpr evaluates a [[ … ]] expression of the same simple forms,
// with && and ||.
func evalTestExpr(words ShellWords, e syntax.TestExpr) (bool, bool) {
	operand := func(e syntax.TestExpr, pattern bool) (string, bool) {
		w, ok := e.(*syntax.Word)
		if !ok {
			return "", false
		}
		if pattern {
			// The right side of == and != is a pattern: only plain text.
			for _, p := range w.Parts {
				if l, ok := p.(*syntax.Lit); ok && strings.ContainsAny(l.Value, "*?[") {
					return "", false
				}
			}
		}
		v, ok := words.Value(w)
		return v.Value, ok
	}
	switch x := e.(type) {
	case *syntax.Word:
		v, ok := operand(x, false)
		return v != "", ok
	case *syntax.ParenTest:
		return evalTestExpr(words, x.X)
	case *syntax.UnaryTest:
		switch x.Op {
		case syntax.TsNot:
			r, ok := evalTestExpr(words, x.X)
			return !r, ok
		case syntax.TsNempStr, syntax.TsEmpStr:
			v, ok := operand(x.X, false)
			return (v != "") == (x.Op == syntax.TsNempStr), ok
		}
	case *syntax.BinaryTest:
		switch x.Op {
		case syntax.AndTest, syntax.OrTest:
			a, oka := evalTestExpr(words, x.X)
			b, okb := evalTestExpr(words, x.Y)
			if x.Op == syntax.AndTest {
				return a && b, oka && okb
			}
			return a || b, oka && okb
		}
		a, oka := operand(x.X, false)
		b, okb := operand(x.Y, x.Op == syntax.TsMatch || x.Op == syntax.TsMatchShort || x.Op == syntax.TsNoMatch)
		if oka && okb {
			return compare(x.Op.String(), a, b)
		}
	}
	return false, false
}

// compare applies a test operator to two values: =, ==, != on strings,
// -eq -ne -lt -le -gt -ge on integers.
func compare(op, x, y string) (bool, bool) {
	switch op {
	case "=", "==":
		return x == y, true
	case "!=":
		return x != y, true
	}
	a, errA := strconv.Atoi(strings.TrimSpace(x))
	b, errB := strconv.Atoi(strings.TrimSpace(y))
	if errA != nil || errB != nil {
		return false, false
	}
	switch op {
	case "-eq":
		return a == b, true
	case "-ne":
		return a != b, true
	case "-lt":
		return a < b, true
	case "-le":
		return a <= b, true
	case "-gt":
		return a > b, true
	case "-ge":
		return a >= b, true
	}
	return false, false
}
