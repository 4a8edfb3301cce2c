package rules

import (
	"fmt"
	"path"
	"slices"

	"github.com/dockerfix/dockerfix/lint"
)

// AptListsNotRemoved flags a RUN that runs apt-get update and leaves the
// package lists it downloads (tens of megabytes) in its layer. The fix
// appends `&& rm -rf /var/lib/apt/lists/*` to the RUN.
var AptListsNotRemoved = &lint.Rule{
	ID: "DF313", Name: "apt-lists-not-removed",
	Aliases:  []string{"DL3009"},
	Title:    "apt lists are not removed in the RUN that downloads them",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
	Check:    checkAptLists,
}

func checkAptLists(p *lint.Pass) {
	f := p.File
	keep := func(in *lint.Instruction) bool { return f.Ships(in) && !in.CachesPath(f, lint.AptListsDir) }
	var files *lint.ImageFiles // the scripts later RUNs run, read on first need
	for in, sc := range f.RunScripts(keep, "apt") {
		pcs := sc.PackageCommands()
		update := -1
		for i := range pcs {
			if pcs[i].Family == "apt" && pcs[i].VerbIs("update") {
				update = i
			}
		}
		if update < 0 || !slices.ContainsFunc(pcs, func(pc lint.PackageCommand) bool {
			return pc.Family == "apt" && !lint.AptListFree(pc.Verb)
		}) {
			continue // nothing reads the lists: an update alone is DF315's
		}
		u := &pcs[update]
		after := int(u.Call.End().Offset())
		if sc.Removes(after, lint.AptListsDir) || slices.ContainsFunc(pcs[update+1:], func(pc lint.PackageCommand) bool {
			return pc.Family == "apt" && pc.VerbIs("distclean", "dist-clean")
		}) {
			continue
		}
		if files == nil {
			files = lint.NewImageFiles(f, p.Context())
		}
		d := lint.Diagnostic{
			Range:   sc.Range(u.Call),
			Message: fmt.Sprintf("%s update leaves the package lists in the layer: remove %s/* in the same RUN", u.Manager, lint.AptListsDir),
		}
		// A cleanup script after the update: one that names the lists
		// removes them; one the build context does not show may.
		if mentions, unread := files.ScriptsAfter(in, lint.AptListsDir, after); mentions {
			continue
		} else if len(unread) > 0 {
			d.Message += " (unless " + unread[len(unread)-1] + ", which runs after it, removes them)"
		}
		cmd := "rm -rf " + lint.AptListsDir + "/*"
		if u.Sudo {
			cmd = "sudo " + cmd
		}
		// Removing lists a later step reads breaks that step: no fix then,
		// rather than an unsafe one that is sure to fail.
		sure, maybe := aptListsNeeded(f, in, files)
		if sure != "" {
			d.Message += " (no fix: " + sure + "; run apt-get update there too)"
			p.Report(d)
			continue
		}
		if e, ok := sc.AppendCommand(f, in, cmd); ok {
			fx := lint.Fix{Message: "Append " + cmd, Safe: true, Edits: []lint.Edit{e}}
			switch {
			case in.Keyword == "ONBUILD":
				fx.Safe = false
				d.Message += " (needs review: this ONBUILD runs in images built from this one, whose later steps may read the lists)"
			case maybe != "":
				fx.Safe = false
				d.Message += " (needs review: " + maybe + ")"
			}
			d.Fixes = []lint.Fix{fx}
		}
		p.Report(d)
	}
}

// aptListsNeeded says which later step relies on the package lists that
// in leaves behind: sure, a RUN built on it that reads them (apt-get
// install, apt-cache policy …) before running apt-get update itself; maybe,
// one that first runs a script the Dockerfile does not show (./install.sh,
// bash setup.sh) and that files cannot read, or that mentions apt. Both
// are "" when no step does.
func aptListsNeeded(f *lint.File, in *lint.Instruction, files *lint.ImageFiles) (sure, maybe string) {
	for _, x := range f.BuiltOn(in) {
		if !x.IsRun() {
			continue
		}
		where := fmt.Sprintf("the RUN on line %d", x.StartLine)
		if maybe == "" {
			if script := files.UnseenScript(x, "apt"); script != "" {
				maybe = where + " runs " + script + ", which may read them"
			}
		}
		if !x.MayCall(f, "apt") {
			continue
		}
		if x.JSON {
			if args := x.Args(); len(args) > 1 && isAptProgram(path.Base(args[0].Text)) && !lint.AptListFree(args[1].Text) {
				return where + " reads them", maybe
			}
			continue
		}
		sc := x.Shell(f)
		if sc == nil {
			return where + " may read them", maybe
		}
		what, updates := aptListsRead(sc)
		if what != "" {
			return where + " runs " + what + " before any apt-get update and reads them", maybe
		}
		if updates {
			return "", maybe // the lists after it are its own
		}
	}
	return "", maybe
}

// aptListsRead names the first command of a script that reads the package
// lists before the script runs apt-get update itself ("" when none does),
// and says whether the script runs apt-get update.
func aptListsRead(sc *lint.Script) (reader string, updates bool) {
	pcs := sc.PackageCommands()
	for _, call := range sc.Calls() {
		c := lint.CommandOf(call)
		if c.Name == "apt-cache" {
			return "apt-cache", false
		}
		for _, pc := range pcs {
			switch {
			case pc.Call != call || pc.Family != "apt":
			case pc.VerbIs("update"):
				return "", true
			case !lint.AptListFree(pc.Verb):
				return pc.Manager + " " + pc.Verb, false
			}
		}
	}
	return "", false
}

func isAptProgram(name string) bool {
	return name == "apt-get" || name == "apt" || name == "aptitude" || name == "apt-cache"
}
