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

	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/deps/npm"
	"github.com/dockerfix/dockerfix/internal/deps/pypi"
	"github.com/dockerfix/dockerfix/lint"
)

// This file is what DF302 and DF303 share: the application manifests a
// stage copies and installs from, the RUN pins after them, and the fix
// that bumps the direct dependency instead (package deps).

// appProject is an application manifest a stage copies in: npm's
// package.json, or a pip requirements file (its own lockfile).
type appProject struct {
	eco      string            // the OSV ecosystem: "npm" or "PyPI"
	manifest string            // build-context path: "package.json", "app/requirements.txt"
	copy     *lint.Instruction // the COPY that brings the manifest in
	lockCopy *lint.Instruction // the COPY that brings the lockfile in; nil when none does
	install  *lint.Instruction // the first later RUN that installs from it; nil when none
	omitDev  bool              // that install leaves development dependencies out
}

// appPin is a later RUN command that installs single packages of the
// app's ecosystem at a version.
type appPin struct {
	in   *lint.Instruction
	cmd  lint.PackageCommand
	pkgs []lint.PackageArg // the operands that pin a version
}

// appProjects returns the npm projects the stage copies, in order, then
// the requirements files it copies and installs with pip install -r.
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
					proj = &appProject{eco: "npm", manifest: c.manifest, copy: in}
					byManifest[c.manifest] = proj
					out = append(out, proj)
				}
				if c.lock && proj.lockCopy == nil {
					proj.lockCopy = in
				}
			}
		case "RUN":
			s := in.Shell(p.File)
			if s == nil {
				continue
			}
			for _, pc := range s.PackageCommands() {
				if pc.Family == "pip" {
					for _, proj := range pipRequirements(p, copies, in, pc) {
						if byManifest[proj.manifest] == nil {
							byManifest[proj.manifest] = proj
							pipProjects = append(pipProjects, proj)
						}
					}
					continue
				}
				if !installsFromManifest(pc) {
					continue
				}
				for _, proj := range out {
					if proj.install == nil {
						proj.install = in
						proj.omitDev = omitsDev(pc)
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
					found = &appProject{eco: "PyPI", manifest: manifest, copy: copies[i], lockCopy: copies[i], install: run}
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
	manifest string
	lock     bool // its lockfile comes too
}

// copiedManifests reads a COPY's sources: package.json, a glob matching
// it (package*.json), or a directory ("." or "app/") whose package.json
// the build context has.
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
		if dirCopy {
			m := path.Join(src, "package.json")
			if src == "." && p.Env.Context == nil || contextHas(p, m) {
				out = append(out, copied{manifest: m, lock: true})
			}
			continue
		}
		dir, base := path.Split(src)
		if ok, _ := path.Match(base, "package.json"); ok {
			lock := false
			for _, l := range npm.Lockfiles {
				if ok, _ := path.Match(base, l); ok {
					lock = true
				}
			}
			out = append(out, copied{manifest: path.Join(dir, "package.json"), lock: lock})
			continue
		}
		for _, l := range npm.Lockfiles {
			if ok, _ := path.Match(base, l); ok {
				out = append(out, copied{manifest: path.Join(dir, "package.json"), lock: true})
			}
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
	if p.Env.Context == nil {
		return false
	}
	_, err := p.Env.Context.ReadFile(name)
	return err == nil
}

// installsFromManifest: npm ci, npm install with no package operand, yarn
// (install).
func installsFromManifest(pc lint.PackageCommand) bool {
	switch pc.Family {
	case "npm":
		switch pc.Verb {
		case "ci", "clean-install", "install", "i", "add":
			return len(pc.Packages()) == 0 && !globalInstall(pc)
		}
	case "yarn":
		return (pc.Verb == "" || pc.Verb == "install") && len(pc.Packages()) == 0
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

// appPins returns the RUN commands after proj's install that install
// single packages of its ecosystem at a version into the app (not
// globally, and not pip's own tools).
func appPins(p *lint.Pass, st *lint.Stage, proj *appProject) []appPin {
	if proj.install == nil {
		return nil
	}
	var out []appPin
	for _, in := range st.Instructions {
		if in.Keyword != "RUN" || in.Index <= proj.install.Index {
			continue
		}
		s := in.Shell(p.File)
		if s == nil {
			continue
		}
		for _, pc := range s.PackageCommands() {
			switch proj.eco {
			case "npm":
				if pc.Family != "npm" && pc.Family != "yarn" || !pc.Installs() || globalInstall(pc) {
					continue
				}
			case "PyPI":
				if pc.Family != "pip" || !pc.Installs() {
					continue
				}
			}
			var pinned []lint.PackageArg
			for _, a := range pc.Packages() {
				if a.Version != "" && !(proj.eco == "PyPI" && pipTool(a.Name)) {
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
		edits = append(edits, lint.Edit{Path: e.Path, Range: lint.Range{Start: e.Start, End: e.End}, New: e.New})
	}
	names := map[string]bool{}
	for _, t := range targets {
		names[t.Name] = true
	}
	dropped := 0
	for _, pin := range pins {
		if e, ok := pinRemoval(p.File, pin, names); ok {
			edits = append(edits, e...)
			dropped++
		}
	}
	if len(edits) == 0 {
		return appFix{plan: plan}
	}
	msg := capitalize(plan.Describe())
	if len(plan.Upgrades) > 0 {
		msg += " in " + project.Graph().Manifest
	}
	if len(plan.Edits) > 0 {
		msg += fmt.Sprintf(" (%s locks %s)", project.Graph().Lockfile, lockedList(plan.Fixed))
	}
	if dropped > 0 {
		msg += " and drop the RUN pin"
		if dropped > 1 {
			msg += "s"
		}
	}
	if len(plan.Edits) == 0 {
		msg = fmt.Sprintf("Drop the RUN pin (%s already locks %s)", project.Graph().Lockfile, lockedList(plan.Fixed))
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
func pinRemoval(f *lint.File, pin appPin, targets map[string]bool) ([]lint.Edit, bool) {
	for _, a := range pin.cmd.Packages() {
		if a.Version == "" || !targets[a.Name] {
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

var advisoryID = regexp.MustCompile(`\b(CVE-\d{4}-\d+|GHSA(-[0-9a-z]{4}){3})\b`)

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
	if p.Env.Context == nil {
		return nil, ""
	}
	var eco deps.Ecosystem
	switch proj.eco {
	case "PyPI":
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
	project, err := eco.Load(p.Env.Context, proj.manifest)
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
// ecosystem eco; ok is false when the pin is no plain version.
func atLeast(eco, name, min string) (deps.Target, bool) {
	sys := semver.NPM
	if eco == "PyPI" {
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
