package rules

import (
	"fmt"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// PiecemealOSPackage flags a RUN command that upgrades or pins single OS
// packages (`apt-get install --only-upgrade openssl`, `apk upgrade musl`,
// `libssl1.1=1.1.1n-0+deb11u5`): a patch that goes stale and hides an old
// base image. The fix drops it; on an ended release it also bumps the
// base. OSV data decides whether dropping it is safe and counts what the
// change resolves (see piecemeal_osv.go).
var PiecemealOSPackage = &lint.Rule{
	ID: "DF301", Name: "piecemeal-os-package",
	Title:    "OS packages upgraded or pinned one by one instead of a fresh base image",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check:    checkPiecemeal,
}

// piecemeal is one command that upgrades or pins OS packages by hand.
type piecemeal struct {
	in *lint.Instruction
	sc *lint.Script
	pc lint.PackageCommand
	// upgrade: the command upgrades the packages in place (--only-upgrade,
	// apk upgrade, yum update); else it installs them at versions it names.
	upgrade bool
	pkgs    []lint.PackageArg // the packages it upgrades or pins
	// remove: the fix deletes the command; else it drops the versions from
	// the operands and keeps the install (see classify).
	remove bool
	// repo is the option that takes the packages from another repository
	// ("-t bookworm-backports"), as written; "" when none.
	repo string
}

func checkPiecemeal(p *lint.Pass) {
	f := p.File
	bases := map[*lint.Stage]*baseFacts{}
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			if in.Keyword != "RUN" || !mentionsOSManager(f, in) || !piecemealSignal(f, in) {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			var found []*piecemeal
			var where *stageFacts
			for _, call := range sc.Calls() {
				pc := lint.PackageCommandOf(call)
				if pc == nil || !pc.IsOS() || !mayBePiecemeal(pc) {
					continue
				}
				if where == nil {
					root := st.Root()
					if bases[root] == nil {
						bases[root] = baseOf(p, root)
					}
					where = &stageFacts{f: f, st: st, in: in, sc: sc, distro: bases[root].distro}
				}
				pc.ResolveArgs(f.VarsAt(in))
				if pm, ok := classify(*pc, where); ok {
					pm.in, pm.sc = in, sc
					found = append(found, pm)
				}
			}
			for _, pm := range found {
				reportPiecemeal(p, bases[st.Root()], pm, found)
			}
		}
	}
}

// mentionsOSManager is the first look at a RUN: it names an OS package
// manager.
func mentionsOSManager(f *lint.File, in *lint.Instruction) bool {
	return in.MayCall(f, "apt", "apk", "yum", "dnf", "zypper")
}

// piecemealSignal is a cheaper look before the shell is parsed, at the
// RUN's words as written: an upgrade (upgrade, --only-upgrade, apk's
// --upgrade and -u, yum's update, zypper's up) or a word shaped like a pin (name=1.2,
// name=$V, yum's name-1.2-3.el9). Most RUNs that install packages show
// none. It reads the source bytes, allocating nothing.
func piecemealSignal(f *lint.File, in *lint.Instruction) bool {
	src := f.Src[in.Range.Start:in.Range.End]
	rpm := in.MayCall(f, "yum", "dnf", "zypper")
	for i := 0; i < len(src); {
		for i < len(src) && isBlank(src[i]) {
			i++
		}
		j := i
		for j < len(src) && !isBlank(src[j]) {
			j++
		}
		w := trimQuotes(src[i:j])
		switch string(w) {
		case "upgrade", "--only-upgrade", "update-minimal", "upgrade-minimal":
			return true
		case "-u", "--upgrade":
			// useradd -u is everywhere: only apk's counts.
			if in.MayCall(f, "apk") {
				return true
			}
		case "update", "up":
			// apt-get update is everywhere: only yum's and zypper's count.
			if rpm {
				return true
			}
		}
		if pinShaped(w, rpm) {
			return true
		}
		i = j
	}
	return false
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|'
}

func trimQuotes(w []byte) []byte {
	for len(w) > 0 && (w[0] == '"' || w[0] == '\'') {
		w = w[1:]
	}
	for len(w) > 0 && (w[len(w)-1] == '"' || w[len(w)-1] == '\'') {
		w = w[:len(w)-1]
	}
	return w
}

// pinShaped reports a word like name=1.2 or name=${V} (not name=$(cmd)),
// the name lower case as package names are (VERSION=1.2 is the shell's),
// or, when rpm is set, name-1.2-3.el9.
func pinShaped(w []byte, rpm bool) bool {
	if len(w) == 0 || w[0] == '-' {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		c := w[i]
		switch {
		case c == '=' && i > 0:
			v := w[i+1]
			return isDigit(v) || v == '$' && (i+2 == len(w) || w[i+2] != '(')
		case c == '-' && rpm && i > 0 && isDigit(w[i+1]):
			for _, c := range w[i+1:] {
				if c == '-' {
					return true
				}
			}
			return false
		case !('a' <= c && c <= 'z' || isDigit(c) || c == '-' || c == '.' || c == '+' || c == ':' || c == '$' || c == '{' || c == '}' || rpm && ('A' <= c && c <= 'Z' || c == '_')):
			return false
		}
	}
	return false
}

// mayBePiecemeal is a cheap first look: the command names packages, and
// upgrades them or may pin one.
func mayBePiecemeal(pc *lint.PackageCommand) bool {
	switch pc.Verb {
	case "install", "add", "in", "upgrade", "update", "up", "update-minimal", "upgrade-minimal":
	default:
		return false
	}
	if pc.MayPin() {
		return true
	}
	switch pc.Verb {
	case "install":
		return pc.HasOption("--only-upgrade")
	case "in":
		return false
	case "add":
		return pc.HasOption("-u", "--upgrade")
	}
	return len(pc.Args) > 0
}

// stageFacts answers what classify asks about the image before one RUN,
// each answer found on first use: most RUNs never ask.
type stageFacts struct {
	f      *lint.File
	st     *lint.Stage
	in     *lint.Instruction
	sc     *lint.Script
	distro string // the base image's family, whose own packages are there

	have     map[string]bool // installed before the RUN; nil until asked
	repoDone bool
	repo     bool
}

// present reports a package already in the image before call: installed
// earlier in the stage, a stage it is built on or the RUN itself, or one
// every image of the distro ships.
func (s *stageFacts) present(name string, call *syntax.CallExpr) bool {
	if basePackage(s.distro, name) {
		return true
	}
	if s.have == nil {
		s.have = installedBefore(s.f, s.st, s.in)
	}
	if s.have[name] {
		return true
	}
	for _, c := range s.sc.Calls() {
		if c == call {
			break
		}
		if pc := lint.PackageCommandOf(c); pc != nil && pc.IsOS() && pc.Installs() {
			for _, a := range pc.Packages() {
				if a.Name == name {
					return true
				}
			}
		}
	}
	return false
}

// vendorRepo reports whether the stage (or one it is built on) adds a
// package repository of its own, up to and including the RUN.
func (s *stageFacts) vendorRepo() bool {
	if !s.repoDone {
		s.repoDone = true
		for _, st := range s.st.Chain() {
			for _, in := range st.Instructions {
				if in.Index > s.in.Index {
					break
				}
				if addsRepository(s.f, in) {
					s.repo = true
					return true
				}
			}
		}
	}
	return s.repo
}

// installedBefore is the set of OS packages installed by name before in,
// in its stage and the stages that one is built on.
func installedBefore(f *lint.File, st *lint.Stage, in *lint.Instruction) map[string]bool {
	have := map[string]bool{}
	for _, s := range st.Chain() {
		for _, x := range s.Instructions {
			if x.Index >= in.Index {
				break
			}
			if x.Keyword != "RUN" || !mentionsOSManager(f, x) {
				continue
			}
			sc := x.Shell(f)
			if sc == nil {
				continue
			}
			for _, pc := range sc.PackageInstalls() {
				for _, a := range pc.Packages() {
					have[a.Name] = true
				}
			}
		}
	}
	return have
}

// classify says whether pc upgrades or pins packages by hand, and how the
// fix undoes it; where answers what was installed before it.
//
// A command that only upgrades (apt-get install --only-upgrade, apt-get
// upgrade PKG, apk upgrade PKG, yum/dnf update PKG, zypper up PKG) never
// installs anything new, so the fix removes it. A command that installs
// at a pinned version (apt-get install pkg=ver, apk add pkg=ver, yum
// install pkg-ver, zypper in pkg=ver) is removed only when it pins every
// package it names and each is already in the image; else it may be the
// first install of a package (nodejs=22.15.1-1nodesource1), and the fix
// drops the versions and keeps the install. `apk add --upgrade` without
// versions is a patch only when every package is already there: on
// others it is a common way to write a first install. When the stage has
// added a package repository of its own, a pin of anything but the
// distro's base packages is taken for a vendor's product at its release,
// not a patch.
func classify(pc lint.PackageCommand, where *stageFacts) (*piecemeal, bool) {
	var pkgs []lint.PackageArg
	for _, a := range pc.Packages() {
		if !repositoryPackage(a.Name) && !timeZoneData(a.Name) && !slices.ContainsFunc(pkgs, func(b lint.PackageArg) bool { return b.Name == a.Name }) {
			pkgs = append(pkgs, a)
		}
	}
	if len(pkgs) == 0 {
		return nil, false
	}
	present := func(a lint.PackageArg) bool { return where.present(a.Name, pc.Call) }
	var pinned []lint.PackageArg
	for _, a := range pkgs {
		if exactPin(pc.Family, a) && !productPin(where.f, pc, a) {
			pinned = append(pinned, a)
		}
	}
	pm := &piecemeal{pc: pc, repo: otherRepository(pc)}
	switch pc.Family {
	case "apt":
		pm.upgrade = pc.Verb == "upgrade" || pc.Verb == "install" && pc.HasOption("--only-upgrade")
	case "apk":
		pm.upgrade = pc.Verb == "upgrade" ||
			pc.Verb == "add" && pc.HasOption("-u", "--upgrade") && len(pinned) == 0 && allOf(pkgs, present)
	case "yum":
		switch pc.Verb {
		case "update", "upgrade", "update-minimal", "upgrade-minimal":
			pm.upgrade = true
		}
	case "zypper":
		pm.upgrade = pc.Verb == "up" || pc.Verb == "update"
	}
	if pm.upgrade {
		pm.pkgs, pm.remove = pkgs, true
		return pm, true
	}
	installs := pc.Verb == "install" || pc.Verb == "add" || pc.Verb == "in"
	if !installs || len(pinned) == 0 {
		return nil, false
	}
	if !allOf(pinned, func(a lint.PackageArg) bool { return basePackage(where.distro, a.Name) }) && (pm.repo != "" || where.vendorRepo()) {
		// The version of a vendor's product from the repository the
		// Dockerfile adds (postgresql-17=17.9-1.pgdg12+1, jenkins=2.568.2),
		// or one taken from another release's on purpose, not a patch.
		return nil, false
	}
	pm.pkgs = pinned
	pm.remove = len(pinned) == len(pkgs) && allOf(pkgs, present)
	return pm, true
}

// productPin reports a pin whose version is the project's own release
// knob: read from a global ARG named after the package or the product it
// is part of (samba=${SAMBA_VERSION}-${SAMBA_REVISION}, or samba-client=…,
// with ARG SAMBA_VERSION before the first FROM, which
// crazy-max/docker-samba bumps with each release). It pins the product the
// image ships, not a patch.
func productPin(f *lint.File, pc lint.PackageCommand, a lint.PackageArg) bool {
	pkg := strings.ToUpper(strings.NewReplacer("-", "_", ".", "_", "+", "_").Replace(a.Name))
	for _, ref := range lint.VarRefs(lint.WordSource(pc.Call.Args[a.At]), '\\') {
		i := strings.LastIndexByte(ref.Name, '_')
		if i <= 0 || !declaresGlobalArg(f, ref.Name) {
			continue
		}
		// SAMBA_VERSION names samba and its parts (SAMBA_CLIENT), not
		// libsamba.
		if stem := ref.Name[:i]; pkg == stem || strings.HasPrefix(pkg, stem+"_") || strings.HasPrefix(ref.Name, pkg+"_") {
			return true
		}
	}
	return false
}

// declaresGlobalArg reports an ARG of that name before the first FROM.
func declaresGlobalArg(f *lint.File, name string) bool {
	for _, in := range f.GlobalArgs {
		for _, d := range in.ArgDecls() {
			if d.Name == name {
				return true
			}
		}
	}
	return false
}

func allOf(pkgs []lint.PackageArg, ok func(lint.PackageArg) bool) bool {
	for _, a := range pkgs {
		if !ok(a) {
			return false
		}
	}
	return true
}

// timeZoneData reports tzdata (tzdata-java, tzdata-legacy): time zone
// rules change several times a year, and base images lag, so it is
// upgraded or reinstalled on its own for fresh rules (and, on minimal RHEL
// images, to get back the files a nodocs install strips), not to patch a
// vulnerability.
func timeZoneData(name string) bool { return name == "tzdata" || strings.HasPrefix(name, "tzdata-") }

// repositoryPackage reports a package that carries repository
// definitions or keys (oraclelinux-release-el8, epel-release,
// mariner-repos-extras, debian-archive-keyring): upgrading it before an
// install is how a Dockerfile gets the repositories right, not a patch.
func repositoryPackage(name string) bool {
	if strings.HasSuffix(name, "-release") || strings.Contains(name, "-repos") || strings.HasSuffix(name, "-keyring") {
		return true
	}
	i := strings.LastIndex(name, "-release-")
	return i > 0 && !strings.ContainsAny(name[i+len("-release-"):], "-")
}

// exactPin reports an operand pinned to one version of the archive's:
// openssl=3.0.17-1~deb12u3, yum's openssl-1:3.2.2-6.el9_5 (version and
// release: dotnet-runtime-7.0 is a package name), or a version from a
// variable without a value. Constraints (su-exec>=0.2, apk's git=~2) and
// templates ({{ .version }}) pin nothing in particular.
func exactPin(family string, a lint.PackageArg) bool {
	if a.Version == "" {
		return false
	}
	if a.Unresolved {
		return true
	}
	if !isDigit(a.Version[0]) {
		return false
	}
	return family != "yum" || strings.Contains(a.Version, "-")
}

// addsRepository reports whether an instruction adds a package repository.
func addsRepository(f *lint.File, in *lint.Instruction) bool {
	switch {
	case in.IsRun():
	case in.Keyword == "COPY" || in.Keyword == "ADD":
		args := in.Args()
		if len(args) == 0 {
			return false
		}
		dest := args[len(args)-1].Text
		return strings.Contains(dest, "sources.list") || strings.Contains(dest, "yum.repos.d") || strings.Contains(dest, "/etc/apk/")
	default:
		return false
	}
	text := in.ArgText()
	for _, h := range in.Heredocs {
		text += "\n" + f.Text(h.Body)
	}
	// What adding a repository looks like: an apt source or its key, a yum
	// or dnf repository, an apk repository, a zypper repository.
	for _, m := range [...]string{
		"sources.list", "add-apt-repository", "apt-add-repository", "signed-by=", "apt-key", "/etc/apt/keyrings", "/etc/apt/trusted.gpg",
		"yum.repos.d", "config-manager", "--add-repo", "epel-release", "-release-latest", "-repos-",
		"/etc/apk/repositories",
		"zypper ar ", "zypper addrepo", "zypper --gpg-auto-import-keys ar",
	} {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// otherRepository is the option that makes a command take packages from
// a repository other than the release's own (backports, edge, an extra
// repo), as written; "" when there is none.
func otherRepository(pc lint.PackageCommand) string {
	var names []string
	switch pc.Family {
	case "apt":
		names = []string{"-t", "--target-release", "--default-release"}
	case "apk":
		names = []string{"-X", "--repository"}
	case "yum":
		names = []string{"--enablerepo", "--repo", "--repofrompath"}
	case "zypper":
		names = []string{"-r", "--repo", "--from"}
	}
	for _, o := range pc.Options {
		if slices.Contains(names, o.Name) {
			return strings.TrimSpace(o.Name + " " + o.Value)
		}
	}
	return ""
}

// housekeeping reports a command that only serves the package commands
// around it: refreshing the index, cleaning the cache, removing the lists,
// setting shell options. A RUN left with nothing else goes whole.
func housekeeping(call *syntax.CallExpr) bool {
	c := lint.CommandOf(call)
	args := call.Args[min(c.At+1, len(call.Args)):]
	switch c.Name {
	case "set", "true", ":":
		return true
	case "rm":
		paths := 0
		for _, w := range args {
			s := lint.WordSource(w)
			if strings.HasPrefix(s, "-") {
				continue
			}
			if !cachePath(s) {
				return false
			}
			paths++
		}
		return paths > 0
	}
	pcs := lint.PackageCommandOf(call)
	if pcs == nil || !pcs.IsOS() {
		return false
	}
	switch pcs.Family + " " + pcs.Verb {
	case "apt update", "apt clean", "apt autoclean", "apt autoremove", "apk update", "apk cache",
		"yum clean", "yum makecache", "yum autoremove", "zypper refresh", "zypper ref", "zypper clean", "zypper cc":
		return true
	}
	return false
}

// cachePath reports a package manager's index or cache directory.
func cachePath(s string) bool {
	s = strings.Trim(s, `"'`)
	for _, dir := range []string{"/var/lib/apt/lists", "/var/cache/apt", "/var/cache/apk", "/var/cache/yum", "/var/cache/dnf", "/var/cache/zypp", "/var/lib/dnf", "/var/lib/yum"} {
		if s == dir || strings.HasPrefix(s, dir+"/") {
			return true
		}
	}
	return false
}

// reportPiecemeal reports pm with its fix. others are the RUN's piecemeal
// commands: those the fix removes too may go with it.
func reportPiecemeal(p *lint.Pass, b *baseFacts, pm *piecemeal, others []*piecemeal) {
	d := lint.Diagnostic{Range: pm.sc.Range(pm.pc.Call), Message: pm.head()}
	edits, fixName, noFix := pm.edits(p.File, others)
	v := judgePiecemeal(p, b, pm)
	d.Message += "; " + v.message
	if v.noFix != "" {
		noFix = v.noFix
	}
	if noFix != "" {
		d.Message += " (no fix: " + noFix + ")"
		p.Report(d)
		return
	}
	if len(v.bump) > 0 {
		edits = append(edits, v.bump...)
		fixName += " and " + v.bumpFix
	}
	d.Fixes = []lint.Fix{{Message: fixName, Safe: v.safe, Edits: edits}}
	p.Report(d)
}

// head is the finding's first words: what the command does.
func (pm *piecemeal) head() string {
	var names []string
	for _, a := range pm.pkgs {
		names = append(names, pinText(a))
	}
	what := "piecemeal pin"
	if pm.upgrade {
		what = "piecemeal upgrade"
	}
	if len(names) > 1 && !pm.upgrade {
		what += "s"
	}
	s := fmt.Sprintf("%s of %s", what, listNames(names, 4))
	if pm.repo != "" {
		s += " (" + pm.repo + ")"
	}
	return s
}

// pinText is an operand as the message names it: openssl=3.0.17-1~deb12u3,
// musl.
func pinText(a lint.PackageArg) string {
	if a.Version != "" {
		return a.Name + "=" + a.Version
	}
	return a.Name
}

// listNames joins names, at most max of them.
func listNames(names []string, max int) string {
	if len(names) > max {
		return strings.Join(names[:max], ", ") + ", …"
	}
	return strings.Join(names, ", ")
}

// drops is "drops the pin", "drops 2 pins", "drops the upgrade" …
func (pm *piecemeal) drops() string {
	what := "pin"
	if pm.upgrade {
		what = "upgrade"
	}
	if len(pm.pkgs) == 1 {
		return "drops the " + what
	}
	return fmt.Sprintf("drops %d %ss", len(pm.pkgs), what)
}

// edits are the edits that undo pm, and the fix's name: the command
// removed (the whole RUN when nothing else of substance remains), or the
// versions dropped from its operands. noFix says why neither can be
// written; "" when they can.
func (pm *piecemeal) edits(f *lint.File, others []*piecemeal) (edits []lint.Edit, name, noFix string) {
	names := make([]string, len(pm.pkgs))
	for i, a := range pm.pkgs {
		names[i] = a.Name
	}
	list := listNames(names, 4)
	if pm.remove {
		goesToo := func(c *syntax.CallExpr) bool {
			if housekeeping(c) {
				return true
			}
			for _, o := range others {
				if o.pc.Call == c && o.remove {
					return true
				}
			}
			return false
		}
		if rm, ok := pm.sc.RemoveCommand(pm.pc.Call, goesToo); ok {
			name := "Remove the piecemeal upgrade of " + list
			if !pm.upgrade {
				name = "Remove the pin of " + list
			}
			if rm.Whole {
				return []lint.Edit{{Range: pm.in.Lines}}, name + " (the whole RUN)", ""
			}
			return []lint.Edit{{Range: rm.Range}}, name, ""
		}
	}
	if pm.upgrade {
		return nil, "", "the command is inside an if, a loop, a subshell or a pipe, next to ||, or redirected, so it cannot leave the RUN alone"
	}
	for _, a := range pm.pkgs {
		e, ok := unpinEdit(f, pm.sc, pm.pc, a)
		if !ok {
			return nil, "", "the version of " + a.Name + " cannot be cut from the word as written"
		}
		edits = append(edits, e)
	}
	return edits, "Drop the version pin of " + list, ""
}

// unpinEdit deletes the version from a pinned operand as written:
// openssl=3.0.17-1~deb12u3 → openssl, "curl=${CURL_VERSION}" → "curl",
// openssl-1:3.2.2-6.el9_5 → openssl (yum).
func unpinEdit(f *lint.File, sc *lint.Script, pc lint.PackageCommand, a lint.PackageArg) (lint.Edit, bool) {
	w := pc.Call.Args[a.At]
	r := sc.Range(w)
	if r.Len() != int(w.End().Offset()-w.Pos().Offset()) {
		return lint.Edit{}, false // the word spans a line continuation
	}
	text := f.Text(r)
	inner, quote := text, 0
	if n := len(text); n >= 2 && (text[0] == '"' || text[0] == '\'') && text[n-1] == text[0] && strings.Count(text, text[:1]) == 2 {
		inner, quote = text[1:n-1], 1
	}
	var cut int
	if pc.Family == "yum" {
		cut = len(a.Name)
		if !strings.HasPrefix(inner, a.Name+"-") {
			return lint.Edit{}, false
		}
	} else {
		cut = strings.IndexAny(inner, "=<>~")
		if cut <= 0 || strings.ContainsAny(inner[:cut], "$`\"'\\") {
			return lint.Edit{}, false
		}
	}
	return lint.Edit{Range: lint.Range{Start: r.Start + quote + cut, End: r.Start + quote + len(inner)}}, true
}

// baseFacts is what the rule knows of a stage chain's base image.
type baseFacts struct {
	stage  *lint.Stage // the root stage, whose FROM a bump edits
	image  string      // its image, expanded; "" when unknown
	distro string      // debian, ubuntu, alpine, rhel …; "" when unknown
	os     lint.OSRelease
	hasOS  bool
	// ended: the image's release, its OS or a runtime it bundles is past
	// the end of its support; update is DF101's bump then, or the newer
	// patch for a tag that pins an old one.
	ended     bool
	update    lint.ImageUpdate
	hasUpdate bool
	// frozen says why the tag does not move with the archive's updates
	// ("is date-stamped …"), and refresh what to do about it when the fix
	// cannot ("move the tag too"); frozen is "" when the tag moves.
	frozen, refresh string
}

func baseOf(p *lint.Pass, root *lint.Stage) *baseFacts {
	b := &baseFacts{stage: root}
	if root == nil || root.IsScratch() || !root.ImageResolved || root.Image.Text == "" || p.Env == nil || p.Env.Images == nil {
		return b
	}
	imgs := p.Env.Images
	b.image = root.ImageExpanded
	b.distro = imgs.Distro(b.image)
	b.os, b.hasOS = imgs.OSRelease(b.image)
	ref, err := images.ParseRef(b.image)
	if err != nil {
		b.image = ""
		return b
	}
	if u, ok := baseUpdate(p, b.image); ok {
		switch {
		case u.EOL:
			b.ended, b.update, b.hasUpdate = true, u, u.Ref != ""
			return b
		case u.Reason == "patch":
			b.update, b.hasUpdate = u, true
			b.frozen = "pins an old patch of its release line (" + u.Message + "), which is no longer rebuilt"
			b.refresh = "move to the newest patch too"
			return b
		}
	}
	exists := imgs.Exists(b.image)
	switch {
	case ref.HasDigest():
		b.frozen = "is pinned by digest and never gets the archive's newer fixes"
		b.refresh = "pin the digest the tag has now too (--online resolves it)"
	case dateStamped(ref.Tag):
		b.frozen = "is date-stamped and never gets the archive's newer fixes"
		b.refresh = "move to a newer stamp too"
	case !exists && !b.hasOS && b.distro == "":
		b.image = "" // nothing known of it
	case !exists && imgs.Exists(ref.WithTag("latest")):
		b.frozen = "is not in the image's current tag set, so it may no longer be rebuilt"
		b.refresh = "move to a current tag too"
	case !exists:
		b.frozen = "is not in dockerfix's catalog, which cannot tell whether its tag gets the archive's fixes"
	}
	return b
}

// dateStamped reports a tag that names a build date or time, which never
// moves: bookworm-20240211-slim, jammy-20240212, 2024-02-11, or a Unix
// time (9.4-1227.1726694542).
func dateStamped(tag string) bool {
	_, _, ok := dateStamp(tag)
	return ok
}

// dateStamp finds a date stamp in tag: its bounds, or false.
func dateStamp(tag string) (start, end int, ok bool) {
	for i := 0; i < len(tag); {
		if !isDigit(tag[i]) || i > 0 && isDigit(tag[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(tag) && (isDigit(tag[j]) || tag[j] == '-' && j-i == 4 || tag[j] == '-' && j-i == 7) {
			j++
		}
		run := strings.ReplaceAll(tag[i:j], "-", "")
		switch {
		case len(run) == 8 && (j-i == 8 || j-i == 10) && validDate(run):
			return i, j, true
		case len(run) == 10 && j-i == 10 && run[0] == '1':
			return i, j, true // seconds since 1970, 2001–2033
		}
		i = j
	}
	return 0, 0, false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// validDate reports YYYYMMDD from 1990 to 2099.
func validDate(s string) bool {
	y, m, d := s[:4], s[4:6], s[6:]
	return (y[:2] == "19" && y[2] == '9' || y[:2] == "20") && m >= "01" && m <= "12" && d >= "01" && d <= "31"
}

// movingTag is tag without its date stamp, when the stamp is one
// dash-separated part of it: bookworm-20240211-slim → bookworm-slim.
func movingTag(tag string) (string, bool) {
	start, end, ok := dateStamp(tag)
	if !ok {
		return "", false
	}
	switch {
	case start > 0 && tag[start-1] == '-':
		start--
	case end < len(tag) && tag[end] == '-':
		end++
	default:
		return "", false
	}
	return tag[:start] + tag[end:], true
}
