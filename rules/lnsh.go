package rules

import (
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// LnBinSh flags RUN ln … /bin/sh (hadolint DL4005): relinking /bin/sh to
// get another shell for RUN changes the shell of every script in the
// image too; SHELL changes only the Dockerfile's.
var LnBinSh = &lint.Rule{
	ID: "DF456", Name: "ln-bin-sh",
	Aliases:  []string{"DL4005"},
	Title:    "Use SHELL to change the shell, not ln /bin/sh",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			// The exec form runs without a shell, so the image may have none
			// yet (busybox images link one): not a change of shell.
			if !in.IsRun() || in.JSON || !in.MayCall(f, "/bin/sh") || !in.MayRun(f, "ln") {
				continue
			}
			for _, prog := range in.Programs(f) {
				if prog.Name != "ln" || !containsString(prog.Args(), "/bin/sh") {
					continue
				}
				d := lint.Diagnostic{Range: prog.Range, Message: "ln replaces /bin/sh for every script in the image: use SHELL to pick the shell of RUN"}
				if fx, ok := lnShellFix(f, in, prog); ok {
					d.Fixes = []lint.Fix{fx}
				}
				p.Report(d)
			}
		}
	},
}

// lnShellFix turns a leading `ln -s SHELL /bin/sh` into a SHELL
// instruction before the RUN.
func lnShellFix(f *lint.File, in *lint.Instruction, prog lint.Program) (lint.Fix, bool) {
	if in.Keyword != "RUN" || len(in.Heredocs) > 0 || prog.At != 0 || in.Stage == nil || in.Stage.IsWindows() {
		return lint.Fix{}, false
	}
	lead, ok := prog.Script.LeadingCommand(f)
	if !ok || lead.Call != prog.Call {
		return lint.Fix{}, false
	}
	var operands []string
	for _, a := range prog.Args() {
		if strings.HasPrefix(a, "-") {
			continue
		}
		operands = append(operands, a)
	}
	if len(operands) != 2 || operands[1] != "/bin/sh" || strings.ContainsAny(operands[0], "$`\"'\\ ") {
		return lint.Fix{}, false
	}
	shell := operands[0]
	if !path.IsAbs(shell) {
		shell = path.Join("/bin", shell) // a symlink's target is relative to its directory
	}
	switch path.Base(shell) {
	case "bash", "dash", "ash", "ksh", "mksh", "zsh", "busybox":
	default:
		return lint.Fix{}, false
	}
	line := in.KeywordLike("SHELL") + " " + lint.JSONArray([]string{shell, "-c"})
	msg := "Replace the ln with " + line + " (scripts run with /bin/sh then keep the image's own shell)"
	if !lead.Rest {
		return lint.Fix{Message: msg, Edits: []lint.Edit{{Range: in.Range, New: line}}}, true
	}
	indent := f.Text(lint.Range{Start: in.Lines.Start, End: in.Range.Start})
	at := f.LineBefore(in)
	return lint.Fix{Message: msg, Edits: []lint.Edit{
		{Range: lint.Range{Start: at, End: at}, New: indent + line + f.Newline},
		{Range: lead.Cut},
	}}, true
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
