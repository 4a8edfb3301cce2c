package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// AptInsteadOfAptGet flags apt in a RUN: apt is the interactive front end,
// whose output and behaviour may change between releases ("apt does not
// have a stable CLI interface"); scripts call apt-get and apt-cache. The
// fix renames the command where apt-get's subcommand does the same.
var AptInsteadOfAptGet = &lint.Rule{
	ID: "DF314", Name: "apt-instead-of-apt-get",
	Aliases:  []string{"DL3027", "CKV_DOCKER_9"},
	Title:    "Use apt-get (or apt-cache) in scripts, not apt",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check:    checkAptCLI,
}

// aptSameVerb reports the apt subcommands that apt-get runs alike.
func aptSameVerb(verb string) bool {
	switch verb {
	case "install", "update", "remove", "purge", "autoremove", "clean", "autoclean", "build-dep", "source",
		"download", "changelog", "satisfy":
		return true
	}
	return false
}

func checkAptCLI(p *lint.Pass) {
	for _, sc := range p.File.RunScripts(nil, "apt") {
		for _, pc := range sc.PackageCommands() {
			if pc.Manager != "apt" {
				continue
			}
			word := pc.Call.Args[pc.At]
			d := lint.Diagnostic{Range: sc.Range(word)}
			rename, ok := aptGetWord(p.File, sc, &pc)
			switch {
			case !ok:
				d.Message = "apt is meant for people, not scripts: its output and behaviour may change; use apt-get or apt-cache"
			case pc.VerbAt >= 0 && aptSameVerb(pc.Verb):
				d.Message = fmt.Sprintf("apt %s in a script: use apt-get %s, which does the same with a stable interface", pc.Verb, pc.Verb)
				d.Fixes = []lint.Fix{{Message: "Use apt-get", Safe: true, Edits: []lint.Edit{rename}}}
			case pc.VerbIs("full-upgrade"):
				d.Message = "apt full-upgrade in a script: use apt-get dist-upgrade, which does the same with a stable interface"
				d.Fixes = []lint.Fix{{Message: "Use apt-get dist-upgrade", Safe: true, Edits: []lint.Edit{rename,
					{Range: sc.Range(pc.VerbWord()), New: "dist-upgrade"}}}}
			case pc.VerbIs("upgrade"):
				// apt upgrade installs new dependencies, apt-get upgrade holds
				// such packages back unless told otherwise.
				d.Message = "apt upgrade in a script: use apt-get upgrade --with-new-pkgs, which does the same " +
					"(needs review: apt-get before 1.1, in Debian 8 and Ubuntu 14.04, lacks --with-new-pkgs)"
				d.Fixes = []lint.Fix{{Message: "Use apt-get upgrade --with-new-pkgs", Safe: false, Edits: []lint.Edit{rename,
					sc.InsertAfter(pc.VerbWord(), " --with-new-pkgs")}}}
			default:
				d.Message = "apt is meant for people, not scripts: its output and behaviour may change; use apt-get or apt-cache"
				if pc.Verb != "" {
					d.Message = fmt.Sprintf("apt %s is meant for people, not scripts: its output may change; use apt-cache or apt-get", pc.Verb)
				}
			}
			p.Report(d)
		}
	}
	for in, pc := range p.File.ExecPackageCommands(nil) {
		if pc.Manager != "apt" {
			continue
		}
		switch {
		case pc.VerbIs("full-upgrade"):
			p.Report(in.ExecFinding("apt full-upgrade in a script: use apt-get dist-upgrade, which does the same with a stable interface",
				"write apt-get dist-upgrade in the array by hand"))
		case pc.VerbIs("upgrade"):
			p.Report(in.ExecFinding("apt upgrade in a script: use apt-get upgrade --with-new-pkgs, which does the same",
				"write it in the array by hand"))
		case pc.VerbAt >= 0 && aptSameVerb(pc.Verb):
			p.Report(in.ExecFinding(fmt.Sprintf("apt %s in a script: use apt-get %s, which does the same with a stable interface", pc.Verb, pc.Verb),
				"write apt-get in the array by hand"))
		case pc.Verb != "":
			p.Report(in.ExecFinding(fmt.Sprintf("apt %s is meant for people, not scripts: its output may change; use apt-cache or apt-get", pc.Verb),
				"write it in the array by hand"))
		default:
			p.Report(in.ExecFinding("apt is meant for people, not scripts: its output and behaviour may change; use apt-get or apt-cache",
				"write it in the array by hand"))
		}
	}
}

// aptGetWord is the edit that turns the apt word of pc into apt-get, when
// the word is written plainly (apt, /usr/bin/apt).
func aptGetWord(f *lint.File, sc *lint.Script, pc *lint.PackageCommand) (lint.Edit, bool) {
	w := pc.Call.Args[pc.At]
	r := sc.Range(w)
	text := f.Text(r)
	if !strings.HasSuffix(text, "apt") || strings.ContainsAny(text, `'"\$`) {
		return lint.Edit{}, false
	}
	return lint.Edit{Range: r, New: text + "-get"}, true
}
