package rules

import (
	"fmt"

	"github.com/dockerfix/dockerfix/lint"
)

// ApkWithoutNoCache flags apk add and apk upgrade without --no-cache: the
// package index they use (fetched by apk update or --update) stays in
// /var/cache/apk in the layer. The fix adds --no-cache, and drops an apk
// update of the same RUN, whose index --no-cache makes unnecessary.
var ApkWithoutNoCache = &lint.Rule{
	ID: "DF316", Name: "apk-without-no-cache",
	Aliases:  []string{"DL3019"},
	Title:    "apk add without --no-cache leaves the package index in the layer",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
	Check:    checkApkCache,
}

const apkCache = "/var/cache/apk"

func checkApkCache(p *lint.Pass) {
	f := p.File
	for in, sc := range f.RunScripts("apk") {
		if in.Keyword != "ONBUILD" && !f.InFinalImage(in.Stage) || cachesPath(in, apkCache) {
			continue
		}
		pcs := sc.PackageCommands()
		dropped := false // the first finding's fix drops the apk updates before it
		for i := range pcs {
			pc := &pcs[i]
			if pc.Family != "apk" || !pc.VerbIs("add", "upgrade") || pc.HasOption("--no-cache") ||
				sc.Removes(int(pc.Call.End().Offset()), apkCache) {
				continue
			}
			d := lint.Diagnostic{
				Range:   sc.Range(pc.Call.Args[pc.At]),
				Message: fmt.Sprintf("apk %s without --no-cache leaves the package index in %s in the layer", pc.Verb, apkCache),
			}
			fx := lint.Fix{Message: "Add --no-cache", Safe: true,
				Edits: []lint.Edit{sc.InsertAfter(pc.VerbWord(), " --no-cache")}}
			if !dropped {
				dropped = true
				updates, why, ok := dropApkUpdates(f, in, sc, pcs[:i])
				switch {
				case !ok:
					d.Message += " (remove the apk update before it by hand: it writes the index there)"
				case len(updates) > 0:
					fx.Message = "Add --no-cache and remove apk update"
					fx.Edits = append(fx.Edits, updates...)
					if why != "" {
						fx.Safe = false
						d.Message += " (needs review: " + why + ")"
					}
				}
			}
			d.Fixes = []lint.Fix{fx}
			p.Report(d)
		}
	}
}

// dropApkUpdates returns the edits that remove the apk update commands
// among before, whose index --no-cache makes unnecessary, and why that may
// break a later step: another apk command of the RUN, or a later RUN
// built on it, that reads the index without fetching its own. ok is false
// when an update cannot be removed mechanically (it sits in an ||, a
// pipeline, an if …).
func dropApkUpdates(f *lint.File, in *lint.Instruction, sc *lint.Script, before []lint.PackageCommand) (edits []lint.Edit, why string, ok bool) {
	last := -1
	for i := range before {
		if before[i].Family == "apk" && before[i].VerbIs("update") {
			e, ok := sc.RemoveCommand(f, before[i].Call)
			if !ok {
				return nil, "", false
			}
			edits = append(edits, e)
			last = i
		}
	}
	if last < 0 {
		return nil, "", true
	}
	for _, pc := range sc.PackageCommands() {
		if pc.Call.Pos().After(before[last].Call.Pos()) && apkReadsCachedIndex(&pc, true) {
			return edits, fmt.Sprintf("apk %s in this RUN reads the index apk update writes", pc.Verb), true
		}
	}
	for _, x := range f.BuiltOn(in) {
		if !x.IsRun() || x.JSON || !x.MayCall(f, "apk") {
			continue
		}
		sc := x.Shell(f)
		if sc == nil {
			return edits, fmt.Sprintf("the RUN on line %d may read the index apk update writes", x.StartLine), true
		}
		for _, pc := range sc.PackageCommands() {
			if pc.Family == "apk" && pc.VerbIs("update") {
				break
			}
			if apkReadsCachedIndex(&pc, false) {
				return edits, fmt.Sprintf("the RUN on line %d runs apk %s, which reads the index apk update writes", x.StartLine, pc.Verb), true
			}
		}
	}
	return edits, "", true
}

// apkReadsCachedIndex says whether an apk command reads the index in
// /var/cache/apk: any subcommand but del, update and cache, unless it
// fetches its own (--no-cache, --update, -U). An add or upgrade in the
// same RUN does not count: it gets --no-cache from its own finding, in the
// same round of fixes. In a later RUN it counts until it has its own.
func apkReadsCachedIndex(pc *lint.PackageCommand, sameRun bool) bool {
	if pc.Family != "apk" || pc.VerbIs("", "del", "update", "cache", "stats") {
		return false
	}
	if sameRun && pc.VerbIs("add", "upgrade") {
		return false
	}
	return !pc.HasOption("--no-cache", "--update", "-U", "--update-cache")
}
