package rules

import (
	"fmt"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// JSONArgs asks for the exec form of CMD and ENTRYPOINT, so that the
// program runs as PID 1 and receives signals, and of HEALTHCHECK CMD, so
// that a check starts no shell (hadolint DL3025). It rewrites the shell form
// when the command uses no shell feature.
var JSONArgs = &lint.Rule{
	ID: "DF403", Name: "json-args",
	Aliases:  []string{"DL3025", "JSONArgsRecommended"},
	Title:    "Use the exec (JSON) form for CMD and ENTRYPOINT",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		f := p.File
		hasCustomShell := customShellStages(f)
		for _, st := range f.Stages {
			if hasCustomShell(st) || isWindowsStage(st) {
				// The shell is not /bin/sh: BuildKit stays quiet, and so do we.
				continue
			}
			for _, in := range st.InstructionsOf("CMD", "ENTRYPOINT", "HEALTHCHECK") {
				if in.JSON || len(in.Args()) == 0 {
					continue
				}
				if in.Keyword == "HEALTHCHECK" {
					if d, ok := healthcheckShellForm(f, in); ok {
						p.Report(d)
					}
					continue
				}
				d := lint.Diagnostic{
					Range:   in.Range,
					Message: fmt.Sprintf("%s uses the shell form; signals will not reach the program", in.Keyword),
				}
				if args, ok := plainCommand(in.Shell(f)); ok {
					exec := jsonArray(args)
					// A shell-form ENTRYPOINT ignores CMD; the exec form appends it.
					safe := in.Keyword == "CMD" || len(st.InstructionsOf("CMD")) == 0
					d.Fixes = []lint.Fix{lint.Replace("Rewrite as "+in.Keyword+" "+exec, in.ArgsRange, exec, safe)}
				} else {
					d.Message += " (it uses shell features: wrap it in a script, or exec the program)"
				}
				p.Report(d)
			}
		}
	},
}

// healthcheckShellForm reports HEALTHCHECK [flags] CMD in the shell form,
// which Docker runs as CMD-SHELL: a shell per check, and none at all in an
// image without /bin/sh. The fix rewrites the words after CMD and keeps
// the flags. It is safe: the same program runs with the same arguments.
func healthcheckShellForm(f *lint.File, in *lint.Instruction) (lint.Diagnostic, bool) {
	if !in.IsHealthcheckCmd() || len(in.Args()) < 2 {
		return lint.Diagnostic{}, false // HEALTHCHECK NONE
	}
	d := lint.Diagnostic{
		Range:   in.Range,
		Message: "HEALTHCHECK CMD uses the shell form; every check starts a shell, and an image without /bin/sh cannot run it",
	}
	args, ok := plainCommand(in.Shell(f))
	if !ok {
		d.Message += " (it uses shell features: wrap it in a script, or keep the shell deliberately)"
		return d, true
	}
	exec := jsonArray(args)
	cmd := lint.Range{Start: in.Args()[1].Range.Start, End: in.ArgsRange.End}
	shown := "HEALTHCHECK "
	for _, fl := range in.Flags {
		shown += f.Text(fl.Range) + " "
	}
	shown += in.Args()[0].Text + " " + exec
	d.Fixes = []lint.Fix{lint.Replace("Rewrite as "+shown, cmd, exec, true)}
	return d, true
}

// customShellStages reports, per stage, whether a SHELL instruction applies
// to it: its own or one in a stage it is built on. It is worked out once,
// parents first: walking each stage's chain is quadratic in a long chain.
func customShellStages(f *lint.File) func(*lint.Stage) bool {
	custom := make([]bool, len(f.Stages))
	for _, st := range f.Stages {
		custom[st.Index] = len(st.InstructionsOf("SHELL")) > 0 || st.Parent != nil && custom[st.Parent.Index]
	}
	return func(st *lint.Stage) bool { return custom[st.Index] }
}

// isWindowsStage reports whether the stage's base is a Windows image, whose
// default shell is cmd.exe with its own built-ins.
func isWindowsStage(st *lint.Stage) bool {
	img := strings.ToLower(st.Root().ImageExpanded)
	for _, w := range []string{"windows", "servercore", "nanoserver", "dotnet/framework", "ltsc20"} {
		if strings.Contains(img, w) {
			return true
		}
	}
	return false
}

// isShellBuiltin reports whether a command cannot run without a shell.
func isShellBuiltin(name string) bool {
	switch name {
	case "cd", "export", "source", ".", "set", "eval", "trap", "ulimit", "umask", "alias",
		"unset", "shift", "wait", "read", "exit", "return", ":", "type", "command", "builtin",
		"local", "readonly", "declare", "typeset", "let", "times", "getopts", "hash", "jobs",
		"fg", "bg", "exec", "[[":
		return true
	}
	return false
}

// plainCommand returns the argument vector of a script that is one simple
// command with literal words only (a leading `exec` dropped), and false when
// anything would need the shell: expansions, globs, redirects, operators.
func plainCommand(sc *lint.Script) ([]string, bool) {
	if sc == nil || sc.File == nil || len(sc.File.Stmts) != 1 || len(sc.File.Last) > 0 {
		return nil, false
	}
	st := sc.File.Stmts[0]
	if st.Negated || st.Background || st.Coprocess || len(st.Redirs) > 0 || len(st.Comments) > 0 {
		return nil, false
	}
	call, ok := st.Cmd.(*syntax.CallExpr)
	if !ok || len(call.Assigns) > 0 || len(call.Args) == 0 {
		return nil, false
	}
	var args []string
	for _, w := range call.Args {
		s, ok := lint.LitWord(w)
		if !ok {
			return nil, false
		}
		args = append(args, s)
	}
	if args[0] == "exec" {
		args = args[1:]
	}
	if len(args) == 0 || isShellBuiltin(args[0]) || strings.Contains(args[0], "=") {
		return nil, false
	}
	return args, true
}
