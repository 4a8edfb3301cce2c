package rules

import (
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// The users a Dockerfile points at, for DF201's fix: the earlier non-root
// USER, the users the final stage chain creates, the owners its COPY and
// ADD --chown give files to, and, when there is none of those, the
// non-root user the base image ships.

// candidateKind says where a candidate comes from.
type candidateKind int

const (
	earlierUser candidateKind = iota
	createdUser
	chownOwner
	shippedUser
)

// candidate is a user DF201 may switch to.
type candidate struct {
	kind candidateKind
	name string // the user as a reader knows it: "app", "977", "${APP_USER}"
	uid  string // the UID, when the file shows it
	// literalUID: the UID is written as a number where the user is
	// created, not read from a variable.
	literalUID bool
	write      string // what the fix writes after USER; "" when it cannot say
	line       int    // where it comes from
	image      string // a shipped user's image
	// chowns counts the COPY and ADD --chown that give files to it, and
	// chownLine is the last of them.
	chowns, chownLine int
	// shipped: the base image ships a user of that name.
	shipped bool
	// owns: a RUN gives it files (chown, install -o), found by judge for
	// a candidate no COPY --chown gives any.
	owns bool
	// unsafeWhy says why switching to it alone is unsafe; "" when it may
	// be safe.
	unsafeWhy string
	// For a created user: the condition its creation is under, and
	// whether the default build fails it (then the build has no such user).
	cond    string
	skipped bool
}

// why says where the candidate comes from, for a fix message.
func (c *candidate) why() string {
	switch c.kind {
	case earlierUser:
		return "the user set on line " + strconv.Itoa(c.line)
	case createdUser:
		return "created on line " + strconv.Itoa(c.line)
	case chownOwner:
		return "the owner COPY --chown gives files to on line " + strconv.Itoa(c.line)
	}
	return c.image + " ships it"
}

// describe names the candidate for a finding's list.
func (c *candidate) describe() string {
	s := c.name + " (" + c.why()
	if c.kind != chownOwner && c.chowns > 0 {
		s += ", owner of COPY --chown on line " + strconv.Itoa(c.chownLine)
	}
	return s + ")"
}

// candidates is what findCandidates found.
type candidates struct {
	list []*candidate
	// skipped is a user the file creates only under a condition that the
	// default build does not meet.
	skipped *candidate
}

// preferred is the candidate an unsafe fix switches to: the owner of the
// most COPY --chown, else one a RUN gives files to (varnish, not the
// varnishlog created after it), else the earlier USER, else the last user
// created, else the shipped one. Only a candidate with a spelling counts.
func (cs candidates) preferred() *candidate {
	var best *candidate
	for _, c := range cs.list {
		if c.write == "" {
			continue
		}
		switch {
		case best == nil:
			best = c
		case c.chowns != best.chowns:
			if c.chowns > best.chowns {
				best = c
			}
		case c.owns != best.owns:
			if c.owns {
				best = c
			}
		case c.kind == createdUser && best.kind == createdUser:
			best = c // the last one created
		}
	}
	return best
}

// findCandidates gathers the users the final stage chain points at, one
// entry per user: the same name, or a created user's UID and a numeric
// owner, are the same user.
func findCandidates(p *lint.Pass, chain []*lint.Stage, lastRoot *lint.Instruction) candidates {
	f := p.File
	final := chain[len(chain)-1]
	var cs candidates
	add := func(c *candidate) {
		for _, o := range cs.list {
			if o.name == c.name || (o.uid != "" && (o.uid == c.name || o.uid == c.uid)) || (c.uid != "" && c.uid == o.name) {
				o.chowns += c.chowns
				o.chownLine = max(o.chownLine, c.chownLine)
				if o.uid == "" {
					o.uid = c.uid
				}
				return
			}
		}
		cs.list = append(cs.list, c)
	}

	// The user the Dockerfile ran as before switching to root.
	if lastRoot != nil {
		var users []*lint.Instruction
		for _, s := range chain {
			users = append(users, s.InstructionsOf("USER")...)
		}
		for i := len(users) - 1; i >= 0; i-- {
			in := users[i]
			if in.Index >= lastRoot.Index {
				continue
			}
			u := f.UserSet(in)
			if (u.Known && u.Root) || (!u.Known && in.Stage != final) {
				continue // a variable may not be in scope in this stage
			}
			name := in.ArgText()
			if u.Known {
				name = u.Name
			}
			add(&candidate{kind: earlierUser, name: name, uid: numericOr(name, ""), write: in.ArgText(), line: in.StartLine})
			break
		}
	}

	var skipped []*candidate
	for _, c := range createdUsers(f, chain) {
		if c.skipped {
			skipped = append(skipped, c)
			continue
		}
		add(c)
	}
	for _, c := range skipped {
		created := false // by another RUN, unconditionally
		for _, o := range cs.list {
			created = created || (o.kind == createdUser && o.name == c.name)
		}
		if !created && cs.skipped == nil {
			cs.skipped = c
		}
	}

	for _, s := range chain {
		for _, in := range s.InstructionsOf("COPY", "ADD") {
			fl, ok := in.Flag("chown")
			if !ok || !fl.HasValue {
				continue
			}
			raw := f.Text(fl.ValueRange)
			value, known := f.VarsAt(in).Expand(raw)
			c := &candidate{kind: chownOwner, name: raw, line: in.StartLine, chowns: 1, chownLine: in.StartLine}
			if known {
				user, group, _ := strings.Cut(value, ":")
				if user == "" || isRootName(user) {
					continue
				}
				c.name, c.write = user, user
				if isNumeric(user) {
					c.uid = user
					if isNumeric(group) {
						c.write = user + ":" + group
					}
				}
			}
			add(c)
		}
	}

	// The user the base image ships is a candidate when the file points at
	// no user of its own: a file that creates one means it (ubuntu ships
	// ubuntu, node ships node, whatever the file creates). A candidate of
	// its name is known to exist.
	if base := chain[0]; p.Env != nil && p.Env.Images != nil && base.ImageResolved && !base.IsScratch() {
		if u, ok := p.Env.Images.NonRootUser(base.ImageExpanded); ok {
			for _, c := range cs.list {
				c.shipped = c.shipped || c.name == u
			}
			if len(cs.list) == 0 {
				add(&candidate{kind: shippedUser, name: u, write: u, image: base.ImageExpanded, shipped: true})
			}
		}
	}
	for _, c := range cs.list {
		judge(f, chain, c)
	}
	return cs
}

// judge says why a switch to c alone would be unsafe, if it would: the
// file ran as an earlier USER itself; any other user must exist in every
// build (created unconditionally, or shipped by the image) and be given
// files by the file, the sign that its program is meant to run as it.
// Where the program writes (its WORKDIR, /root, a data directory) is
// root's otherwise: etcd on distroless as nonroot cannot create its data
// directory, a Cloud Build builder as node cannot write /workspace.
func judge(f *lint.File, chain []*lint.Stage, c *candidate) {
	if c.unsafeWhy != "" || c.kind == earlierUser {
		return
	}
	switch {
	case c.write == "":
	case c.kind == chownOwner && !c.shipped && c.uid != "":
		c.unsafeWhy = "a UID the file does not create: the program may need a passwd entry"
	case c.kind == chownOwner && !c.shipped:
		c.unsafeWhy = "the file does not create it: it may be the account a server started as root switches to"
	case c.chowns == 0:
		if c.owns = givesFiles(f, chain, c.name, c.uid); c.owns {
			return
		}
		owner := "root's"
		if chain[len(chain)-1].IsWindows() {
			owner = "ContainerAdministrator's"
		}
		c.unsafeWhy = "the file gives it no files (no chown, no COPY --chown), so what its program writes may be " + owner
	}
}

// givesFiles reports whether a RUN of the stage chain gives files to the
// user (by name, or UID when known): chown USER[:GROUP] …, install -o USER.
func givesFiles(f *lint.File, chain []*lint.Stage, name, uid string) bool {
	owns := func(spec string) bool {
		user, _, _ := strings.Cut(spec, ":")
		old, _, _ := strings.Cut(user, ".") // chown's old user.group
		return user != "" && (user == name || user == uid || old == name || old == uid)
	}
	for _, s := range chain {
		for _, in := range s.InstructionsOf("RUN") {
			if !in.MayCall(f, "chown") && !(in.MayCall(f, "install") && in.MayCall(f, "-o", "--owner")) {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			words := shellWords{vars: f.VarsAt(in), assigned: assignedNames(sc)}
			for _, call := range sc.Calls() {
				cmd := lint.CommandOf(call)
				if cmd.Name != "chown" && cmd.Name != "install" {
					continue
				}
				args := call.Args[cmd.At+1:]
				for i := 0; i < len(args); i++ {
					v, ok := words.value(args[i])
					if !ok {
						continue
					}
					switch {
					case cmd.Name == "install" && (v.value == "-o" || v.value == "--owner") && i+1 < len(args):
						if o, ok := words.value(args[i+1]); ok && owns(o.value) {
							return true
						}
					case cmd.Name == "install" && strings.HasPrefix(v.value, "--owner="):
						if owns(strings.TrimPrefix(v.value, "--owner=")) {
							return true
						}
					case cmd.Name == "chown" && !strings.HasPrefix(v.value, "-"):
						// The first operand is the owner.
						if owns(v.value) {
							return true
						}
						i = len(args)
					}
				}
			}
		}
	}
	return false
}

// isNumeric reports whether s is a decimal number (a UID or GID).
func isNumeric(s string) bool {
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

func numericOr(s, alt string) string {
	if isNumeric(s) {
		return s
	}
	return alt
}

// createdUsers finds the users RUNs in the stage chain create with
// useradd or adduser, in order, with the condition each creation is
// under: none (safe), one the default build meets or one not evaluated
// (unsafe: another build may not create it), or one the default build
// fails (skipped).
func createdUsers(f *lint.File, chain []*lint.Stage) []*candidate {
	var out []*candidate
	for _, s := range chain {
		for _, in := range s.InstructionsOf("RUN") {
			if !in.MayCall(f, "useradd", "adduser") {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			words := shellWords{vars: f.VarsAt(in), assigned: assignedNames(sc)}
			for _, call := range sc.Calls() {
				cmd := lint.CommandOf(call)
				if cmd.Name != "useradd" && cmd.Name != "adduser" {
					continue
				}
				name, uid, literalUID, ok := userCreatedUID(cmd.Name, call.Args[cmd.At+1:], words)
				if !ok {
					continue
				}
				c := &candidate{kind: createdUser, name: name.value, uid: uid, literalUID: literalUID, line: in.StartLine, write: name.value}
				if name.param != "" {
					// A name from a variable: USER reads the same variable,
					// so that a build argument moves both.
					c.write = "${" + name.param + "}"
					if v, ok := f.VarsAt(s.Instructions[len(s.Instructions)-1]).Get(name.param); !ok || v != name.value || s != chain[len(chain)-1] {
						c.write = name.value
						c.unsafeWhy = "its name comes from " + name.param + ", which a build argument may change"
					}
				}
				if hasPassword(f, chain, name.value) {
					c.unsafeWhy = "a login account (it is given a password): the server that authenticates it may need root"
				}
				switch state, text := creationOf(words, sc, call); state {
				case createdNotByDefault:
					c.cond, c.skipped = text, true
				case createdByDefault, createdMaybe:
					c.cond = text
					c.unsafeWhy = "it is created under a condition: a build may not have it"
				}
				out = append(out, c)
			}
		}
	}
	return out
}

// hasPassword reports whether a RUN of the stage chain gives user a
// password: chpasswd fed "user:…", passwd user, useradd or usermod -p.
func hasPassword(f *lint.File, chain []*lint.Stage, user string) bool {
	for _, s := range chain {
		for _, in := range s.InstructionsOf("RUN") {
			if !in.MayCall(f, "passwd", "--password", " -p ") {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			for _, call := range sc.Calls() {
				cmd := lint.CommandOf(call)
				args := call.Args[cmd.At+1:]
				switch cmd.Name {
				case "chpasswd":
					if strings.Contains(sc.Text(), user+":") {
						return true
					}
				case "passwd", "useradd", "usermod", "adduser":
					named, password := false, cmd.Name == "passwd"
					for _, w := range args {
						v, _ := lint.LitWord(w)
						switch {
						case v == user:
							named = true
						case v == "-p" || v == "--password" || strings.HasPrefix(v, "--password="):
							password = true
						}
					}
					if named && password {
						return true
					}
				}
			}
		}
	}
	return false
}

// userCreated reads the arguments of useradd or adduser (after the
// command word) and returns the user name it creates and the UID it
// gives, when the words show them.
func userCreated(tool string, args []*syntax.Word, words shellWords) (name shellValue, uid string, ok bool) {
	name, uid, _, ok = userCreatedUID(tool, args, words)
	return name, uid, ok
}

// userCreatedUID is userCreated, also saying whether the UID is written
// as a number (useradd -u 1001), not read from a variable a build
// argument may change.
func userCreatedUID(tool string, args []*syntax.Word, words shellWords) (name shellValue, uid string, literalUID, ok bool) {
	vals := make([]shellValue, len(args))
	for i, w := range args {
		v, ok := words.value(w)
		if !ok {
			v = shellValue{value: "$"} // unknown word: never taken as a name
		}
		vals[i] = v
	}
	var positional []shellValue
	for i := 0; i < len(vals); i++ {
		a := vals[i].value
		if strings.HasPrefix(a, "-") {
			_, lit := lint.LitWord(args[i])
			if v, ok := strings.CutPrefix(a, "--uid="); ok {
				uid, literalUID = v, lit
			} else if a == "-u" || a == "--uid" {
				if i+1 < len(vals) {
					_, next := lint.LitWord(args[i+1])
					uid, literalUID = vals[i+1].value, next
				}
			} else if strings.HasPrefix(a, "-u") && !strings.HasPrefix(a, "--") {
				uid, literalUID = a[2:], lit
			}
			if takesValue(a) {
				i++
			}
			continue
		}
		positional = append(positional, vals[i])
	}
	if len(positional) == 0 {
		return shellValue{}, "", false, false
	}
	// useradd takes one name; Debian's `adduser user group` names the user first.
	name = positional[len(positional)-1]
	if tool == "adduser" {
		name = positional[0]
	}
	if !portableUserName(name.value) || name.value == "root" {
		return shellValue{}, "", false, false
	}
	if !isNumeric(uid) {
		uid, literalUID = "", false
	}
	return name, uid, literalUID, true
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

// takesValue reports whether a useradd/adduser option consumes the next
// word (the short options of shadow's useradd and busybox's adduser, and
// the long options of both tools and Debian's adduser). Short options may
// be clustered, as getopt reads them: in "-Ds" the s takes the next word,
// in "-s/bin/sh" its value is attached.
func takesValue(opt string) bool {
	if strings.Contains(opt, "=") {
		return false
	}
	if len(opt) > 2 && opt[1] != '-' {
		for i := 1; i < len(opt); i++ {
			if takesValue("-" + opt[i:i+1]) {
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

// shellWords reads the words of a RUN's script with the Dockerfile's
// variables in scope: a build step's environment holds the ARG and ENV
// values, unless the script assigns the variable itself.
type shellWords struct {
	vars     lint.Vars
	assigned map[string]bool
}

// shellValue is a word's value; param names the variable it is exactly
// ($X, ${X}, "$X"), if it is one.
type shellValue struct {
	value, param string
}

// value returns the value of a word made of literal text, quotes and
// plain variable references ($X, ${X}) whose values the Dockerfile
// gives. Globs, other expansions and substitutions are unknown.
func (sw shellWords) value(w *syntax.Word) (shellValue, bool) {
	if s, ok := lint.LitWord(w); ok {
		return shellValue{value: s}, true
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
			return shellValue{}, false
		}
	}
	v := shellValue{value: b.String()}
	if len(w.Parts) == 1 && len(params) == 1 {
		switch x := w.Parts[0].(type) {
		case *syntax.ParamExp:
			v.param = params[0]
		case *syntax.DblQuoted:
			if _, ok := x.Parts[0].(*syntax.ParamExp); ok && len(x.Parts) == 1 {
				v.param = params[0]
			}
		}
	}
	return v, true
}

// assignedNames lists the variables a script assigns (X=…, export X=…,
// for X in …): their values are the script's, not the Dockerfile's.
func assignedNames(sc *lint.Script) map[string]bool {
	names := map[string]bool{}
	for _, a := range sc.Assignments() {
		if a.Name != "" {
			names[a.Name] = true
		}
	}
	return names
}

// creation is how a call depends on the conditions around it.
type creation int

const (
	createdAlways       creation = iota // under no condition
	createdByDefault                    // under conditions the default build meets
	createdMaybe                        // under a condition not evaluated (a loop, case, `id app ||`)
	createdNotByDefault                 // under a condition the default build fails
)

// creationOf works out the conditions call runs under in sc: the if,
// elif and else branches it is in and the `test &&` or `test ||` before
// it, evaluated with the Dockerfile's values when they are simple tests
// ([ "$X" -ne 0 ], [ "$X" != 0 ], [ "$X" = … ], -n, -z, test, [[ … ]]).
// text is the condition that decided, as written.
func creationOf(words shellWords, sc *lint.Script, call *syntax.CallExpr) (state creation, text string) {
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
	state = createdAlways
	note := func(s creation, t string) {
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
			note(createdMaybe, t)
		case got != want:
			note(createdNotByDefault, t)
		default:
			note(createdByDefault, t)
		}
	}
	for _, n := range path {
		switch x := n.(type) {
		case *syntax.IfClause:
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
				note(createdMaybe, stmtsSource(cond)+" fails")
			}
		case *syntax.CaseClause, *syntax.WhileClause, *syntax.ForClause:
			note(createdMaybe, "a "+nodeKind(x))
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
func evalCondition(words shellWords, cond []*syntax.Stmt) (result, ok bool) {
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
		// Word.Lit, not lint.LitWord: [ and ] are glob characters to it.
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
func evalBracket(words shellWords, args []*syntax.Word) (bool, bool) {
	if len(args) > 0 {
		if args[0].Lit() == "!" && len(args) > 1 {
			r, ok := evalBracket(words, args[1:])
			return !r, ok
		}
	}
	operand := func(w *syntax.Word) (string, bool) {
		v, ok := words.value(w)
		return v.value, ok
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
func evalTestExpr(words shellWords, e syntax.TestExpr) (bool, bool) {
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
		v, ok := words.value(w)
		return v.value, ok
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
