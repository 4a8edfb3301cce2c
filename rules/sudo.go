package rules

import (
	"fmt"
	"path"
	"slices"
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
	Fix:      lint.FixMixed,
	Check:    checkSudo,
}

// sudoUser is the effective user at a point of a stage.
type sudoUser struct {
	root  bool   // known to be root
	known bool   // false: a variable or an unknown image hides the user
	what  string // for messages: `user "app"`, "USER ${X}", "base image ${BASE}"
	// assumed marks root taken for granted: no USER, and a base image
	// whose default user the catalog does not know. sudo there hints at
	// a non-root base (cimg/*, gitpod/*), so removing it needs review.
	assumed string // the base image
}

func checkSudo(p *lint.Pass) {
	f := p.File
	userOf := func(in *lint.Instruction) sudoUser {
		if in.Keyword == "ONBUILD" {
			// It runs in the builds of child images, as their user.
			return sudoUser{what: "ONBUILD: the child image's user"}
		}
		return sudoUserOf(p.UserAt(in))
	}
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			if !in.IsRun() {
				continue
			}
			if in.JSON {
				if args := in.Args(); len(args) > 0 && path.Base(args[0].Text) == "sudo" {
					p.Report(lint.Diagnostic{Range: args[0].Range, Message: sudoMessage(userOf(in), lint.SudoCall{}, true)})
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
				at := lint.CommandOf(call).Sudo
				if at < 0 {
					continue
				}
				sw := call.Args[at]
				c := lint.ParseSudo(call.Args, at)
				d := lint.Diagnostic{Range: sc.Range(sw), Message: sudoMessage(u, c, false)}
				if u.known && u.root && c.Removable {
					if edits, ok := sudoEdits(f, sc, call.Args[at:c.CmdStart], call.Args[c.CmdStart]); ok {
						words := make([]string, 0, c.CmdStart-at)
						for _, w := range call.Args[at:c.CmdStart] {
							s, _ := lint.LitWord(w)
							words = append(words, s)
						}
						fx := lint.Fix{Message: "Remove " + strings.Join(words, " "), Safe: u.assumed == "", Edits: edits}
						if u.assumed != "" {
							d.Message += fmt.Sprintf(" (needs review: the catalog does not know the default user of %s, and without root the step fails)", u.assumed)
						}
						// sudo looks the program up in its secure_path, not
						// in the image's PATH: without it, a directory the
						// Dockerfile puts first may hold another program.
						if prog, ok := lint.LitWord(call.Args[c.CmdStart]); ok && !strings.Contains(prog, "/") {
							if env, dir := pathShadows(f, in); dir != "" {
								fx.Safe = false
								d.Message += fmt.Sprintf(" (needs review: the ENV on line %d puts %s before the system directories; sudo looks %s up in its secure_path, which leaves that out, so without sudo another %s may run)",
									env.StartLine, dir, prog, prog)
							}
						}
						if fx.Safe && !c.KeepsEnv {
							if env, name := envHiddenBySudo(f, in); name == "HOME" {
								fx.Safe = false
								d.Message += fmt.Sprintf(" (needs review: sudo sets HOME back to /root, so without it what the command keeps under ~ lands in the HOME the %s on line %d sets)",
									env.Keyword, env.StartLine)
							} else if name != "" {
								fx.Safe = false
								d.Message += fmt.Sprintf(" (needs review: sudo resets the environment, so without it the command also sees %s, which the %s on line %d sets)",
									name, env.Keyword, env.StartLine)
							} else if name, how := scriptEnvHiddenBySudo(sc, call); name != "" {
								fx.Safe = false
								d.Message += fmt.Sprintf(" (needs review: sudo resets the environment, so without it the command also sees %s, which the script %s)", name, how)
							}
						}
						d.Fixes = []lint.Fix{fx}
					}
				}
				p.Report(d)
			}
		}
	}
}

func sudoMessage(u sudoUser, c lint.SudoCall, exec bool) string {
	switch {
	case u.known && u.root && c.User != "":
		return fmt.Sprintf("sudo -u %s in RUN: drop privileges with USER %s (or gosu, setpriv) instead", c.User, c.User)
	case u.known && u.root && u.assumed != "" && c.User == "" && !exec && c.Removable:
		return fmt.Sprintf("sudo is unnecessary if this RUN runs as root, as it does unless %s sets another user", u.assumed)
	case u.known && u.root && exec:
		return "sudo is unnecessary: this RUN already runs as root (remove it from the exec form)"
	case u.known && u.root && !c.Removable:
		return "sudo is unnecessary: this RUN already runs as root (remove it by hand: its options change how the command runs)"
	case u.known && u.root:
		return "sudo is unnecessary: this RUN already runs as root"
	case u.known:
		return fmt.Sprintf("sudo in RUN, which runs as %s: run the privileged steps under USER root instead", u.what)
	}
	return fmt.Sprintf("sudo in RUN, whose user is unknown (%s): run the privileged steps under USER root instead", u.what)
}

// sudoUserOf describes the user a RUN runs as. A base image the catalog
// does not know is taken to run as root, as the official images and most
// others do, but the fix that relies on it needs review; a USER with group
// other than root is not root to sudo.
func sudoUserOf(u lint.User) sudoUser {
	switch {
	case u.Set != nil && !u.Known:
		return sudoUser{what: "USER " + u.Set.ArgText()}
	case u.Set != nil && u.Root && u.RootGroup():
		return sudoUser{root: true, known: true, what: "root"}
	case u.Set != nil:
		return sudoUser{known: true, what: fmt.Sprintf("user %q", u.Value)}
	case u.Base != nil && !u.Base.IsScratch() && !u.Base.ImageResolved:
		return sudoUser{what: "base image " + u.Base.Image.Text}
	case u.Known && !u.Root && u.Name == "":
		return sudoUser{known: true, what: "the non-root default user of " + u.Base.ImageExpanded}
	case u.Known && !u.Root:
		return sudoUser{known: true, what: fmt.Sprintf("user %q (from %s)", u.Name, u.Base.ImageExpanded)}
	case u.Base != nil && !u.Base.IsScratch() && !u.Known:
		return sudoUser{root: true, known: true, what: "root", assumed: u.Base.ImageExpanded}
	}
	return sudoUser{root: true, known: true, what: "root"}
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

// sudoSecurePath is the secure_path that sudoers sets on Debian, Ubuntu
// and RHEL (Ubuntu adds /snap/bin): the directories sudo looks programs up
// in, whatever PATH says.
var sudoSecurePath = []string{"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin", "/snap/bin"}

// envHiddenBySudo finds the last variable the Dockerfile sets for a RUN
// (ENV, or an ARG of its stage, which RUN sees as a variable too) that
// sudo's env_reset would keep from the command: every one but PATH (whose
// case pathShadows judges), HOME (unless it moves it from /root), TERM,
// the locale's and DEBIAN_FRONTEND.
// Without sudo the command sees it (NODE_ENV=production, PIP_USER=1): it
// may act otherwise.
func envHiddenBySudo(f *lint.File, in *lint.Instruction) (*lint.Instruction, string) {
	before := f.Before(in)
	for i := len(before) - 1; i >= 0; i-- {
		x := before[i]
		var pairs []lint.KeyValue
		switch x.Keyword {
		case "ENV":
			pairs = x.EnvPairs()
		case "ARG":
			if x.Stage != in.Stage {
				continue // an ARG's scope ends with its stage
			}
			pairs = x.KeyValues()
		}
		for j := len(pairs) - 1; j >= 0; j-- {
			if name := pairs[j].Key.Text; !sudoHarmlessVar(name) || name == "HOME" && homeMoved(pairs[j].Value) {
				return x, name
			}
		}
	}
	return nil, ""
}

// homeMoved reports a HOME set to another folder than root's, which sudo
// puts back: without sudo, what the command keeps under ~ (pip's and
// npm's caches, git config --global) lands there instead.
func homeMoved(value string) bool {
	v := strings.TrimRight(strings.Trim(value, `"'`), "/")
	return v != "" && v != "/root"
}

// sudoHarmlessVar reports the variables whose reset by sudo changes
// nothing that matters: PATH (pathShadows judges it), HOME, TERM, the
// locale's, and DEBIAN_FRONTEND (noninteractive only keeps debconf from
// asking, which a build cannot answer).
func sudoHarmlessVar(n string) bool {
	return n == "PATH" || n == "HOME" || n == "TERM" || n == "LANG" || n == "LANGUAGE" || strings.HasPrefix(n, "LC_") ||
		n == "DEBIAN_FRONTEND"
}

// scriptEnvHiddenBySudo is envHiddenBySudo for the variables the script
// itself gives the command: X=1 before sudo, or an export earlier in the
// script. how says which.
func scriptEnvHiddenBySudo(sc *lint.Script, call *syntax.CallExpr) (name, how string) {
	for _, a := range call.Assigns {
		if a.Name != nil && !sudoHarmlessVar(a.Name.Value) {
			return a.Name.Value, "sets before sudo"
		}
	}
	for _, a := range sc.Assignments() {
		if a.Decl == nil || a.Decl.Variant == nil || a.Decl.Variant.Value != "export" || a.Decl.Pos().Offset() > call.Pos().Offset() {
			continue
		}
		if a.Name != "" && !sudoHarmlessVar(a.Name) {
			return a.Name, "exports before it"
		}
	}
	return "", ""
}

// pathShadows finds the last ENV PATH that in sees and a directory it puts
// before the system directories (and before the PATH it extends) that
// sudo's secure_path leaves out: /opt/venv/bin in ENV PATH=/opt/venv/bin:$PATH.
// dir is "" when there is none.
func pathShadows(f *lint.File, in *lint.Instruction) (env *lint.Instruction, dir string) {
	before := f.Before(in)
	for i := len(before) - 1; i >= 0; i-- {
		x := before[i]
		pairs := x.EnvPairs()
		for j := len(pairs) - 1; j >= 0; j-- {
			if pairs[j].Key.Text != "PATH" {
				continue
			}
			for _, d := range strings.Split(strings.Trim(pairs[j].Value, `"'`), ":") {
				d = strings.TrimSuffix(d, "/")
				if d == "$PATH" || d == "${PATH}" || slices.Contains(sudoSecurePath, d) {
					return nil, ""
				}
				if d != "" {
					return x, d
				}
			}
			return nil, ""
		}
	}
	return nil, ""
}
