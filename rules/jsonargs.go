package rules

import (
	"bytes"
	"fmt"
	"path"
	"slices"
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
	Check:    checkJSONArgs,
}

func checkJSONArgs(p *lint.Pass) {
	f := p.File
	hasCustomShell := customShellStages(f)
	c := &execCheck{files: lint.NewImageFiles(f, p.Context()), entrypoints: map[*lint.Stage]*lint.Instruction{}}
	for _, st := range f.Stages {
		if hasCustomShell(st) || st.IsWindows() {
			// The shell is not /bin/sh: BuildKit stays quiet, and so do we.
			continue
		}
		// Only the last of each takes effect; the others (DF402's
		// findings) never run, so their rewrite needs no check.
		var last [3]*lint.Instruction
		for _, in := range st.Instructions {
			if k := runtimeKind(in); k >= 0 {
				last[k] = in
			}
		}
		for _, in := range st.Instructions {
			k := runtimeKind(in)
			if k < 0 || in.JSON || len(in.Args()) == 0 {
				continue
			}
			effective := last[k] == in
			if in.Keyword == "HEALTHCHECK" {
				if d, ok := healthcheckShellForm(p, c, in, effective); ok {
					p.Report(d)
				}
				continue
			}
			d := lint.Diagnostic{
				Range:   in.Range,
				Message: fmt.Sprintf("%s uses the shell form; signals will not reach the program", in.Keyword),
			}
			sc := in.Shell(f)
			execs := execsProgram(sc)
			if execs {
				// CMD exec gunicorn --bind :$PORT (Cloud Run's samples):
				// the shell replaces itself with the program, which gets
				// the signals. BuildKit still asks for the JSON form.
				d.Severity = lint.Info
				d.Message = fmt.Sprintf("%s uses the shell form; its exec makes the program the main process, so signals reach it, "+
					"but the image needs /bin/sh to start it", in.Keyword)
				if in.Keyword == "ENTRYPOINT" {
					d.Message += ", and it ignores the arguments of docker run and a CMD"
				}
			}
			args, ok := plainCommand(sc)
			if !ok {
				if execs {
					d.Message += " (it uses shell features, which the JSON form would not expand: keep it deliberately, or wrap it in a script)"
				} else {
					d.Message += " (it uses shell features: wrap it in a script, or exec the program)"
				}
				p.Report(d)
				continue
			}
			var risk string
			if effective {
				prog := args[0]
				switch ep := c.entrypointOf(st); {
				case in.Keyword == "ENTRYPOINT" && last[0] != nil:
					risk = "the shell form ignores CMD, the exec form appends it as arguments"
				case in.Keyword == "ENTRYPOINT":
					// docker run's arguments, compose's command: and a
					// child image's CMD: ignored today, passed after.
					risk = "the shell form ignores the arguments of docker run (and a child image's CMD), the exec form appends them"
				case in.Keyword == "CMD" && ep != nil && ep.JSON && len(ep.Args()) == 0:
					// ENTRYPOINT []: none, the base image's cleared too.
				case in.Keyword == "CMD" && ep != nil && ep.JSON && !initOnly(ep):
					risk = "the exec-form ENTRYPOINT gets the command's words instead of /bin/sh -c and the command"
					prog = "" // the entrypoint runs it, not the kernel
				case in.Keyword == "CMD" && ep == nil:
					// The base image's ENTRYPOINT stays, and may act on
					// the command's first word.
					risk = baseEntrypointRisk(p, st)
				}
				why, runs := c.runnable(st, prog)
				if !runs {
					d.Message += " (" + why + ")"
					p.Report(d)
					continue
				}
				if risk == "" {
					risk = why
				} else if why != "" {
					risk += "; " + why
				}
			}
			exec := lint.JSONArray(args)
			if risk != "" {
				d.Message += "; the rewrite needs review: " + risk
			}
			d.Fixes = []lint.Fix{lint.Replace("Rewrite as "+in.Keyword+" "+exec, in.ArgsRange, exec, risk == "")}
			p.Report(d)
		}
	}
}

// baseEntrypointRisk is why a CMD's rewrite may change what the ENTRYPOINT
// of the image st's chain starts from does, "" when it cannot: scratch
// and the images whose ENTRYPOINT the catalog knows runs a plain command
// as it is (or that have none). Postgres's acts on the command's first
// word; an image the catalog does not know may have any.
func baseEntrypointRisk(p *lint.Pass, st *lint.Stage) string {
	root := st.Root()
	if root.IsScratch() {
		return ""
	}
	// With --online, the image's own configuration says.
	if cfg, ok := p.File.BaseConfig(p.Env, st); ok && cfg.EntrypointKnown {
		if len(cfg.Entrypoint) == 0 || len(lint.SkipInit(cfg.Entrypoint)) == 0 {
			return "" // none, or an init (tini --) that runs the command as it is
		}
		if e := p.Env.Images.Entrypoint(root.ImageExpanded); e.Reads != "" {
			return readsRisk(root.ImageExpanded, e.Reads)
		}
		return root.ImageExpanded + "'s ENTRYPOINT " + lint.JSONArray(cfg.Entrypoint) +
			" gets the command's words instead of /bin/sh -c and the command"
	}
	if !root.ImageResolved || p.Env == nil || p.Env.Images == nil {
		return "the base image's entrypoint is not known: if it has one, it gets the command's words instead of /bin/sh -c and the command"
	}
	e := p.Env.Images.Entrypoint(root.ImageExpanded)
	switch {
	case e.Reads != "":
		return readsRisk(root.ImageExpanded, e.Reads)
	case !e.Known:
		return "the catalog does not know whether " + root.ImageExpanded + " has an entrypoint: if it has one, it gets the command's words instead of /bin/sh -c and the command"
	}
	return ""
}

// readsRisk says what image's entrypoint, which reads the command's first
// word, does otherwise once the CMD is in the exec form.
func readsRisk(image, reads string) string {
	return image + "'s entrypoint gets the command's words instead of /bin/sh -c and the command, and " +
		strings.TrimPrefix(reads, "its entrypoint ")
}

// runtimeKind numbers CMD 0, ENTRYPOINT 1 and HEALTHCHECK 2, and any
// other instruction -1.
func runtimeKind(in *lint.Instruction) int {
	switch in.Keyword {
	case "CMD":
		return 0
	case "ENTRYPOINT":
		return 1
	case "HEALTHCHECK":
		return 2
	}
	return -1
}

// healthcheckShellForm reports HEALTHCHECK [flags] CMD in the shell form,
// which Docker runs as CMD-SHELL: a shell per check, and none at all in an
// image without /bin/sh. The fix rewrites the words after CMD and keeps
// the flags. It is safe: the same program runs with the same arguments.
func healthcheckShellForm(p *lint.Pass, c *execCheck, in *lint.Instruction, effective bool) (lint.Diagnostic, bool) {
	f := p.File
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
	why, runs := "", true
	if effective {
		why, runs = c.runnable(in.Stage, args[0])
	}
	if !runs {
		d.Message += " (" + why + ")"
		return d, true
	}
	if why != "" {
		d.Message += "; the rewrite needs review: " + why
	}
	exec := lint.JSONArray(args)
	cmd := lint.Range{Start: in.Args()[1].Range.Start, End: in.ArgsRange.End}
	shown := "HEALTHCHECK "
	for _, fl := range in.Flags {
		shown += f.Text(fl.Range) + " "
	}
	shown += in.Args()[0].Text + " " + exec
	d.Fixes = []lint.Fix{lint.Replace("Rewrite as "+shown, cmd, exec, why == "")}
	return d, true
}

// execCheck answers, once per file, what DF403's rewrite depends on: the
// ENTRYPOINT in effect for a CMD, and the scripts the image holds.
type execCheck struct {
	files       *lint.ImageFiles
	entrypoints map[*lint.Stage]*lint.Instruction // in effect at a stage's end
}

// entrypointOf is the ENTRYPOINT the image of st runs its CMD with: the
// stage's last ENTRYPOINT, before or after the CMD (BuildKit keeps a CMD
// its own stage set when an ENTRYPOINT follows), else the one in effect at
// the end of the stages it is built on; nil when the Dockerfile sets none.
func (c *execCheck) entrypointOf(st *lint.Stage) *lint.Instruction {
	for _, in := range slices.Backward(st.Instructions) {
		if in.Keyword == "ENTRYPOINT" {
			return in
		}
	}
	return c.atEnd(st.Parent)
}

// atEnd is the ENTRYPOINT in effect at the end of st, remembered for st
// and the stages before it: a chain may be thousands of stages long.
func (c *execCheck) atEnd(st *lint.Stage) *lint.Instruction {
	var todo []*lint.Stage
	var ep *lint.Instruction
	for s := st; s != nil; s = s.Parent {
		if known, ok := c.entrypoints[s]; ok {
			ep = known
			break
		}
		todo = append(todo, s)
	}
	for _, s := range slices.Backward(todo) {
		for _, in := range slices.Backward(s.Instructions) {
			if in.Keyword == "ENTRYPOINT" {
				ep = in
				break
			}
		}
		c.entrypoints[s] = ep
	}
	return ep
}

// initOnly reports an exec-form ENTRYPOINT that is only an init (tini,
// dumb-init): it runs the CMD as given, so the CMD's program is what runs.
func initOnly(ep *lint.Instruction) bool {
	argv := make([]string, 0, len(ep.Args()))
	for _, a := range ep.Args() {
		argv = append(argv, a.Text)
	}
	return len(argv) > 0 && len(lint.SkipInit(argv)) == 0
}

// runnable says whether the exec form can start prog as the shell
// form does. A script without a #! line is the difference: /bin/sh runs
// it as a shell script, the kernel refuses it (exec format error). runs
// is false when the script is read and has no #! line; why, when runs,
// names a doubt: a script the rule cannot read. A program the image
// ships (no COPY from the build context puts it there) is taken to run.
func (c *execCheck) runnable(st *lint.Stage, prog string) (why string, runs bool) {
	if prog == "" || st == nil {
		return "", true
	}
	file, ok := c.files.Find(st, prog)
	name := path.Base(prog)
	switch {
	case !ok:
		if scriptName(name) {
			return "cannot tell whether " + prog + " starts with #!, which the exec form needs", true
		}
	case file.Read:
		if !bytes.HasPrefix(file.Src, []byte("#!")) && !binary(file.Src) {
			return name + " has no #! line: /bin/sh runs it as a script, the exec form cannot; add #!/bin/sh first", false
		}
	case file.Copied:
		return "cannot read " + name + " to check that it starts with #!, which the exec form needs", true
	case !strings.Contains(prog, "/") || !scriptName(name):
		// A program of the base image, or one built in the image.
	default:
		return "cannot tell whether " + prog + " starts with #!, which the exec form needs", true
	}
	return "", true
}

// scriptName reports a file name that says it is a script.
func scriptName(name string) bool {
	switch path.Ext(name) {
	case ".sh", ".bash", ".ash", ".ksh", ".zsh":
		return true
	}
	return false
}

// binary reports content that is not text: an ELF or other executable.
func binary(src []byte) bool {
	return bytes.HasPrefix(src, []byte("\x7fELF")) || bytes.IndexByte(src[:min(len(src), 512)], 0) >= 0
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
// execsProgram reports a shell script that is one command run with exec
// (exec gunicorn --bind :$PORT app:app): the shell gives way to it.
func execsProgram(sc *lint.Script) bool {
	if sc == nil || sc.File == nil || len(sc.File.Stmts) != 1 {
		return false
	}
	st := sc.File.Stmts[0]
	call, ok := st.Cmd.(*syntax.CallExpr)
	if !ok || st.Negated || st.Background || len(call.Args) < 2 {
		return false
	}
	name, _ := lint.LitWord(call.Args[0])
	return name == "exec"
}

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
