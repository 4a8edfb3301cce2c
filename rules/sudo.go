package rules

import (
	"fmt"
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// Sudo flags sudo in RUN. A build step already runs as the stage's USER:
// as root sudo is dead weight (and changes the environment: env_reset,
// secure_path), as another user it needs a sudoers setup that then stays
// in the image. When the RUN is known to run as root, the fix drops sudo
// and its harmless options.
var Sudo = &lint.Rule{
	ID: "DF202", Name: "sudo",
	Aliases:  []string{"DL3004", "DS-0010", "CKV2_DOCKER_1"},
	Title:    "Do not use sudo in RUN",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check:    checkSudo,
}

// sudoUser is the effective user at a point of a stage.
type sudoUser struct {
	root  bool   // known to be root
	known bool   // false: a variable or an unknown image hides the user
	what  string // for messages: `user "app"`, "USER ${X}", "base image ${BASE}"
}

func checkSudo(p *lint.Pass) {
	f := p.File
	// Who runs each RUN is worked out only for a file that has sudo in one.
	var users map[*lint.Instruction]sudoUser
	userOf := func(in *lint.Instruction) sudoUser {
		if in.Keyword == "ONBUILD" {
			// It runs in the builds of child images, as their user.
			return sudoUser{what: "ONBUILD: the child image's user"}
		}
		if users == nil {
			users = sudoRunUsers(p)
		}
		return users[in]
	}
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			if !in.IsRun() {
				continue
			}
			if in.JSON {
				if args := in.Args(); len(args) > 0 && path.Base(args[0].Text) == "sudo" {
					p.Report(lint.Diagnostic{Range: args[0].Range, Message: sudoMessage(userOf(in), sudoCall{}, true)})
				}
				continue
			}
			if !in.MayCall(f, "sudo") {
				continue
			}
			u := userOf(in)
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			for _, call := range sc.Calls() {
				at, ok := sudoAt(call)
				if !ok {
					continue
				}
				sw := call.Args[at]
				c := parseSudo(call.Args, at)
				d := lint.Diagnostic{Range: sc.Range(sw), Message: sudoMessage(u, c, false)}
				if u.known && u.root && c.removable {
					if edits, ok := sudoEdits(f, sc, call.Args[at:c.cmdStart], call.Args[c.cmdStart]); ok {
						words := make([]string, 0, c.cmdStart-at)
						for _, w := range call.Args[at:c.cmdStart] {
							s, _ := lint.LitWord(w)
							words = append(words, s)
						}
						d.Fixes = []lint.Fix{{Message: "Remove " + strings.Join(words, " "), Safe: true, Edits: edits}}
					}
				}
				p.Report(d)
			}
		}
	}
}

func sudoMessage(u sudoUser, c sudoCall, exec bool) string {
	switch {
	case u.known && u.root && c.user != "":
		return fmt.Sprintf("sudo -u %s in RUN: drop privileges with USER %s (or gosu, setpriv) instead", c.user, c.user)
	case u.known && u.root && exec:
		return "sudo is unnecessary: this RUN already runs as root (remove it from the exec form)"
	case u.known && u.root && !c.removable:
		return "sudo is unnecessary: this RUN already runs as root (remove it by hand: its options change how the command runs)"
	case u.known && u.root:
		return "sudo is unnecessary: this RUN already runs as root"
	case u.known:
		return fmt.Sprintf("sudo in RUN, which runs as %s: run the privileged steps under USER root instead", u.what)
	}
	return fmt.Sprintf("sudo in RUN, whose user is unknown (%s): run the privileged steps under USER root instead", u.what)
}

// sudoRunUsers tracks USER through the stages and returns the effective
// user at every RUN. A stage built from another starts with that stage's
// final user; a stage built from an image with the image's default user,
// which is root unless known otherwise.
func sudoRunUsers(p *lint.Pass) map[*lint.Instruction]sudoUser {
	out := map[*lint.Instruction]sudoUser{}
	end := map[*lint.Stage]sudoUser{}
	for _, st := range p.File.Stages {
		var u sudoUser
		if pu, ok := end[st.Parent]; ok && st.Parent != nil {
			u = pu
		} else {
			u = sudoImageUser(p.Env, st)
		}
		for _, in := range st.Instructions {
			switch in.Keyword {
			case "USER":
				if v, ok := userValue(p.File, in); ok {
					u = sudoParseUser(v)
				} else {
					u = sudoUser{what: "USER " + in.ArgText()}
				}
			case "RUN":
				out[in] = u
			}
		}
		end[st] = u
	}
	return out
}

// sudoParseUser reads a USER value as userValue expands it. root, 0,
// root:root and 0:0 are root; anything else is another user.
func sudoParseUser(v string) sudoUser {
	isRoot := func(s string) bool { return s == "root" || s == "0" }
	user, group, hasGroup := strings.Cut(v, ":")
	if isRoot(user) && (!hasGroup || isRoot(group)) {
		return sudoUser{root: true, known: true, what: "root"}
	}
	return sudoUser{known: true, what: fmt.Sprintf("user %q", v)}
}

// sudoImageUser is the default user of a stage's base image.
func sudoImageUser(env *lint.Env, st *lint.Stage) sudoUser {
	if st.IsScratch() {
		return sudoUser{root: true, known: true, what: "root"}
	}
	if !st.ImageResolved {
		return sudoUser{what: "base image " + st.Image.Text}
	}
	if env != nil && env.Images != nil {
		if user, nonRoot, known := env.Images.DefaultUser(st.ImageExpanded); known {
			if nonRoot {
				if user == "" {
					return sudoUser{known: true, what: "the non-root default user of " + st.ImageExpanded}
				}
				return sudoUser{known: true, what: fmt.Sprintf("user %q (from %s)", user, st.ImageExpanded)}
			}
			return sudoUser{root: true, known: true, what: "root"}
		}
	}
	// The official images and most others run as root.
	return sudoUser{root: true, known: true, what: "root"}
}

// sudoAt returns the index of a sudo command word in call: the command
// itself, or the command run by a wrapper such as exec, env or xargs.
func sudoAt(call *syntax.CallExpr) (int, bool) {
	i := 0
	for i < len(call.Args) {
		s, ok := lint.LitWord(call.Args[i])
		if !ok {
			return 0, false
		}
		switch path.Base(s) {
		case "sudo":
			return i, true
		case "exec", "command", "nohup", "xargs", "nice":
			i++
		case "env":
			i++
			for i < len(call.Args) {
				a, ok := lint.LitWord(call.Args[i])
				if !ok || !strings.Contains(a, "=") || strings.HasPrefix(a, "-") {
					break
				}
				i++
			}
		default:
			return 0, false
		}
	}
	return 0, false
}

// sudoCall is what parseSudo understood of a sudo invocation.
type sudoCall struct {
	cmdStart  int    // index of the first word after sudo's options (an assignment or the command)
	cmd       int    // index of the command word; len(args) when there is none
	removable bool   // sudo and its options can go when the user is already root
	user      string // -u value naming a user other than root
}

// parseSudo reads sudo's options from args[at+1:]. Options that keep the
// command's behaviour as root (-E, -H, -n, -P, -k, -u root, -g root…) are
// removable; the ones that change it (-i, -s, -S, -b, -D…) or do not run a
// command (-l, -v, -e, -K, -V) are not.
func parseSudo(args []*syntax.Word, at int) sudoCall {
	c := sudoCall{removable: true}
	i := at + 1
	next := func() (string, bool) {
		i++
		if i >= len(args) {
			return "", false
		}
		return lint.LitWord(args[i])
	}
	checkUser := func(v string, ok bool) {
		switch v = strings.TrimPrefix(v, "#"); {
		case !ok && i < len(args):
			c.removable = false
			c.user = wordSource(args[i])
		case !ok:
			c.removable = false
		case v != "root" && v != "0":
			c.removable = false
			c.user = v
		}
	}
	checkGroup := func(v string, ok bool) {
		if v = strings.TrimPrefix(v, "#"); !ok || (v != "root" && v != "0") {
			c.removable = false
		}
	}
options:
	for ; i < len(args); i++ {
		s, ok := lint.LitWord(args[i])
		if !ok {
			// An option with a variable in it (--user=$U, -u"$U") is
			// read as one word; anything else starts the command.
			if lit, isLit := args[i].Parts[0].(*syntax.Lit); isLit && strings.HasPrefix(lit.Value, "-") {
				c.removable = false
				if v := lit.Value; strings.HasPrefix(v, "--user=") || (!strings.HasPrefix(v, "--") && strings.HasSuffix(v, "u")) {
					c.user = strings.TrimPrefix(wordSource(args[i]), v)
				}
				continue
			}
			break
		}
		if !strings.HasPrefix(s, "-") || s == "-" {
			break
		}
		if s == "--" {
			i++
			break
		}
		if strings.HasPrefix(s, "--") {
			name, val, hasVal := strings.Cut(s[2:], "=")
			value := func() (string, bool) {
				if hasVal {
					return val, !strings.ContainsAny(val, "$`\"'\\")
				}
				return next()
			}
			switch name {
			case "preserve-env", "set-home", "non-interactive", "preserve-groups", "askpass", "bell", "reset-timestamp":
			case "user":
				checkUser(value())
			case "group":
				checkGroup(value())
			case "close-from", "prompt":
				value()
			case "chdir", "chroot", "role", "type", "other-user", "command-timeout", "host":
				value()
				c.removable = false
			default:
				c.removable = false
			}
			continue
		}
		for j := 1; j < len(s); j++ {
			rest := s[j+1:]
			value := func() (string, bool) {
				if rest != "" {
					return rest, true
				}
				return next()
			}
			switch s[j] {
			case 'E', 'H', 'n', 'P', 'A', 'B', 'k':
			case 'u':
				checkUser(value())
				continue options
			case 'g':
				checkGroup(value())
				continue options
			case 'C', 'p':
				value()
				continue options
			case 'D', 'R', 'r', 't', 'U', 'T', 'h':
				if s[j] != 'h' || rest != "" {
					value()
				}
				c.removable = false
				continue options
			default: // -i -s -S -b -l -v -e -K -V and unknown ones
				c.removable = false
			}
		}
	}
	c.cmdStart = i
	// sudo VAR=value cmd sets the variable for cmd, as the shell does.
	for i < len(args) {
		s, ok := lint.LitWord(args[i])
		if !ok || !strings.Contains(s, "=") || strings.HasPrefix(s, "=") {
			break
		}
		i++
	}
	c.cmd = i
	if c.cmd >= len(args) {
		c.removable = false
	}
	return c
}

// wordSource prints a shell word as written.
func wordSource(w *syntax.Word) string {
	var b strings.Builder
	if err := syntax.NewPrinter().Print(&b, w); err != nil {
		return "…"
	}
	return b.String()
}

// sudoEdits deletes the words del (sudo and its options) that precede
// cmd: one edit removes everything up to cmd, line continuations included,
// unless a comment line sits in between; then each word goes with the
// blanks after it, and the lines and comments stay.
func sudoEdits(f *lint.File, sc *lint.Script, del []*syntax.Word, cmd *syntax.Word) ([]lint.Edit, bool) {
	start := sc.Range(del[0]).Start
	end := sc.Range(cmd).Start
	if end <= start {
		return nil, false
	}
	gap := f.Text(lint.Range{Start: start, End: end})
	commented := false
	for _, l := range strings.Split(gap, "\n")[1:] {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), "#") {
			commented = true
		}
	}
	if !commented {
		e := lint.Edit{Range: lint.Range{Start: start, End: end}}
		return []lint.Edit{e}, !f.EndsHeredoc(e)
	}
	var edits []lint.Edit
	for _, w := range del {
		r := sc.Range(w)
		if strings.Contains(f.Text(r), "\n") {
			return nil, false
		}
		for r.End < len(f.Src) && (f.Src[r.End] == ' ' || f.Src[r.End] == '\t') {
			r.End++
		}
		e := lint.Edit{Range: r}
		if f.EndsHeredoc(e) {
			return nil, false
		}
		edits = append(edits, e)
	}
	return edits, true
}
