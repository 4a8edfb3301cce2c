package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// PackageManagerWithoutYes flags package manager calls that may stop at a
// confirmation prompt: a build has no one to answer it, so the prompt
// reads end of input and the command aborts. The fix adds -y (zypper:
// --non-interactive before the command).
var PackageManagerWithoutYes = &lint.Rule{
	ID: "DF311", Name: "package-manager-without-yes",
	Aliases:  []string{"DL3014", "DL3030", "DL3038", "DL3034", "DS-0021"},
	Title:    "Package manager may stop at a confirmation prompt (add -y)",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check:    checkAssumeYes,
}

// The subcommands that ask for confirmation before they change anything,
// by manager.
func aptPromptVerb(verb string) bool {
	switch verb {
	case "install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove", "autopurge",
		"build-dep", "reinstall", "satisfy", "safe-upgrade":
		return true
	}
	return false
}

func yumPromptVerb(verb string) bool {
	switch verb {
	case "install", "in", "groupinstall", "localinstall", "update", "upgrade", "up", "update-minimal",
		"upgrade-minimal", "up-min", "remove", "erase", "rm", "reinstall", "rei", "downgrade", "distro-sync",
		"distrosync", "dsync", "autoremove", "swap", "builddep":
		return true
	}
	return false
}

// yumSubPromptVerb: the yum/dnf group and module subcommands that change
// packages.
func yumSubPromptVerb(verb string) bool {
	switch verb {
	case "install", "remove", "upgrade", "update", "enable", "disable", "reset", "switch-to":
		return true
	}
	return false
}

func zypperPromptVerb(verb string) bool {
	switch verb {
	case "install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up", "dist-upgrade", "dup",
		"install-new-recommends", "inr", "removeptf", "rmptf":
		return true
	}
	return false
}

// zypperNameVerb: the zypper subcommands whose own -n means --name, not
// --non-interactive.
func zypperNameVerb(verb string) bool {
	switch verb {
	case "install", "in", "remove", "rm", "removeptf", "rmptf":
		return true
	}
	return false
}

func checkAssumeYes(p *lint.Pass) {
	f := p.File
	for in, sc := range f.RunScripts(nil, "apt", "yum", "dnf", "zypper") {
		for _, pc := range sc.PackageCommands() {
			var d lint.Diagnostic
			var ok bool
			switch pc.Family {
			case "apt":
				d, ok = aptWithoutYes(f, in, sc, &pc)
			case "yum":
				d, ok = yumWithoutYes(f, in, sc, &pc)
			case "zypper":
				d, ok = zypperWithoutYes(sc, &pc)
			}
			if !ok {
				continue
			}
			if why, ignored := f.FailureIgnored(in, sc, pc.Call); ignored {
				failureIgnored(&d, why)
			}
			p.Report(d)
		}
	}
	for in, pc := range f.ExecPackageCommands(nil) {
		yes, need := "-y", false
		switch pc.Family {
		case "apt":
			need = aptNeedsYes(f, in, pc)
		case "yum":
			need = yumNeedsYes(f, in, pc)
		case "zypper":
			yes = "--non-interactive"
			need, _ = zypperNeedsYes(pc)
		}
		if need {
			p.Report(in.ExecFinding(fmt.Sprintf("%s %s without %s may stop at a confirmation prompt%s",
				pc.Manager, pc.Verb, yes, promptFails), "add "+yes+" to the array by hand"))
		}
	}
}

func aptWithoutYes(f *lint.File, in *lint.Instruction, sc *lint.Script, pc *lint.PackageCommand) (lint.Diagnostic, bool) {
	if !aptNeedsYes(f, in, pc) {
		return lint.Diagnostic{}, false
	}
	return yesDiagnostic(sc, pc, "-y"), true
}

// aptNeedsYes reports an apt call that may ask for confirmation.
func aptNeedsYes(f *lint.File, in *lint.Instruction, pc *lint.PackageCommand) bool {
	if pc.VerbAt < 0 || !aptPromptVerb(pc.Verb) || pc.HasOption("-y", "--yes", "--assume-yes") || aptQuietLevel(pc) >= 2 {
		return false
	}
	// A simulation changes nothing and asks nothing: postgres' image runs
	// `apt-get install -s pkg` to see whether a package exists.
	if pc.HasOption("-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act") {
		return false
	}
	// -o APT::Get::Assume-Yes=true here, or that setting in a file an
	// earlier step (or this one) wrote.
	for _, o := range pc.Options {
		if (o.Name == "-o" || o.Name == "--option") && strings.HasPrefix(strings.ToLower(o.Value), "apt::get::assume-yes=") {
			return false
		}
	}
	return !f.MentionedBefore(in, "apt::get::assume-yes", lint.NotAssigned("apt::get::assume-yes"))
}

// aptQuietLevel counts -q, -qq, -q=2, --quiet and --quiet=2: apt-get's
// quiet level 2 implies -y.
func aptQuietLevel(pc *lint.PackageCommand) int {
	level := 0
	for _, o := range pc.Options {
		switch name, value, leveled := strings.Cut(o.Name, "="); {
		case o.Name == "--quiet" && o.HasValue:
			n, _ := strconv.Atoi(o.Value)
			level += n
		case o.Name == "--quiet":
			level++
		case leveled && name == "-q":
			n, _ := strconv.Atoi(value)
			level += n
		case !strings.HasPrefix(o.Name, "--") && !leveled:
			level += strings.Count(o.Name, "q") // -qq, -qy, -qqo
		}
	}
	return level
}

func yumWithoutYes(f *lint.File, in *lint.Instruction, sc *lint.Script, pc *lint.PackageCommand) (lint.Diagnostic, bool) {
	if !yumNeedsYes(f, in, pc) {
		return lint.Diagnostic{}, false
	}
	d := yesDiagnostic(sc, pc, "-y")
	if pc.VerbIs("group", "groups", "module") {
		// dnf group install -y: after the subcommand's own word.
		sub := pc.Args[0]
		d.Message = fmt.Sprintf("%s %s %s without -y may stop at a confirmation prompt%s", pc.Manager, pc.Verb, sub.Text, promptFails)
		d.Fixes[0].Message = "Add -y after " + sub.Text
		d.Fixes[0].Edits = []lint.Edit{sc.InsertAfter(pc.Call.Args[sub.At], " -y")}
	}
	return d, true
}

// yumNeedsYes reports a yum, dnf or tdnf call that may ask for
// confirmation.
func yumNeedsYes(f *lint.File, in *lint.Instruction, pc *lint.PackageCommand) bool {
	// microdnf never asks: its -y "does nothing, we always assume yes".
	if pc.Manager == "microdnf" || pc.HasOption("-y", "--assumeyes") {
		return false
	}
	switch {
	case pc.VerbIs("group", "groups", "module"):
		if len(pc.Args) == 0 || !pc.Args[0].Literal || !yumSubPromptVerb(pc.Args[0].Text) {
			return false
		}
	case pc.VerbAt < 0 || !yumPromptVerb(pc.Verb):
		return false
	}
	for _, o := range pc.Options {
		if o.Name == "--setopt" && strings.HasPrefix(strings.ToLower(o.Value), "assumeyes=") {
			return false
		}
	}
	// assumeyes=1 written into dnf.conf or yum.conf.
	return !f.MentionedBefore(in, "assumeyes=", dnfAssumeYesSetting)
}

// dnfAssumeYesSetting accepts assumeyes=… written into dnf.conf or
// yum.conf, not --setopt=assumeyes=1, an option of one command.
func dnfAssumeYesSetting(text []byte, at int) bool {
	const setopt = "setopt="
	return at < len(setopt) || !strings.EqualFold(string(text[at-len(setopt):at]), setopt)
}

func zypperWithoutYes(sc *lint.Script, pc *lint.PackageCommand) (lint.Diagnostic, bool) {
	need, nameN := zypperNeedsYes(pc)
	if !need {
		return lint.Diagnostic{}, false
	}
	d := lint.Diagnostic{
		Range: sc.Range(pc.Call.Args[pc.At]),
		Message: fmt.Sprintf("zypper %s without --non-interactive may stop at a confirmation prompt%s",
			pc.Verb, promptFails),
		Fixes: []lint.Fix{{Message: "Add --non-interactive", Safe: true,
			Edits: []lint.Edit{sc.InsertAfter(pc.Call.Args[pc.At], " --non-interactive")}}},
	}
	if nameN {
		d.Message = fmt.Sprintf("zypper %s -n means --name, not --non-interactive: the command may stop at a confirmation prompt%s "+
			"(put -n before the subcommand)", pc.Verb, promptFails)
	}
	return d, true
}

// zypperNeedsYes reports a zypper call that may ask for confirmation;
// nameN, that it has a -n after the subcommand, which means --name there.
func zypperNeedsYes(pc *lint.PackageCommand) (need, nameN bool) {
	if pc.VerbAt < 0 || !zypperPromptVerb(pc.Verb) {
		return false, false
	}
	for _, o := range pc.Options {
		global := o.At < pc.VerbAt
		short := !strings.HasPrefix(o.Name, "--") // -n, or a group such as -qn
		switch {
		case o.Name == "--non-interactive", o.Name == "--no-confirm", short && strings.ContainsRune(o.Name, 'y'):
			return false, false
		case short && strings.ContainsRune(o.Name, 'n') && (global || !zypperNameVerb(pc.Verb)):
			return false, false
		case short && strings.ContainsRune(o.Name, 'n'):
			nameN = true
		}
	}
	return true, nameN
}

// promptFails ends each finding's message: what the prompt does to a build.
const promptFails = ", which fails the build"

// failureIgnored rewords a finding whose command the script goes on
// after when it fails: there the prompt does not fail the build, the step
// silently does nothing, and -y makes it change packages that the image
// built today does not change. That may be what the author meant, or may
// break the image (an upgrade of everything, a removal), so the fix is
// unsafe.
func failureIgnored(d *lint.Diagnostic, why string) {
	d.Message = strings.Replace(d.Message, promptFails, "; the build goes on when it aborts ("+why+"), so the step may silently do nothing", 1)
	d.Fixes[0].Safe = false
	d.Fixes[0].Message += " (unsafe: today's image is built without this step)"
}

// yesDiagnostic reports a call without its assume-yes option and adds it
// after the subcommand.
func yesDiagnostic(sc *lint.Script, pc *lint.PackageCommand, yes string) lint.Diagnostic {
	return lint.Diagnostic{
		Range: sc.Range(pc.Call.Args[pc.At]),
		Message: fmt.Sprintf("%s %s without %s may stop at a confirmation prompt%s",
			pc.Manager, pc.Verb, yes, promptFails),
		Fixes: []lint.Fix{{Message: "Add " + yes + " after " + pc.Verb, Safe: true,
			Edits: []lint.Edit{sc.InsertAfter(pc.VerbWord(), " "+yes)}}},
	}
}
