package rules

import (
	"fmt"
	"slices"

	"github.com/dockerfix/dockerfix/lint"
)

// ApkWithoutNoCache flags apk add and apk upgrade without --no-cache: the
// package index they use (fetched by apk update or --update) stays in
// /var/cache/apk in the layer. The fix adds --no-cache, and drops an apk
// update of the same RUN, whose index --no-cache makes unnecessary.
var ApkWithoutNoCache = &lint.Rule{
	ID: "DF316", Name: "apk-without-no-cache",
	Aliases:  []string{"DL3019", "DS-0025"},
	Title:    "apk add without --no-cache leaves the package index in the layer",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
	Check:    checkApkCache,
}

func checkApkCache(p *lint.Pass) {
	f := p.File
	keep := func(in *lint.Instruction) bool {
		return f.Ships(in) && !in.CachesPath(f, lint.APKCacheDir) && !in.CachesPath(f, lint.APKCacheLink)
	}
	var files *lint.ImageFiles // the scripts later RUNs run, read on first need
	for in, sc := range f.RunScripts(keep, "apk") {
		pcs := sc.PackageCommands()
		dropped := false // the first finding's fix drops the apk updates before it
		for i := range pcs {
			pc := &pcs[i]
			// --no-network: apk works from what is installed, fetches and
			// writes no index (docker-library's `apk add --no-network
			// --virtual .rundeps so:…`).
			if pc.Family != "apk" || !pc.VerbIs("add", "upgrade") || pc.HasOption("--no-cache", "--no-network") ||
				sc.Removes(int(pc.Call.End().Offset()), lint.APKCacheDir) {
				continue
			}
			updateAt := slices.IndexFunc(pcs[:i], func(u lint.PackageCommand) bool { return u.Family == "apk" && u.VerbIs("update") })
			updated := updateAt >= 0
			writes := pc.APKFetchesIndex()
			if pc.VerbIs("upgrade") && !writes && !updated {
				// It upgrades from an index an earlier step cached, or from
				// none at all; with --no-cache it would fetch one and
				// upgrade what it did not before.
				continue
			}
			d := lint.Diagnostic{
				Range:   sc.Range(pc.Call.Args[pc.At]),
				Message: fmt.Sprintf("apk %s without --no-cache leaves the package index in %s in the layer", pc.Verb, lint.APKCacheDir),
			}
			fx := lint.Fix{Message: "Add --no-cache", Safe: true,
				Edits: []lint.Edit{sc.InsertAfter(pc.VerbWord(), " --no-cache")}}
			var updates []lint.Edit
			removable := true
			from := pc // where the index stops being written
			if !dropped && updated {
				dropped = true
				updates, removable = apkUpdateRemovals(f, sc, pcs[:i])
				if len(updates) > 0 {
					// The commands between the update and pc lose it too.
					from = &pcs[updateAt]
				}
			}
			switch {
			case !removable:
				d.Message += " (remove the apk update before it by hand: it writes the index there)"
			case len(updates) > 0:
				fx.Message = "Add --no-cache and remove apk update"
				fx.Edits = append(fx.Edits, updates...)
			}
			// Once it stops writing the index, who read it?
			if writes || len(updates) > 0 {
				if files == nil {
					files = lint.NewImageFiles(f, p.Context())
				}
				switch why, reader := apkIndexReadAfter(f, in, sc, from, files); {
				case why != "" && (reader == nil || reader.VerbIs("add", "upgrade")):
					// The reader gets --no-cache from its own finding, or
					// is a script that may run apk.
					fx.Safe = false
					d.Message += " (needs review: " + why + ")"
				case why != "":
					// Nothing fixes the reader: the fix would break it.
					d.Message += " (no fix: " + why + ")"
					p.Report(d)
					continue
				}
			}
			if rel, ok := p.OSRelease(in.Stage); ok && rel.Before("alpine", "3.3") {
				// apk-tools 2.6 (Alpine 3.3) brought --no-cache.
				fx.Safe = false
				d.Message += " (needs review: the apk of " + rel.String() + " predates --no-cache, which came with Alpine 3.3)"
			}
			d.Fixes = []lint.Fix{fx}
			p.Report(d)
		}
	}
	for in, pc := range f.ExecPackageCommands(keep) {
		if pc.Family == "apk" && pc.VerbIs("add") && !pc.HasOption("--no-cache", "--no-network") ||
			pc.Family == "apk" && pc.VerbIs("upgrade") && pc.APKFetchesIndex() && !pc.HasOption("--no-cache") {
			p.Report(in.ExecFinding(fmt.Sprintf("apk %s without --no-cache leaves the package index in %s in the layer", pc.Verb, lint.APKCacheDir),
				"add --no-cache to the array by hand"))
		}
	}
}

// apkUpdateRemovals returns the edits that remove the apk update commands
// among before, whose index --no-cache makes unnecessary. ok is false when
// one cannot be removed mechanically (it sits in an ||, a pipeline, an
// if …).
func apkUpdateRemovals(f *lint.File, sc *lint.Script, before []lint.PackageCommand) (edits []lint.Edit, ok bool) {
	for i := range before {
		if before[i].Family == "apk" && before[i].VerbIs("update") {
			rm, ok := sc.RemoveCommand(before[i].Call, nil)
			e := lint.Edit{Range: rm.Range}
			if !ok || rm.Whole || f.EndsHeredoc(e) {
				return nil, false // the script's only command, or a heredoc's end
			}
			edits = append(edits, e)
		}
	}
	return edits, true
}

// apkIndexReadAfter says which step reads the index in /var/cache/apk
// that pc writes (pc: the add, or the apk update the fix removes), once
// the fix keeps it out of the cache, and returns that command: a later apk
// command of the RUN, or of a later RUN built on it, that does not fetch
// its own. reader is nil when the step is a script the Dockerfile does not
// show, which may run apk (lint.ImageFiles.UnseenScript). why is "" when
// none does.
func apkIndexReadAfter(f *lint.File, in *lint.Instruction, sc *lint.Script, pc *lint.PackageCommand, files *lint.ImageFiles) (why string, reader *lint.PackageCommand) {
	pcs := sc.PackageCommands()
	for i := range pcs {
		if pcs[i].Call.Pos().After(pc.Call.Pos()) && pcs[i].ReadsCachedAPKIndex(true) {
			return fmt.Sprintf("apk %s in this RUN reads the index apk writes there", pcs[i].Verb), &pcs[i]
		}
	}
	if script := files.UnseenScriptAfter(in, "apk", int(pc.Call.End().Offset())); script != "" {
		return fmt.Sprintf("this RUN then runs %s, which may read the index apk writes there", script), nil
	}
	for _, x := range f.BuiltOn(in) {
		if !x.IsRun() {
			continue
		}
		if script := files.UnseenScript(x, "apk"); script != "" {
			return fmt.Sprintf("the RUN on line %d runs %s, which may read the index apk writes there", x.StartLine, script), nil
		}
		if x.JSON || !x.MayCall(f, "apk") {
			continue
		}
		sc := x.Shell(f)
		if sc == nil {
			return fmt.Sprintf("the RUN on line %d may read the index apk writes there", x.StartLine), &lint.PackageCommand{VerbAt: -1}
		}
		later := sc.PackageCommands()
		for i := range later {
			if later[i].Family == "apk" && (later[i].VerbIs("update") || later[i].APKFetchesIndex()) {
				return "", nil // the index after it is its own
			}
			if later[i].ReadsCachedAPKIndex(false) {
				return fmt.Sprintf("the RUN on line %d runs apk %s, which reads the index apk writes there", x.StartLine, later[i].Verb), &later[i]
			}
		}
	}
	return "", nil
}
