package rules

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"deps.dev/util/semver"
	gosemver "golang.org/x/mod/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/gomod"
	"github.com/dockerfix/dockerfix/internal/deps/npm"
	"github.com/dockerfix/dockerfix/internal/deps/pypi"
	"github.com/dockerfix/dockerfix/lint"
)

// This file is what DF302 and DF303 share: the application manifests a
// stage copies and installs from, the RUN pins after them, and the fix
// that bumps the direct dependency instead (package deps).

// appEcosystem is an ecosystem whose manifests DF302 and DF303 read.
type appEcosystem int

const (
	ecoNPM  appEcosystem = iota + 1 // package.json and package-lock.json
	ecoGo                           // go.mod and go.sum
	ecoPyPI                         // a pip requirements file, its own lockfile
	// pyproject.toml with poetry.lock, uv.lock or pdm.lock: its pins are
	// found, but not bumped (no fix yet).
	ecoPyProject
)

// manifestEcosystems are the ecosystems whose manifest a COPY names
// (copiedManifests); a requirements file is known by the pip install -r
// that reads it (pipRequirements).
var manifestEcosystems = []appEcosystem{ecoNPM, ecoGo, ecoPyProject}

// osv is the ecosystem's OSV name.
func (e appEcosystem) osv() string {
	switch e {
	case ecoGo:
		return "Go"
	case ecoPyPI, ecoPyProject:
		return "PyPI"
	}
	return "npm"
}

// python reports the ecosystems of Python projects.
func (e appEcosystem) python() bool { return e == ecoPyPI || e == ecoPyProject }

func (e appEcosystem) manifest() string {
	switch e {
	case ecoGo:
		return "go.mod"
	case ecoPyProject:
		return "pyproject.toml"
	}
	return "package.json"
}

func (e appEcosystem) lockfiles() []string {
	switch e {
	case ecoGo:
		return []string{"go.sum"}
	case ecoPyProject:
		return []string{"poetry.lock", "uv.lock", "pdm.lock"}
	}
	return npm.Lockfiles
}

// lockedIn is the file that holds a project's versions and the verb a
// finding uses for it: package-lock.json or requirements.txt "locks";
// go.mod "selects" (minimal version selection picks the version from its
// requirements).
func (e appEcosystem) lockedIn(g *deps.Graph) (file, verb string) {
	if e == ecoGo {
		return g.Manifest, "selects"
	}
	return g.Lockfile, "locks"
}

// lockedVia says how the graph's node i is locked and what brings it in:
// "package-lock.json locks minimist 0.0.8 through mkdirp".
func lockedVia(eco appEcosystem, g *deps.Graph, i int) string {
	file, verb := eco.lockedIn(g)
	n := g.Nodes[i]
	at := fmt.Sprintf("%s %s %s %s", file, verb, n.Name, n.Version)
	switch via := g.Via(i); {
	case len(via) == 1 && via[0] == n.Name:
		return at + ", a direct dependency"
	case len(via) == 0:
		// Go without the module graph (offline): go.mod lists it, and
		// says only that it is indirect.
		return at + ", an indirect requirement"
	default:
		return at + " through " + strings.Join(via, ", ")
	}
}

// appProject is an application manifest a stage copies in: npm's
// package.json, Go's go.mod, or a pip requirements file (its own
// lockfile).
type appProject struct {
	eco      appEcosystem
	manifest string            // build-context path: "package.json", "app/go.mod", "app/requirements.txt"
	copy     *lint.Instruction // the COPY that brings the manifest in
	lockCopy *lint.Instruction // the COPY that brings the lockfile in; nil when none does
	install  *lint.Instruction // the first later RUN that installs from it; nil when none
	// installEnd is where, in that RUN's script, the install command
	// ends: a pin after it in the same RUN (npm ci && npm install x@1)
	// patches the tree too.
	installEnd int
	omitDev    bool // that install leaves development dependencies out
	// build is, for Go, the first later RUN that builds (go build): a
	// go get after it does not change what was built.
	build *lint.Instruction
}

// appPin is a later RUN command that installs single packages of the
// app's ecosystem at a version.
type appPin struct {
	in   *lint.Instruction
	cmd  lint.PackageCommand
	pkgs []lint.PackageArg // the operands that pin a version
}

// appProjects returns the npm and Go projects the stage copies, in
// order, then the requirements files it copies and installs with pip
// install -r.
func appProjects(p *lint.Pass, st *lint.Stage) []*appProject {
	var out []*appProject
	byManifest := map[string]*appProject{}
	var copies []*lint.Instruction
	var pipProjects []*appProject
	for _, in := range st.Instructions {
		switch in.Keyword {
		case "COPY", "ADD":
			if _, ok := in.Flag("from"); ok {
				continue
			}
			copies = append(copies, in)
			for _, c := range copiedManifests(p, in) {
				proj := byManifest[c.manifest]
				if proj == nil {
					proj = &appProject{eco: c.eco, manifest: c.manifest, copy: in}
					byManifest[c.manifest] = proj
					out = append(out, proj)
				}
				if c.lock && proj.lockCopy == nil {
					proj.lockCopy = in
				}
			}
		case "RUN":
			// Only pip installs, and installs into a project already
			// copied, count: most RUNs need no parse here.
			if !in.MayCall(p.File, "pip", "npm", "yarn", "go", "poetry", "uv", "pdm") || len(out) == 0 && !in.MayCall(p.File, "pip") {
				continue
			}
			s := in.Shell(p.File)
			if s == nil {
				continue
			}
			for _, proj := range out {
				if proj.eco == ecoPyProject && proj.install == nil {
					if end, ok := syncsPyProject(s); ok {
						proj.install, proj.installEnd = in, end
					}
				}
			}
			for _, pc := range s.PackageCommands() {
				if pc.Family == "pip" {
					for _, proj := range pipRequirements(p, copies, in, pc) {
						if byManifest[proj.manifest] == nil {
							byManifest[proj.manifest] = proj
							pipProjects = append(pipProjects, proj)
						}
					}
				}
				for _, proj := range out {
					if proj.install == nil && installsFromManifest(proj.eco, pc) {
						proj.install, proj.installEnd = in, int(pc.Call.End().Offset())
						proj.omitDev = omitsDev(pc)
					}
					if proj.eco == ecoGo && proj.build == nil && goBuilds(pc) {
						proj.build = in
					}
				}
			}
		}
	}
	// A whole-directory copy counts only when the stage installs from it.
	out = slices.DeleteFunc(out, func(a *appProject) bool {
		return a.install == nil && a.lockCopy == a.copy && isDirCopy(a.copy)
	})
	return append(out, pipProjects...)
}

// pipRequirements are the requirements files a pip install -r reads
// that an earlier COPY brought in: by name (requirements.txt), glob
// (requirements*.txt) or directory (. or app/), matched on the file's
// base name. A requirements file is its own lockfile.
func pipRequirements(p *lint.Pass, copies []*lint.Instruction, run *lint.Instruction, pc lint.PackageCommand) []*appProject {
	if pc.Verb != "install" {
		return nil
	}
	var out []*appProject
	for _, o := range pc.Options {
		if o.Name != "-r" && o.Name != "--requirement" || !o.HasValue || strings.Contains(o.Value, "$") {
			continue
		}
		base := path.Base(o.Value)
		var found *appProject
		for i := len(copies) - 1; i >= 0 && found == nil; i-- {
			words := copies[i].Args()
			for _, w := range words[:max(len(words)-1, 0)] {
				src := strings.Trim(w.Text, `"'`)
				if strings.HasPrefix(src, "--") || strings.Contains(src, "$") {
					continue
				}
				dirCopy := src == "." || strings.HasSuffix(src, "/")
				src = path.Clean(strings.TrimPrefix(src, "/"))
				var manifest string
				switch {
				case dirCopy:
					if m := path.Join(src, base); contextHas(p, m) {
						manifest = m
					}
				default:
					if ok, _ := path.Match(path.Base(src), base); ok {
						manifest = path.Join(path.Dir(src), base)
					}
				}
				if manifest != "" {
					found = &appProject{eco: ecoPyPI, manifest: manifest, copy: copies[i], lockCopy: copies[i], install: run,
						installEnd: int(pc.Call.End().Offset())}
					break
				}
			}
		}
		if found != nil {
			out = append(out, found)
		}
	}
	return out
}

// copied is one manifest a COPY brings in.
type copied struct {
	eco      appEcosystem
	manifest string
	lock     bool // its lockfile comes too
}

// copiedManifests reads a COPY's sources: a manifest (package.json,
// go.mod), a glob matching it (package*.json, go.*), its lockfile, or a
// directory ("." or "app/") whose manifest the build context has.
func copiedManifests(p *lint.Pass, in *lint.Instruction) []copied {
	words := in.Args()
	if len(words) < 2 {
		return nil
	}
	var out []copied
	for _, w := range words[:len(words)-1] {
		src := strings.Trim(w.Text, `"'`)
		if strings.HasPrefix(src, "--") || strings.Contains(src, "$") {
			continue
		}
		dirCopy := src == "." || strings.HasSuffix(src, "/")
		src = path.Clean(strings.TrimPrefix(src, "/"))
		dir, base := path.Split(src)
		glob := strings.ContainsAny(base, "*?[")
		matches := func(name string) bool {
			if !glob {
				return base == name // most sources: no pattern to match
			}
			ok, _ := path.Match(base, name)
			return ok
		}
		for _, eco := range manifestEcosystems {
			if dirCopy {
				m := path.Join(src, eco.manifest())
				if src == "." && p.Context() == nil || contextHas(p, m) {
					out = append(out, copied{eco: eco, manifest: m, lock: true})
				}
				continue
			}
			lock := slices.ContainsFunc(eco.lockfiles(), matches)
			if !lock && !matches(eco.manifest()) {
				continue
			}
			m := path.Join(dir, eco.manifest())
			if strings.IndexAny(base, "*?[") == 0 && !contextHas(p, m) {
				continue // "*" matches any manifest: only the context can say
			}
			out = append(out, copied{eco: eco, manifest: m, lock: lock})
		}
	}
	return out
}

func isDirCopy(in *lint.Instruction) bool {
	words := in.Args()
	for _, w := range words[:max(len(words)-1, 0)] {
		if src := strings.Trim(w.Text, `"'`); src == "." || strings.HasSuffix(src, "/") {
			return true
		}
	}
	return false
}

func contextHas(p *lint.Pass, name string) bool {
	ctx := p.Context()
	if ctx == nil {
		return false
	}
	_, err := ctx.ReadFile(name)
	return err == nil
}

// installsFromManifest: npm ci, npm install with no package operand,
// yarn (install); go mod download, go build and the other go commands
// that fetch what go.mod requires.
func installsFromManifest(eco appEcosystem, pc lint.PackageCommand) bool {
	switch {
	case eco == ecoNPM && pc.Family == "npm":
		switch pc.Verb {
		case "ci", "clean-install", "install", "i", "add":
			return len(pc.Packages()) == 0 && !globalInstall(pc)
		}
	case eco == ecoNPM && pc.Family == "yarn":
		return (pc.Verb == "" || pc.Verb == "install") && len(pc.Packages()) == 0
	case eco == ecoPyProject && pc.Family == "pip":
		// pip install . or -e . builds the project from pyproject.toml.
		if pc.Verb != "install" {
			return false
		}
		for _, a := range pc.Args {
			if a.Text == "." || strings.HasPrefix(a.Text, "./") {
				return true
			}
		}
		for _, o := range pc.Options {
			if (o.Name == "-e" || o.Name == "--editable") && (o.Value == "." || strings.HasPrefix(o.Value, "./")) {
				return true
			}
		}
	case eco == ecoGo && pc.Family == "go":
		if pc.Verb == "mod" && len(pc.Args) > 0 {
			switch pc.Args[0].Text {
			case "download", "tidy", "vendor", "verify":
				return true
			}
		}
		return goBuilds(pc)
	}
	return false
}

// syncsPyProject reports a script that installs a pyproject.toml
// project's locked tree with its own tool: poetry install, uv sync, pdm
// install or sync.
func syncsPyProject(s *lint.Script) (end int, ok bool) {
	calls := s.Calls()
	for i, c := range s.Commands() {
		args := calls[i].Args[min(c.At+1, len(calls[i].Args)):]
		if len(args) == 0 {
			continue
		}
		verb, _ := lint.LitWord(args[0])
		switch {
		case c.Name == "poetry" && (verb == "install" || verb == "sync"),
			c.Name == "uv" && verb == "sync",
			c.Name == "pdm" && (verb == "install" || verb == "sync"):
			return int(calls[i].End().Offset()), true
		}
	}
	return 0, false
}

// goBuilds: go build, go test, go run, and go install of the module's own
// packages (go install tool@version installs a tool, not the app).
func goBuilds(pc lint.PackageCommand) bool {
	if pc.Family != "go" {
		return false
	}
	switch pc.Verb {
	case "build", "test", "run":
		return true
	case "install":
		return !slices.ContainsFunc(pc.Args, func(a lint.PackageArg) bool { return a.Version != "" })
	}
	return false
}

// omitsDev: --production, --omit=dev, --only=prod.
func omitsDev(pc lint.PackageCommand) bool {
	for _, o := range pc.Options {
		switch {
		case o.Name == "--production", o.Name == "--omit" && o.Value == "dev", o.Name == "--only" && strings.HasPrefix(o.Value, "prod"):
			return true
		}
	}
	return false
}

// globalInstall: -g, --global, --location=global install tools, not the
// app's tree.
func globalInstall(pc lint.PackageCommand) bool {
	if pc.HasOption("-g", "--global") {
		return true
	}
	o, ok := pc.Option("--location")
	return ok && o.Value == "global"
}

// pipTool reports whether pip installs the package as a tool, not as a
// part of the app's tree: a pin of one is no patch of the requirements.
func pipTool(name string) bool {
	switch pypi.Normalize(name) {
	case "pip", "setuptools", "wheel", "uv", "pipenv", "poetry", "pip-tools", "virtualenv", "pipx", "build", "twine":
		return true
	}
	return false
}

// appPins returns the RUN commands that install single packages of the
// project's ecosystem at a version into the app: for npm, after the
// install from the manifest (not globally); for pip, after the pip
// install -r (not pip's own tools); for Go, `go get mod@version` after
// the COPY of go.mod, up to the RUN that builds.
func appPins(p *lint.Pass, st *lint.Stage, proj *appProject) []appPin {
	after := proj.install
	if proj.eco == ecoGo {
		after = proj.copy
	}
	if after == nil {
		return nil
	}
	var out []appPin
	for _, in := range st.Instructions {
		if in.Keyword != "RUN" || in.Index < after.Index || proj.build != nil && in.Index > proj.build.Index {
			continue
		}
		s := in.Shell(p.File)
		if s == nil {
			continue
		}
		for _, pc := range s.PackageCommands() {
			// The install's own RUN counts from the install on (for Go,
			// every RUN after the COPY of go.mod counts whole).
			if !pinsPackages(proj.eco, pc) || proj.eco != ecoGo && in == proj.install && int(pc.Call.Pos().Offset()) < proj.installEnd {
				continue
			}
			var pinned []lint.PackageArg
			for _, a := range pc.Packages() {
				if a.Version != "" && !(proj.eco == ecoGo && a.Version == "none") && !(proj.eco.python() && pipTool(a.Name)) {
					pinned = append(pinned, a)
				}
			}
			if len(pinned) > 0 {
				out = append(out, appPin{in: in, cmd: pc, pkgs: pinned})
			}
		}
	}
	return out
}

// pinsPackages: npm install or yarn add into the app (not -g); pip
// install; go get.
func pinsPackages(eco appEcosystem, pc lint.PackageCommand) bool {
	switch eco {
	case ecoGo:
		return pc.Family == "go" && pc.Verb == "get"
	case ecoPyPI, ecoPyProject:
		return pc.Family == "pip" && pc.Installs()
	}
	return (pc.Family == "npm" || pc.Family == "yarn") && pc.Installs() && !globalInstall(pc)
}

// appFix is the one fix of a project: the plan's manifest and lockfile
// edits and the removal of the pins that install only target packages.
// When there is none, note says why ("" when nothing is worth saying).
type appFix struct {
	plan *deps.Plan
	fix  *lint.Fix
	note string
}

// planFix plans the upgrade of proj for targets and builds the fix.
func planFix(p *lint.Pass, proj *appProject, project deps.Project, targets []deps.Target, pins []appPin) appFix {
	policy, _ := deps.ParsePolicy(p.Env.Config.Upgrade)
	plan, err := project.Upgrade(context.Background(), targets, policy)
	switch {
	case errors.Is(err, gomod.ErrNoSumDB) && errors.Is(err, deps.ErrNoRegistry):
		return appFix{note: "with --online, dockerfix has the checksum database vouch for the new go.sum lines (GONOSUMDB exempts modules from it)"}
	case errors.Is(err, deps.ErrNoRegistry) && proj.eco == ecoGo:
		return appFix{note: "with --online (or a file:// GOPROXY), dockerfix reads the module graph and proposes the bump"}
	case errors.Is(err, deps.ErrNoRegistry):
		return appFix{note: "with --online, dockerfix proposes the bump (it needs the registry's versions)"}
	case err != nil:
		return appFix{note: "no fix: " + err.Error()}
	}
	if len(plan.Unresolved) > 0 {
		var why []string
		for _, u := range plan.Unresolved {
			why = append(why, u.Reason)
		}
		note := strings.Join(why, "; ")
		if policy != deps.Major {
			note += " (--upgrade major looks further)"
		}
		return appFix{plan: plan, note: note}
	}
	var edits []lint.Edit
	for _, e := range plan.Edits {
		edits = append(edits, lint.Edit{Path: p.ContextPath(e.Path), Range: lint.Range{Start: e.Start, End: e.End}, New: e.New})
	}
	names := map[string]bool{}
	for _, t := range targets {
		names[t.Name] = true
	}
	dropped := 0
	for _, pin := range pins {
		if e, ok := pinRemoval(p.File, pin, func(a lint.PackageArg) bool { return names[packageOf(proj.eco, project.Graph(), a.Name)] }); ok {
			edits = append(edits, e...)
			dropped++
		}
	}
	if len(edits) == 0 {
		return appFix{plan: plan}
	}
	g := project.Graph()
	msg := capitalize(plan.Describe())
	switch {
	case proj.eco == ecoGo && len(plan.Edits) > 0:
		msg += fmt.Sprintf(" in %s and %s (the build then selects %s)", g.Manifest, path.Base(g.Lockfile), lockedList(plan.Fixed))
	case len(plan.Upgrades) > 0:
		msg += " in " + g.Manifest
	}
	if proj.eco != ecoGo && len(plan.Edits) > 0 {
		msg += fmt.Sprintf(" (%s locks %s)", g.Lockfile, lockedList(plan.Fixed))
	}
	if dropped > 0 {
		msg += " and drop the RUN pin"
		if dropped > 1 {
			msg += "s"
		}
	}
	if len(plan.Edits) == 0 {
		file, verb := proj.eco.lockedIn(g)
		msg = fmt.Sprintf("Drop the RUN pin (%s already %s %s)", file, verb, lockedList(plan.Fixed))
	}
	return appFix{plan: plan, fix: &lint.Fix{Message: msg, Safe: plan.Safe(), Edits: edits}}
}

func lockedList(ls []deps.Locked) string {
	var parts []string
	for _, l := range ls {
		parts = append(parts, l.Name+" "+l.Version)
	}
	return strings.Join(parts, ", ")
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// pinRemoval deletes a pin command whose every package is a target: the
// command and one connector, or the whole RUN with the comment lines right
// above it that speak of the pin.
func pinRemoval(f *lint.File, pin appPin, target func(lint.PackageArg) bool) ([]lint.Edit, bool) {
	for _, a := range pin.cmd.Packages() {
		if a.Version == "" || !target(a) {
			return nil, false
		}
	}
	rm, ok := pin.in.Shell(f).RemoveCommand(pin.cmd.Call, nil)
	if !ok {
		return nil, false
	}
	if !rm.Whole {
		return []lint.Edit{{Range: rm.Range}}, true
	}
	r := pin.in.Lines
	for line := pin.in.StartLine - 1; line > 0; line-- {
		c, ok := commentAt(f, line)
		if !ok || !aboutPin(c.Text, pin) {
			break
		}
		r.Start = f.FullLineRange(line).Start
	}
	return []lint.Edit{{Range: r}}, true
}

func commentAt(f *lint.File, line int) (lint.Comment, bool) {
	i, ok := slices.BinarySearchFunc(f.Comments, line, func(c lint.Comment, l int) int { return c.Line - l })
	if !ok {
		return lint.Comment{}, false
	}
	return f.Comments[i], true
}

var advisoryID = regexp.MustCompile(`\b(CVE-\d{4}-\d+|GHSA(-[0-9a-z]{4}){3}|GO-\d{4}-\d+)\b`)

// aboutPin: a comment that names an advisory or a pinned package explains
// the pin, and goes with it.
func aboutPin(text string, pin appPin) bool {
	if advisoryID.MatchString(text) {
		return true
	}
	for _, a := range pin.pkgs {
		if strings.Contains(text, a.Name) {
			return true
		}
	}
	return false
}

// loadProject reads proj's manifest and lockfile from the build context;
// nil with a note when they cannot be read.
func loadProject(p *lint.Pass, proj *appProject) (deps.Project, string) {
	ctx := p.Context()
	if ctx == nil {
		return nil, ""
	}
	var eco deps.Ecosystem
	switch proj.eco {
	case ecoPyProject:
		return nil, "dockerfix does not bump " + proj.manifest + " projects yet: bump the direct dependency there and lock again"
	case ecoGo:
		e := gomod.Ecosystem{Getenv: p.Env.Getenv}
		if p.Env.Packages != nil {
			e.Fetcher = p.Env.Packages
		}
		eco = e
	case ecoPyPI:
		e := pypi.Ecosystem{Registry: p.Env.Config.PyPIRegistry, Python: pythonOf(proj.install)}
		if p.Env.Packages != nil {
			e.Fetcher = p.Env.Packages
		}
		eco = e
	default:
		e := npm.Ecosystem{Registry: p.Env.Config.NPMRegistry}
		if p.Env.Packages != nil {
			e.Fetcher = p.Env.Packages
		}
		eco = e
	}
	project, err := eco.Load(ctx, proj.manifest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "" // a context without the manifest: the Dockerfile alone speaks
	}
	if errors.Is(err, deps.ErrNoLockfile) {
		return nil, fmt.Sprintf("%s has no lockfile beside it", proj.manifest)
	}
	if err != nil {
		return nil, "cannot read the manifest: " + err.Error()
	}
	return project, ""
}

// atLeast is a target fixed from version min on, for a RUN pin of the
// ecosystem eco; ok is false when the pin is no plain version (go get
// mod@latest).
func atLeast(eco appEcosystem, name, min string) (deps.Target, bool) {
	if eco == ecoGo {
		if !gosemver.IsValid(min) {
			return deps.Target{}, false
		}
		return deps.Target{Name: name, Fixed: func(ver string) bool { return gosemver.Compare(ver, min) >= 0 }}, true
	}
	sys := semver.NPM
	if eco.python() {
		sys = semver.PyPI
	}
	v, err := sys.Parse(min)
	if err != nil || v.IsWildcard() {
		return deps.Target{}, false
	}
	return deps.Target{Name: name, Fixed: func(ver string) bool {
		w, err := sys.Parse(ver)
		return err == nil && w.Compare(v) >= 0
	}}, true
}

// packageOf is the graph's name for a pinned package: for Go, the module
// that holds the package path `go get` names (golang.org/x/net/html →
// golang.org/x/net), the longest module path of the graph it starts with.
func packageOf(eco appEcosystem, g *deps.Graph, name string) string {
	if eco != ecoGo || g == nil {
		return name
	}
	best := ""
	for _, n := range g.Nodes[1:] {
		if (name == n.Name || strings.HasPrefix(name, n.Name+"/")) && len(n.Name) > len(best) {
			best = n.Name
		}
	}
	if best == "" {
		return name
	}
	return best
}

// pythonOf is the Python version of the official python image a stage
// is built on ("3.8" for python:3.8-slim-buster), "" when unknown: the
// requirements' markers and requires_python are read for it.
func pythonOf(in *lint.Instruction) string {
	if in == nil || in.Stage == nil {
		return ""
	}
	img := in.Stage.Root().ImageExpanded
	repo, tag, ok := strings.Cut(img, ":")
	if !ok || path.Base(repo) != "python" {
		return ""
	}
	m := pythonTag.FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	return m[1]
}

var pythonTag = regexp.MustCompile(`^(3\.\d+)(?:[.-]|$)`)
