package rules

import (
	"fmt"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// PackageUpdateAlone flags a RUN that refreshes a package index (apt-get
// update, apk update, dnf makecache, zypper refresh) without using it: a
// later RUN installs from that index, and the build cache keeps reusing
// the layer that holds it long after the mirrors moved on, so installs
// fail or get old versions. The fix, unsafe, moves the update into the
// RUN that installs.
var PackageUpdateAlone = &lint.Rule{
	ID: "DF315", Name: "package-update-alone",
	Aliases:  []string{"DS-0017", "CKV_DOCKER_5"},
	Title:    "Package index updated in a RUN that installs nothing from it",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check:    checkUpdateAlone,
}

// indexUpdate says whether pc refreshes its manager's package index.
// apk update --no-cache writes none: it fetches the index and drops it.
func indexUpdate(pc *lint.PackageCommand) bool {
	switch pc.Family {
	case "apt":
		return pc.VerbIs("update")
	case "apk":
		return pc.VerbIs("update") && !pc.HasOption("--no-cache")
	case "yum":
		return pc.VerbIs("makecache")
	case "zypper":
		return pc.VerbIs("refresh", "ref")
	}
	return false
}

// indexFree reports the subcommands of a family that do not read the
// index an update fetched.
func indexFree(family, verb string) bool {
	switch family {
	case "apt":
		return lint.AptListFree(verb)
	case "yum":
		switch verb {
		case "", "makecache", "clean", "remove", "erase", "rm", "history":
			return true
		}
	case "zypper":
		switch verb {
		case "", "refresh", "ref", "clean", "cc", "remove", "rm", "locks", "al", "addlock", "rl", "removelock":
			return true
		}
	}
	return false
}

// readsIndex says whether pc reads the package index its manager cached:
// apk with --no-cache or --update fetches its own.
func readsIndex(pc *lint.PackageCommand) bool {
	if pc.Family == "apk" {
		return pc.ReadsCachedAPKIndex(false)
	}
	switch pc.Family {
	case "apt", "yum", "zypper":
		return !indexFree(pc.Family, pc.Verb)
	}
	return false
}

func checkUpdateAlone(p *lint.Pass) {
	f := p.File
	// No update subcommand in the text, nothing to parse for.
	keep := func(in *lint.Instruction) bool { return in.MayCall(f, "update", "makecache", "ref") }
	var files *lint.ImageFiles // made on first use
	for in, sc := range f.RunScripts(keep, "apt", "apk", "yum", "dnf", "zypper") {
		pcs := sc.PackageCommands()
		for i := range pcs {
			u := &pcs[i]
			if !indexUpdate(u) || indexCached(f, in, u.Family) || slices.ContainsFunc(pcs[i+1:], func(pc lint.PackageCommand) bool {
				return pc.Family == u.Family && readsIndex(&pc)
			}) || slices.ContainsFunc(sc.Calls(), func(c *syntax.CallExpr) bool {
				return c.Pos().After(u.Call.Pos()) && mayReadIndex(c, u.Family)
			}) {
				continue
			}
			d := lint.Diagnostic{Range: sc.Range(u.Call)}
			next, reader := nextIndexReader(f, in, u.Family)
			if reader == nil && indexRemoved(sc, u) {
				continue // a wasted download, but nothing stale stays behind
			}
			if reader == nil {
				if files == nil {
					files = lint.NewImageFiles(f, p.Context())
				}
				if files.UnseenScriptAfter(in, u.Family, int(u.Call.End().Offset())) != "" {
					continue // a script the file does not show may install
				}
				d.Message = fmt.Sprintf("%s %s: nothing reads the index it downloads, which stays in the layer "+
					"(remove it, or update in the RUN that installs)", u.Manager, u.Verb)
				maybe := laterUnseenScript(f, in, u.Family, files)
				fx, ok := dropUnreadUpdate(f, sc, u)
				switch {
				case ok && maybe != "" && fx.Safe:
					fx.Safe = false
					d.Message += " (needs review: " + maybe + ")"
				case maybe != "":
					d.Message += " (" + maybe + ")"
				}
				if ok {
					d.Fixes = []lint.Fix{fx}
				}
				p.Report(d)
				continue
			}
			d.Message = fmt.Sprintf("%s %s in a RUN that installs nothing from it: %s %s on line %d reads the index cached in this layer, "+
				"which goes stale while the build cache reuses it; update in the same RUN as the install",
				u.Manager, u.Verb, reader.Manager, reader.Verb, next.StartLine)
			if fx, ok := mergeUpdate(f, in, sc, next, u); ok {
				d.Fixes = []lint.Fix{fx}
			}
			p.Report(d)
		}
	}
	for in, u := range f.ExecPackageCommands(nil) {
		if !indexUpdate(u) {
			continue
		}
		next, reader := nextIndexReader(f, in, u.Family)
		if reader == nil {
			p.Report(in.ExecFinding(fmt.Sprintf("%s %s: nothing reads the index it downloads, which stays in the layer", u.Manager, u.Verb),
				"remove it, or update in the RUN that installs"))
			continue
		}
		p.Report(in.ExecFinding(fmt.Sprintf("%s %s in a RUN that installs nothing from it: %s %s on line %d reads the index cached in this layer, "+
			"which goes stale while the build cache reuses it", u.Manager, u.Verb, reader.Manager, reader.Verb, next.StartLine),
			"update in the same RUN as the install"))
	}
}

// dropUnreadUpdate removes an index update nothing reads from its RUN,
// when other commands remain. It is safe unless the RUN first sets up a
// repository or its key: then the update may be there to check it, and
// the build would no longer fail on a broken one.
func dropUnreadUpdate(f *lint.File, sc *lint.Script, u *lint.PackageCommand) (lint.Fix, bool) {
	rm, ok := sc.RemoveCommand(u.Call, nil)
	e := lint.Edit{Range: rm.Range}
	if !ok || rm.Whole || f.EndsHeredoc(e) {
		return lint.Fix{}, false
	}
	fx := lint.Fix{Message: "Remove " + u.Manager + " " + u.Verb, Safe: true, Edits: []lint.Edit{e}}
	before := sc.Text()[:min(int(u.Call.Pos().Offset()), len(sc.Text()))]
	for _, repo := range []string{"sources.list", "/etc/apk/repositories", "add-apt-repository", "apt-key", "gpg", "signed-by", ".repo", "config-manager", "zypper ar", "addrepo", "rpm --import"} {
		if strings.Contains(before, repo) {
			fx.Safe = false
			fx.Message += " (needs review: the RUN sets up a repository first, and the update may be there to check it)"
			break
		}
	}
	return fx, true
}

// indexCached reports a RUN whose cache or tmpfs mount holds the index
// (--mount=type=cache,target=/var/cache/tdnf): it never reaches the
// layer, so it neither stays there nor goes stale under the build cache.
func indexCached(f *lint.File, in *lint.Instruction, family string) bool {
	return slices.ContainsFunc(indexDirs(family), func(dir string) bool { return in.CachesPath(f, dir) })
}

// mayReadIndex reports a call that reads a family's index other than
// through its manager's install: apt-cache; tonistiigi/xx's wrappers for
// cross builds (xx-apt-get, xx-apk), which run the manager; a `sh -c`
// string that runs the manager, which the script's parse does not enter.
func mayReadIndex(call *syntax.CallExpr, family string) bool {
	c := lint.CommandOf(call)
	switch {
	case c.Name == "apt-cache":
		return family == "apt"
	case strings.HasPrefix(c.Name, "xx-"):
		return slices.Contains(familyPrograms(family), strings.TrimSuffix(strings.TrimPrefix(c.Name, "xx-"), "-get"))
	case lint.IsShell(c.Name):
		for i, w := range call.Args[c.At+1:] {
			// -c, alone or in a cluster (-ec, -xc)
			if s, _ := lint.LitWord(w); !strings.HasPrefix(s, "-") || strings.HasPrefix(s, "--") || !strings.Contains(s, "c") {
				continue
			}
			for _, script := range call.Args[c.At+2+i:] {
				for _, prog := range familyPrograms(family) {
					if strings.Contains(lint.WordSource(script), prog) {
						return true
					}
				}
			}
			return false
		}
	}
	return false
}

// familyPrograms are the names a RUN that calls a family's manager
// mentions, for MayCall.
func familyPrograms(family string) []string {
	switch family {
	case "yum":
		return []string{"yum", "dnf"}
	}
	return []string{family}
}

// indexDirs are where a family keeps the index an update downloads.
func indexDirs(family string) []string {
	switch family {
	case "apt":
		return []string{lint.AptListsDir}
	case "apk":
		return []string{lint.APKCacheDir}
	case "yum":
		return lint.RPMCacheDirs()
	case "zypper":
		return []string{lint.ZypperCacheDir}
	}
	return nil
}

// indexRemoved reports an rm, after the update u, of the folder its index
// lands in, or an apt-get dist-clean.
func indexRemoved(sc *lint.Script, u *lint.PackageCommand) bool {
	for _, dir := range indexDirs(u.Family) {
		if sc.Removes(int(u.Call.End().Offset()), dir) {
			return true
		}
	}
	// apt-get dist-clean removes the lists, as a check that a new
	// repository's key works leaves them (tianon's microsoft-edge).
	for _, pc := range sc.PackageCommands() {
		if pc.Family == "apt" && u.Family == "apt" && pc.Call.Pos().After(u.Call.Pos()) && pc.VerbIs("distclean", "dist-clean") {
			return true
		}
	}
	return false
}

// nextIndexReader finds the first later RUN built on in that reads the
// package index of family, and that command; none when a later update of
// the index comes first.
func nextIndexReader(f *lint.File, in *lint.Instruction, family string) (*lint.Instruction, *lint.PackageCommand) {
	for _, x := range f.BuiltOn(in) {
		if !x.IsRun() || !x.MayCall(f, familyPrograms(family)...) {
			continue
		}
		var pcs []lint.PackageCommand
		if pc, ok := x.ExecPackageCommand(); ok {
			pcs = []lint.PackageCommand{*pc}
		} else if sc := x.Shell(f); sc != nil {
			pcs = sc.PackageCommands()
		} else {
			continue
		}
		for i := range pcs {
			switch {
			case pcs[i].Family != family:
			case indexUpdate(&pcs[i]):
				return nil, nil
			case readsIndex(&pcs[i]):
				return x, &pcs[i]
			}
		}
	}
	return nil, nil
}

// laterUnseenScript names a RUN built on in that runs, before the family's
// index is updated again, a script the Dockerfile does not show that may
// read the index (RUN /install.sh, which runs apt-get install): "" when
// none does. DF313 asks the same of apt's lists (aptListsNeeded).
func laterUnseenScript(f *lint.File, in *lint.Instruction, family string, files *lint.ImageFiles) string {
	for _, x := range f.BuiltOn(in) {
		if !x.IsRun() {
			continue
		}
		if script := files.UnseenScript(x, family); script != "" {
			return fmt.Sprintf("the RUN on line %d runs %s, which may read it", x.StartLine, script)
		}
		if sc := x.Shell(f); sc != nil && x.MayCall(f, familyPrograms(family)...) &&
			slices.ContainsFunc(sc.PackageCommands(), func(pc lint.PackageCommand) bool { return pc.Family == family && indexUpdate(&pc) }) {
			return "" // what comes after reads that update's index
		}
	}
	return ""
}

// mergeUpdate moves a RUN that is only the update into the RUN right after
// it, which reads the index: `RUN apt-get update` + `RUN apt-get install …`
// become `RUN apt-get update && apt-get install …`. Unsafe: the install
// now gets a fresh index on every build, and with it newer packages. It
// applies when both RUNs are plain shell forms without flags, the install
// RUN comes next in the stage, and its script is one command or one chain
// of && (so that a failed update still fails it).
func mergeUpdate(f *lint.File, in *lint.Instruction, sc *lint.Script, next *lint.Instruction, u *lint.PackageCommand) (lint.Fix, bool) {
	if in.Keyword != "RUN" || next.Keyword != "RUN" || len(in.Flags) > 0 || len(next.Flags) > 0 ||
		len(in.Heredocs) > 0 || len(next.Heredocs) > 0 || next.Index != in.Index+1 || next.Stage != in.Stage {
		return lint.Fix{}, false
	}
	if len(sc.File.Stmts) != 1 || sc.File.Stmts[0].Cmd != u.Call {
		return lint.Fix{}, false
	}
	nsc := next.Shell(f)
	if nsc == nil || len(nsc.File.Stmts) != 1 {
		return lint.Fix{}, false
	}
	first := nsc.File.Stmts[0]
	if b, ok := first.Cmd.(*syntax.BinaryCmd); ok && !onlyAnd(b) || first.Background || first.Semicolon.IsValid() {
		return lint.Fix{}, false
	}
	st := sc.File.Stmts[0]
	update := sc.Text()[st.Pos().Offset():st.End().Offset()]
	at := nsc.Range(first).Start
	return lint.Fix{
		Message: "Move " + update + " into the RUN on line " + fmt.Sprint(next.StartLine) + " (unsafe: each build then installs from a fresh index, so newer packages)",
		Edits: []lint.Edit{
			{Range: in.Lines},
			{Range: lint.Range{Start: at, End: at}, New: update + " && "},
		},
	}, true
}

// onlyAnd reports whether a chain of commands is joined by && alone.
func onlyAnd(b *syntax.BinaryCmd) bool {
	if b.Op != syntax.AndStmt {
		return false
	}
	for _, side := range []*syntax.Stmt{b.X, b.Y} {
		if sb, ok := side.Cmd.(*syntax.BinaryCmd); ok && !onlyAnd(sb) {
			return false
		}
	}
	return true
}
