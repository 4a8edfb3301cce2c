package rules

import (
	"fmt"
	"strconv"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// RootUser flags a final stage whose container runs as root, and switches
// it to a non-root user: the one the Dockerfile used before, one it
// created, one the base image ships, or (unsafe) a new system user.
var RootUser = &lint.Rule{
	ID: "DF201", Name: "root-user",
	Aliases:  []string{"DL3002", "DS-0002", "CKV_DOCKER_3", "CKV_DOCKER_8"},
	Title:    "The container runs as root",
	Severity: lint.Warning,
	Fix:      lint.FixSafeOrUnsafe,
	Check:    checkRootUser,
}

// Fixed IDs for a created user: ≥ 10000 keeps clear of system and
// distro-created users; 65532 is distroless's nonroot.
const (
	createdUID    = "10001"
	distrolessUID = "65532"
)

// userIsRoot reads a USER instruction: root is false for a non-root user;
// known is false when a variable hides the user.
func userIsRoot(f *lint.File, in *lint.Instruction) (root, known bool) {
	value, known := f.VarsAt(in).Expand(strings.TrimSpace(in.ArgText()))
	user, _, _ := strings.Cut(value, ":")
	if !known || user == "" {
		return false, false
	}
	return user == "root" || user == "0", true
}

func checkRootUser(p *lint.Pass) {
	f := p.File
	final := f.FinalStage()
	if final == nil {
		return
	}
	chain := final.Chain()
	base := chain[0]
	image := base.ImageExpanded
	var users []*lint.Instruction
	for _, s := range chain {
		users = append(users, s.InstructionsOf("USER")...)
	}

	var d lint.Diagnostic
	var lastRoot *lint.Instruction // the USER root that makes it root, if any
	if len(users) > 0 {
		last := users[len(users)-1]
		root, known := userIsRoot(f, last)
		if !known || !root {
			return
		}
		lastRoot = last
		d = lint.Diagnostic{Range: last.Range, Message: fmt.Sprintf("the container runs as root: the last USER is %s", last.ArgText())}
	} else {
		user, nonRoot, known := defaultUser(p.Env, base)
		if known && nonRoot {
			return
		}
		why := "the base image's default user is unknown, and most run as root"
		switch {
		case base.IsScratch():
			why = "a scratch image runs as UID 0"
		case known:
			why = fmt.Sprintf("%s runs as %s by default", image, user)
		}
		who := "root"
		if stageDistro(p.Env, chain) == "windows" {
			who, why = "an administrator", "Windows images run as ContainerAdministrator unless told otherwise; ContainerUser is the unprivileged account"
		}
		d = lint.Diagnostic{Range: final.From.Range, Message: "the container runs as " + who + ": no USER in the final stage (" + why + ")"}
	}
	if fx, ok := rootUserFix(p, chain, users, lastRoot); ok {
		d.Fixes = []lint.Fix{fx}
	}
	p.Report(d)
}

func defaultUser(env *lint.Env, base *lint.Stage) (user string, nonRoot, known bool) {
	if base.IsScratch() {
		return "root", false, true
	}
	if env != nil && env.Images != nil && base.ImageResolved {
		return env.Images.DefaultUser(base.ImageExpanded)
	}
	return "", false, false
}

// needsRoot reports whether an instruction may need root at build time.
func needsRoot(in *lint.Instruction) bool {
	return in.Is("RUN", "COPY", "ADD")
}

func rootUserFix(p *lint.Pass, chain []*lint.Stage, users []*lint.Instruction, lastRoot *lint.Instruction) (lint.Fix, bool) {
	final := chain[len(chain)-1]
	base := chain[0]
	// Privileged steps after the switch to root stay root: the new USER goes
	// after the last of them, and after the USER root itself.
	privileged := false
	for _, in := range final.Instructions {
		if needsRoot(in) && (lastRoot == nil || in.Index > lastRoot.Index) {
			privileged = true
		}
	}
	after := -1
	if lastRoot != nil && lastRoot.Stage == final {
		after = lastRoot.Index
	}
	insert := func(msg string, lines []string, safe bool) lint.Fix {
		return insertBeforeRuntime(p.File, final, after, msg, lines, safe)
	}
	switchTo := func(user, why string) lint.Fix {
		if lastRoot != nil && lastRoot.Stage == final && !privileged {
			return lint.Replace(fmt.Sprintf("Replace USER %s with USER %s (%s)", lastRoot.ArgText(), user, why),
				lastRoot.ArgsRange, user, true)
		}
		return insert(fmt.Sprintf("Switch to USER %s (%s)", user, why), []string{"USER " + user}, true)
	}

	// 1. The user the Dockerfile ran as before switching to root.
	if lastRoot != nil {
		for i := len(users) - 1; i >= 0; i-- {
			u := users[i]
			if u.Index >= lastRoot.Index {
				continue
			}
			root, known := userIsRoot(p.File, u)
			if root || (!known && u.Stage != final) {
				continue // a variable may not be in scope in this stage
			}
			return switchTo(u.ArgText(), "the user set on line "+strconv.Itoa(u.StartLine)), true
		}
	}
	// 2. A user the Dockerfile creates.
	if name, line, conditional, ok := createdUser(p.File, chain); ok {
		if conditional {
			fx := switchTo(name, "created on line "+strconv.Itoa(line)+", under a condition: a build may not have it")
			fx.Safe = false
			return fx, true
		}
		return switchTo(name, "created on line "+strconv.Itoa(line)), true
	}
	// 3. A non-root user the base image ships.
	if p.Env != nil && p.Env.Images != nil && base.ImageResolved && !base.IsScratch() {
		if u, ok := p.Env.Images.NonRootUser(base.ImageExpanded); ok {
			return switchTo(u, base.ImageExpanded+" ships it"), true
		}
	}
	// 4. Create one, in the idiom of the distro (unsafe: file ownership and
	// the program's needs are unknown).
	distro := stageDistro(p.Env, chain)
	var lines []string
	msg := "Create user app (UID " + createdUID + ") and switch to it"
	switch distro {
	case "windows":
		return lint.Fix{}, false
	case "scratch", "distroless":
		lines = []string{"USER " + distrolessUID + ":" + distrolessUID}
		msg = "Switch to UID " + distrolessUID + " (the image has no shell to create a user)"
	case "alpine":
		lines = []string{
			"RUN addgroup -S -g " + createdUID + " app && adduser -S -D -H -u " + createdUID + " -G app app",
			"USER " + createdUID + ":" + createdUID,
		}
	case "debian", "ubuntu", "rhel":
		lines = []string{
			"RUN groupadd --system --gid " + createdUID + " app && useradd --system --no-log-init --uid " + createdUID + " --gid " + createdUID + " --no-create-home app",
			"USER " + createdUID + ":" + createdUID,
		}
	default:
		lines = []string{"USER " + createdUID + ":" + createdUID}
		msg = "Switch to UID " + createdUID + " (the base image's distro is unknown)"
	}
	return insert(msg, lines, false), true
}

// insertBeforeRuntime inserts lines before the first CMD, ENTRYPOINT or
// HEALTHCHECK that follows the stage's last privileged step (and the
// instruction with index after), or after the stage's last instruction,
// with that instruction's indentation and the file's line ending.
func insertBeforeRuntime(f *lint.File, st *lint.Stage, after int, msg string, lines []string, safe bool) lint.Fix {
	lastPriv := -1
	for i, in := range st.Instructions {
		if i == 0 || needsRoot(in) || in.Index == after {
			lastPriv = i
		}
	}
	var at *lint.Instruction
	for _, in := range st.Instructions[lastPriv+1:] {
		if in.Is("CMD", "ENTRYPOINT", "HEALTHCHECK") {
			at = in
			break
		}
	}
	if at != nil {
		indent := f.Text(lint.Range{Start: at.Lines.Start, End: at.Range.Start})
		text := indent + strings.Join(lines, f.Newline+indent) + f.Newline
		return lint.Fix{Message: msg, Safe: safe, Edits: []lint.Edit{{Range: lint.Range{Start: at.Lines.Start, End: at.Lines.Start}, New: text}}}
	}
	last := st.Instructions[len(st.Instructions)-1]
	indent := f.Text(lint.Range{Start: last.Lines.Start, End: last.Range.Start})
	text := indent + strings.Join(lines, f.Newline+indent) + f.Newline
	pos := last.Lines.End
	if pos == len(f.Src) && (pos == 0 || f.Src[pos-1] != '\n') {
		// The file ends without a newline: start a new line, keep none at the end.
		text = f.Newline + strings.TrimSuffix(text, f.Newline)
	}
	return lint.Fix{Message: msg, Safe: safe, Edits: []lint.Edit{{Range: lint.Range{Start: pos, End: pos}, New: text}}}
}

// createdUser finds the last user a RUN in the stage chain creates with
// useradd or adduser, by literal name. conditional is set when the call
// runs only under a condition (if, case, a loop, after ||): a build may
// then not have the user.
func createdUser(f *lint.File, chain []*lint.Stage) (name string, line int, conditional, ok bool) {
	for _, s := range chain {
		for _, in := range s.InstructionsOf("RUN") {
			if !in.MayCall(f, "useradd", "adduser") {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			for _, call := range sc.Calls() {
				if n, ok := userCreated(call); ok {
					name, line, conditional = n, in.StartLine, underCondition(sc.File, call)
				}
			}
		}
	}
	return name, line, conditional, name != ""
}

// underCondition reports whether call lies in an if, case, while, until or
// for clause of file, or on the right of ||.
func underCondition(file *syntax.File, call *syntax.CallExpr) bool {
	inside := func(n syntax.Node) bool {
		return n.Pos().Offset() <= call.Pos().Offset() && call.End().Offset() <= n.End().Offset()
	}
	found := false
	syntax.Walk(file, func(n syntax.Node) bool {
		if found || n == nil || !inside(n) {
			return false
		}
		switch n := n.(type) {
		case *syntax.IfClause, *syntax.CaseClause, *syntax.WhileClause, *syntax.ForClause:
			found = true
		case *syntax.BinaryCmd:
			if n.Op == syntax.OrStmt && inside(n.Y) {
				found = true
			}
		}
		return !found
	})
	return found
}

// userCreated returns the user name a useradd/adduser call creates.
func userCreated(call *syntax.CallExpr) (string, bool) {
	args := make([]string, 0, len(call.Args))
	for _, w := range call.Args {
		s, ok := lint.LitWord(w)
		if !ok {
			s = "$" // unknown word: never taken as a name
		}
		args = append(args, s)
	}
	for len(args) > 0 && (args[0] == "sudo" || args[0] == "exec") {
		args = args[1:]
	}
	if len(args) == 0 || (args[0] != "useradd" && args[0] != "adduser") {
		return "", false
	}
	var positional []string
	for i := 1; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			if takesValue(a) {
				i++
			}
			continue
		}
		positional = append(positional, a)
	}
	if len(positional) == 0 {
		return "", false
	}
	// useradd takes one name; Debian's `adduser user group` names the user first.
	name := positional[len(positional)-1]
	if args[0] == "adduser" {
		name = positional[0]
	}
	if !portableUserName(name) || name == "root" {
		return "", false
	}
	return name, true
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

// stageDistro names the OS family of the stage chain: from the catalog,
// else from the image name, else from the package manager its RUNs use.
func stageDistro(env *lint.Env, chain []*lint.Stage) string {
	base := chain[0]
	if base.IsScratch() {
		return "scratch"
	}
	if env != nil && env.Images != nil && base.ImageResolved {
		if d := env.Images.Distro(base.ImageExpanded); d != "" {
			return d
		}
	}
	img := strings.ToLower(base.ImageExpanded)
	switch {
	case strings.Contains(img, "distroless"):
		return "distroless"
	case base.IsWindows():
		return "windows"
	case strings.Contains(img, "alpine"):
		return "alpine"
	case strings.Contains(img, "ubi") || strings.Contains(img, "centos") || strings.Contains(img, "fedora") ||
		strings.Contains(img, "rocky") || strings.Contains(img, "alma") || strings.Contains(img, "amazonlinux") ||
		strings.Contains(img, "oraclelinux"):
		return "rhel"
	case strings.Contains(img, "ubuntu"):
		return "ubuntu"
	case strings.Contains(img, "debian"):
		return "debian"
	}
	for _, s := range chain {
		for _, in := range s.InstructionsOf("RUN") {
			text := in.ArgText()
			switch {
			case strings.Contains(text, "apt-get ") || strings.Contains(text, "apt "):
				return "debian"
			case strings.Contains(text, "apk "):
				return "alpine"
			case strings.Contains(text, "yum ") || strings.Contains(text, "dnf ") || strings.Contains(text, "microdnf "):
				return "rhel"
			}
		}
	}
	return ""
}
