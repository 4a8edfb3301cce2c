package lint

import (
	"iter"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// PackageCommand is a call of a package manager in a shell script, read as
// the manager reads its command line: the subcommand, the options (with the
// value each takes) and the operands, split into name and version where
// the manager's syntax pins one. The piecemeal-pin rules and the
// package-manager hygiene rules read RUNs through it.
type PackageCommand struct {
	// Manager is the program's base name ("apt-get", "pip3"); Family the
	// manager it behaves as: "apt" (apt-get, apt, aptitude), "apk", "yum"
	// (yum, dnf, microdnf, tdnf), "zypper", "pip", "npm", "yarn", "gem",
	// "go".
	Manager, Family string
	// Verb is the subcommand as written ("install", "in", "add", "get"); ""
	// when there is none.
	Verb    string
	Options []PackageOption
	Args    []PackageArg // the operands after the subcommand
	Call    *syntax.CallExpr
	At      int  // index of the manager's word in Call.Args
	VerbAt  int  // index of the subcommand's word; -1 when there is none
	Sudo    bool // run through sudo: a command added beside it needs sudo too
}

// PackageOption is an option word: "-y", "--no-cache", "-o" with the value
// "Dpkg::Options::=--force-confold" (from the next word), "--setopt=x=y".
type PackageOption struct {
	Name     string // "-y", "--no-install-recommends"
	Value    string // the value, attached (--opt=v) or from the next word
	HasValue bool
	At       int // index of the option's word in Call.Args
}

// PackageArg is an operand: a package, or a file, URL or expansion.
type PackageArg struct {
	// Text is the word's value when Literal.
	Text    string
	Literal bool
	// Name and Version split a literal package word at the manager's pin
	// syntax: openssl=3.0.11-1 (apt, apk, zypper), openssl-1.1.1k-7.el8
	// (yum), urllib3==1.26.18 (pip; Spec holds any other specifier, such as
	// ">=1.26"), minimist@1.2.6 (npm, yarn, go). Version is "" when the
	// word pins none.
	Name, Version, Spec string
	// Package: the word names a package, not a file, URL, path or
	// expansion.
	Package bool
	At      int // index of the word in Call.Args
	// Expanded: the word reads variables, and ResolveArgs read it with
	// the values in scope. Unresolved: some had none, so Name and Version
	// are split from the word as written (openssl=${OPENSSL_VERSION}
	// still pins openssl, to a version the build decides).
	Expanded, Unresolved bool
}

// HasOption reports whether the command has one of the options. A short
// name ("-y") also matches inside a cluster of short options ("-qy"), as
// getopt reads them.
func (c *PackageCommand) HasOption(names ...string) bool {
	_, ok := c.Option(names...)
	return ok
}

// Option returns the first option named one of names (see HasOption).
func (c *PackageCommand) Option(names ...string) (PackageOption, bool) {
	for _, o := range c.Options {
		for _, n := range names {
			if o.Name == n {
				return o, true
			}
			if len(n) == 2 && n[0] == '-' && len(o.Name) > 2 && o.Name[0] == '-' && o.Name[1] != '-' &&
				strings.IndexByte(o.Name[1:], n[1]) >= 0 {
				return o, true
			}
		}
	}
	return PackageOption{}, false
}

// VerbIs reports whether the subcommand is one of verbs.
func (c *PackageCommand) VerbIs(verbs ...string) bool {
	return c.VerbAt >= 0 && contains(verbs, c.Verb)
}

// VerbWord is the subcommand's word, nil when there is none.
func (c *PackageCommand) VerbWord() *syntax.Word {
	if c.VerbAt < 0 {
		return nil
	}
	return c.Call.Args[c.VerbAt]
}

// Packages returns the operands that name packages. The slice may share
// Args' array: read it, do not modify it.
func (c *PackageCommand) Packages() []PackageArg {
	all := true
	for _, a := range c.Args {
		all = all && a.Package
	}
	if all {
		return c.Args[:len(c.Args):len(c.Args)] // most commands: no copy
	}
	var out []PackageArg
	for _, a := range c.Args {
		if a.Package {
			out = append(out, a)
		}
	}
	return out
}

// Installs reports whether the command installs or upgrades named
// packages: apt-get install, apk add, yum install/update/upgrade, zypper
// in/up, pip install, npm install/i/add, yarn add, gem install, go get and
// go install, with at least one package operand.
func (c *PackageCommand) Installs() bool {
	switch c.Family {
	case "apt", "pip", "gem":
		if c.Verb != "install" {
			return false
		}
	case "apk":
		if c.Verb != "add" && c.Verb != "upgrade" {
			return false
		}
	case "yum":
		if c.Verb != "install" && c.Verb != "update" && c.Verb != "upgrade" {
			return false
		}
	case "zypper":
		switch c.Verb {
		case "install", "in", "update", "up":
		default:
			return false
		}
	case "npm":
		switch c.Verb {
		case "install", "i", "add", "isntall", "in":
		default:
			return false
		}
	case "yarn":
		if c.Verb != "add" {
			return false
		}
	case "go":
		if c.Verb != "get" && c.Verb != "install" {
			return false
		}
	}
	return len(c.Packages()) > 0
}

// IsOS reports whether the manager installs OS packages.
func (c *PackageCommand) IsOS() bool {
	switch c.Family {
	case "apt", "apk", "yum", "zypper":
		return true
	}
	return false
}

// ResolveArgs reads the operands that are not literal words with vars,
// the ARG and ENV values in scope at the instruction (see Vars):
// `apt-get install openssl=${OPENSSL_VERSION}` pins what OPENSSL_VERSION
// holds. When a variable has no value, an operand whose name is literal is
// still read as a package, its version as written. Other operands stay as
// they are.
func (c *PackageCommand) ResolveArgs(vars Vars) {
	for i, a := range c.Args {
		if a.Literal || !c.variablePin(a) || !plainVarWord(c.Call.Args[a.At].Parts) {
			continue
		}
		src := WordSource(c.Call.Args[a.At])
		if value, ok := vars.Expand(src); ok {
			r := packageArg(c.Family, value, true, a.At)
			r.Expanded = true
			c.Args[i] = r
			continue
		}
		if n := len(src); n >= 2 && src[0] == '"' && src[n-1] == '"' {
			src = src[1 : n-1]
		}
		r := packageArg(c.Family, src, true, a.At)
		if !r.Package || r.Version == "" || strings.ContainsAny(r.Name, "$`\"'\\") {
			continue
		}
		r.Expanded, r.Unresolved = true, true
		c.Args[i] = r
	}
}

// MayPin reports whether the command may pin a version: an operand with
// a version, or one with the pin syntax before a variable
// (openssl=${OPENSSL_VERSION}, "$PKG=$V", yum's openssl-$V), which
// ResolveArgs reads.
func (c *PackageCommand) MayPin() bool {
	for _, a := range c.Args {
		if a.Version != "" || !a.Literal && c.variablePin(a) {
			return true
		}
	}
	return false
}

// variablePin reports an operand that is not literal and has the family's
// pin syntax in a literal part (= for apt, apk, zypper and pip, @ for npm,
// yarn and go, : for gem, a trailing - for yum): only such a word can
// expand to a pin (a lone $PACKAGES is a list of names).
func (c *PackageCommand) variablePin(a PackageArg) bool {
	pinSyntax := func(lit string) bool {
		switch c.Family {
		case "yum":
			return strings.HasSuffix(lit, "-")
		case "npm", "yarn", "go":
			return strings.Contains(lit, "@")
		case "gem":
			return strings.Contains(lit, ":")
		}
		return strings.Contains(lit, "=")
	}
	var lits func(parts []syntax.WordPart) bool
	lits = func(parts []syntax.WordPart) bool {
		for _, p := range parts {
			switch x := p.(type) {
			case *syntax.Lit:
				if pinSyntax(x.Value) {
					return true
				}
			case *syntax.DblQuoted:
				if lits(x.Parts) {
					return true
				}
			}
		}
		return false
	}
	return lits(c.Call.Args[a.At].Parts)
}

// plainVarWord reports a word made of literals, quotes and plain
// variable references ($V, ${V}), which ARG and ENV values fully decide:
// no command substitution, arithmetic or ${V#x}-style operation.
func plainVarWord(parts []syntax.WordPart) bool {
	for _, p := range parts {
		switch x := p.(type) {
		case *syntax.Lit, *syntax.SglQuoted:
		case *syntax.DblQuoted:
			if x.Dollar || !plainVarWord(x.Parts) {
				return false
			}
		case *syntax.ParamExp:
			if x.Excl || x.Length || x.Width || x.Index != nil || x.Slice != nil || x.Repl != nil || x.Exp != nil || x.Param == nil {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// packageFamily maps a program's base name to the manager it behaves as.
func packageFamily(name string) string {
	switch name {
	case "apt-get", "apt", "aptitude":
		return "apt"
	case "apk":
		return "apk"
	case "yum", "dnf", "microdnf", "tdnf":
		return "yum"
	case "zypper":
		return "zypper"
	case "npm", "yarn", "gem", "go":
		return name
	case "pnpm":
		return "npm"
	}
	if pipName(name) {
		return "pip"
	}
	return ""
}

// pipName reports pip, pip3, pip3.12.
func pipName(name string) bool { return versionedName(name, "pip") }

// pythonName reports python, python3, python3.12.
func pythonName(name string) bool { return versionedName(name, "python") }

// versionedName reports whether name is program followed by nothing but
// digits and dots: the versioned names a distribution installs.
func versionedName(name, program string) bool {
	rest, ok := strings.CutPrefix(name, program)
	return ok && strings.Trim(rest, "0123456789.") == ""
}

// valueOption reports whether a manager's option takes the next word as
// its value (when it carries no "=value" of its own).
func valueOption(family, opt string) bool {
	var opts []string
	switch family {
	case "apt":
		opts = []string{"-o", "-t", "-c", "--option", "--target-release", "--default-release", "--config-file"}
	case "apk":
		opts = []string{"-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--keys-dir", "--cache-dir", "--repositories-file"}
	case "yum":
		opts = []string{"-x", "--exclude", "-c", "--config", "--installroot", "--releasever", "-d", "-e", "--enablerepo", "--disablerepo", "--setopt", "--repo", "--repofrompath"}
	case "zypper":
		opts = []string{"-r", "--repo", "--from", "-t", "--type",
			// global options before the subcommand
			"-R", "--root", "--config", "-D", "--reposd-dir", "--cache-dir", "--raw-cache-dir",
			"--solv-cache-dir", "--pkg-cache-dir", "--userdata"}
	case "pip":
		opts = []string{"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-t", "--target",
			"-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--trusted-host", "--prefix",
			"--root", "--platform", "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy",
			"--progress-bar", "--cache-dir", "--log", "--proxy", "--retries", "--timeout", "--cert", "--client-cert",
			"--global-option", "--config-settings", "--only-binary", "--no-binary", "--report"}
	case "npm":
		opts = []string{"--prefix", "--registry", "--cache", "--tag", "--workspace", "-w", "--omit", "--include", "--loglevel"}
	case "yarn":
		opts = []string{"--cwd", "--registry", "--cache-folder", "--modules-folder", "--network-timeout"}
	case "gem":
		opts = []string{"-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "--platform", "-P", "--trust-policy", "-g", "--file"}
	case "go":
		opts = []string{"-C", "-o", "-tags", "-modfile", "-ldflags", "-gcflags", "-p", "-pkgdir", "-mod"}
	}
	return contains(opts, opt)
}

// optionValue reads an option word: a long option's attached "=value";
// a short cluster whose letter takes a value, the rest of the cluster
// after it ("-ofoo") or, when that letter ends the cluster, the next word
// (takes). "-qqo" takes the next word; "-y" takes none.
func optionValue(family, w string) (value string, attached, takes bool) {
	if strings.HasPrefix(w, "--") {
		if name, v, ok := strings.Cut(w, "="); ok && name != "--" {
			return v, true, false
		}
		return "", false, valueOption(family, w)
	}
	if valueOption(family, w) {
		return "", false, true // a short option, or go's -single-dash long ones
	}
	for k := 1; k < len(w); k++ {
		if valueOption(family, "-"+w[k:k+1]) {
			if k == len(w)-1 {
				return "", false, true
			}
			return w[k+1:], true, false
		}
	}
	return "", false, false
}

// PackageCommands returns the script's package manager calls, in order. A
// call behind sudo, exec or env counts, and so does pip run as a module
// (python3 -m pip). Several rules ask for them; the slice is shared and
// must not be modified.
func (s *Script) PackageCommands() []PackageCommand {
	if !s.pkgsDone {
		for _, call := range s.Calls() {
			if pc, ok := packageCommandOf(call); ok {
				s.pkgs = append(s.pkgs, pc)
			}
		}
		s.pkgsDone = true
	}
	return s.pkgs
}

// ExecPackageCommands yields the exec-form RUNs that call a package
// manager (RUN ["apt-get", "install", "curl"]), each read as one call:
// the rules that read RUN scripts check them too. Their words carry no
// positions, so a finding covers the instruction and has no fix. keep,
// when not nil, selects the instructions.
func (f *File) ExecPackageCommands(keep func(*Instruction) bool) iter.Seq2[*Instruction, *PackageCommand] {
	return func(yield func(*Instruction, *PackageCommand) bool) {
		for _, in := range f.Instructions {
			if !in.JSON || !in.IsRun() || keep != nil && !keep(in) {
				continue
			}
			if pc, ok := in.ExecPackageCommand(); ok && !yield(in, pc) {
				return
			}
		}
	}
}

// ExecPackageCommand reads an exec-form RUN as a package manager call;
// ok is false for the shell form or another program.
func (in *Instruction) ExecPackageCommand() (*PackageCommand, bool) {
	if !in.JSON || !in.IsRun() {
		return nil, false
	}
	args := in.Args()
	if len(args) == 0 {
		return nil, false
	}
	call := &syntax.CallExpr{Args: make([]*syntax.Word, len(args))}
	for i, a := range args {
		call.Args[i] = &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: a.Text}}}
	}
	pc, ok := packageCommandOf(call)
	return &pc, ok
}

// ExecFinding is a finding on an exec-form RUN that ExecPackageCommands
// yields: it covers the instruction's arguments, says what to do, and has
// no fix.
func (in *Instruction) ExecFinding(message, advice string) Diagnostic {
	return Diagnostic{Range: in.ArgsRange, Message: message + " (exec form: " + advice + ")"}
}

// uvPipAt finds the word "pip" of `uv pip install …`, whose arguments
// follow it as pip's do. uv's own options before it are not read.
func uvPipAt(call *syntax.CallExpr, c Command) (int, bool) {
	if c.Name != "uv" || c.At+1 >= len(call.Args) {
		return 0, false
	}
	w, ok := LitWord(call.Args[c.At+1])
	return c.At + 1, ok && w == "pip"
}

// pipModuleAt finds the word "pip" of `python3 -m pip …` (the -m may be
// attached, -mpip, and other options of the interpreter may precede it):
// pip's arguments follow it as they follow the pip program.
func pipModuleAt(call *syntax.CallExpr, c Command) (int, bool) {
	if !pythonName(c.Name) {
		return 0, false
	}
	for i := c.At + 1; i < len(call.Args); i++ {
		w, ok := LitWord(call.Args[i])
		switch {
		case !ok:
			return 0, false
		case w == "-m" && i+1 < len(call.Args):
			m, ok := LitWord(call.Args[i+1])
			return i + 1, ok && pipName(m)
		case strings.HasPrefix(w, "-m"):
			return i, pipName(w[2:]) // -mpip: pip's arguments follow this word
		case len(w) > 1 && w[0] == '-' && strings.IndexByte(w, 'm') < 0 && !strings.ContainsAny(w, "cWX"):
			// -u, -B, -I, -s …: flags without a value
		default:
			return 0, false
		}
	}
	return 0, false
}

// PackageCommandOf reads one simple command as a package manager call;
// nil when it runs no package manager.
func PackageCommandOf(call *syntax.CallExpr) *PackageCommand {
	if pc, ok := packageCommandOf(call); ok {
		return &pc
	}
	return nil
}

func packageCommandOf(call *syntax.CallExpr) (PackageCommand, bool) {
	c := CommandOf(call)
	family := packageFamily(c.Name)
	if family == "" {
		if at, ok := uvPipAt(call, c); ok {
			c.At, c.Name, family = at, "uv pip", "pip" // uv's pip interface
		} else if at, ok := pipModuleAt(call, c); ok {
			c.At, c.Name, family = at, "pip", "pip" // python -m pip
		} else {
			return PackageCommand{}, false
		}
	}
	pc := parsePackageCommand(call, c.At, c.Name, family)
	pc.Sudo = c.Sudo >= 0
	return pc, true
}

func parsePackageCommand(call *syntax.CallExpr, at int, manager, family string) PackageCommand {
	pc := PackageCommand{Manager: manager, Family: family, Call: call, At: at, VerbAt: -1}
	endOfOptions := false
	for i := at + 1; i < len(call.Args); i++ {
		w, literal := LitWord(call.Args[i])
		switch {
		case !endOfOptions && literal && w == "--":
			endOfOptions = true
		case !endOfOptions && literal && strings.HasPrefix(w, "-") && len(w) > 1:
			o := PackageOption{Name: w, At: i}
			value, attached, takes := optionValue(family, w)
			switch {
			case attached && strings.HasPrefix(w, "--"):
				o.Name, o.Value, o.HasValue = w[:len(w)-len(value)-1], value, true // --opt=value
			case attached:
				o.Name, o.Value, o.HasValue = w[:len(w)-len(value)], value, true // -ovalue
			case takes && i+1 < len(call.Args):
				i++
				o.Value, _ = LitWord(call.Args[i])
				o.HasValue = true
			}
			pc.Options = append(pc.Options, o)
		case !endOfOptions && !literal && variableOption(call.Args[i]) != "":
			// --repository=$APK_REPO: an option whose value the build decides.
			name := variableOption(call.Args[i])
			src := WordSource(call.Args[i])
			pc.Options = append(pc.Options, PackageOption{Name: name, Value: strings.TrimPrefix(src, name+"="), HasValue: true, At: i})
		case pc.VerbAt < 0 && literal:
			pc.Verb, pc.VerbAt = w, i
		default:
			if pc.Args == nil {
				// Room for every word left: one allocation, not a doubling
				// for each of a long package list.
				pc.Args = make([]PackageArg, 0, len(call.Args)-i)
			}
			pc.Args = append(pc.Args, packageArg(family, w, literal, i))
		}
	}
	return pc
}

// variableOption is the name of a long option whose value reads a
// variable (--repository=$APK_REPO → --repository); "" for any other word.
func variableOption(w *syntax.Word) string {
	if len(w.Parts) < 2 {
		return ""
	}
	lit, ok := w.Parts[0].(*syntax.Lit)
	if !ok || !strings.HasPrefix(lit.Value, "--") {
		return ""
	}
	name, _, ok := strings.Cut(lit.Value, "=")
	if !ok || len(name) < 3 || strings.ContainsAny(name, "\\*?[") {
		return ""
	}
	return name
}

// packageArg reads an operand with the family's pin syntax.
func packageArg(family, w string, literal bool, at int) PackageArg {
	a := PackageArg{Text: w, Literal: literal, At: at}
	if !literal || w == "" || strings.Contains(w, "://") || strings.HasPrefix(w, ".") || strings.HasPrefix(w, "/") || strings.HasPrefix(w, "~") {
		if !literal {
			a.Text = ""
		}
		return a
	}
	switch family {
	case "apt", "apk", "zypper":
		if strings.HasSuffix(w, ".deb") || strings.HasSuffix(w, ".apk") || strings.HasSuffix(w, ".rpm") || strings.ContainsAny(w, "*?") {
			return a
		}
		i := strings.IndexAny(w, "=<>~")
		if i < 0 {
			a.Name = w
			if family == "apt" {
				a.Name, _, _ = strings.Cut(w, "/") // pkg/bookworm-backports: a release, not a version
			}
		} else {
			a.Name = w[:i]
			if w[i] == '=' {
				a.Version = strings.TrimLeft(w[i:], "=")
			} else {
				a.Spec = w[i:]
			}
		}
		if family == "apt" {
			a.Name = strings.TrimSuffix(a.Name, ":amd64")
		}
	case "yum":
		if strings.HasSuffix(w, ".rpm") || strings.ContainsAny(w, "*?") || strings.HasPrefix(w, "@") {
			return a
		}
		a.Name, a.Version = splitRPMName(w)
	case "pip":
		if strings.ContainsAny(w, "/\\") || strings.HasSuffix(w, ".whl") || strings.HasSuffix(w, ".tar.gz") || strings.HasSuffix(w, ".zip") {
			return a
		}
		i := strings.IndexAny(w, "=<>!~[;@ ")
		if i < 0 {
			a.Name = w
			break
		}
		a.Name = w[:i]
		rest := w[i:]
		if strings.HasPrefix(rest, "[") {
			if j := strings.IndexByte(rest, ']'); j >= 0 {
				rest = rest[j+1:]
			}
		}
		if v, ok := strings.CutPrefix(rest, "=="); ok && !strings.ContainsAny(v, ",*;") {
			a.Version = v
		} else {
			a.Spec = rest
		}
	case "npm", "yarn", "go":
		if strings.HasSuffix(w, ".tgz") || family != "go" && strings.Contains(w, "/") && !strings.HasPrefix(w, "@") {
			return a // a git, file or tarball spec
		}
		at := strings.LastIndexByte(w, '@')
		if at > 0 {
			a.Name, a.Version = w[:at], w[at+1:]
		} else {
			a.Name = w
		}
	case "gem":
		a.Name, a.Version, _ = strings.Cut(w, ":")
	default:
		a.Name = w
	}
	a.Package = a.Name != ""
	return a
}

// splitRPMName splits name-version[-release] at the first dash followed by
// a digit whose remainder has a dot and at most one more dash:
// openssl-1.1.1k-7.el8 → openssl, 1.1.1k-7.el8; java-11-openjdk-11.0.20 →
// java-11-openjdk, 11.0.20; java-11-openjdk → itself.
func splitRPMName(w string) (name, version string) {
	for i := 0; i+1 < len(w); i++ {
		if w[i] != '-' || w[i+1] < '0' || w[i+1] > '9' {
			continue
		}
		rest := w[i+1:]
		if strings.Contains(rest, ".") && strings.Count(rest, "-") <= 1 {
			return w[:i], rest
		}
	}
	return w, ""
}

// PackageInstalls returns the script's calls that install or upgrade OS
// packages by name (apt-get install, apk add, yum install …).
func (s *Script) PackageInstalls() []PackageCommand {
	var out []PackageCommand
	for _, pc := range s.PackageCommands() {
		if pc.IsOS() && pc.Installs() {
			out = append(out, pc)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
