package rules

import (
	"fmt"
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// Pipefail flags a RUN with a pipe when the shell does not run with
// pipefail (hadolint DL4006): `curl … | tar -x` succeeds when curl fails,
// and the build goes on with half a download.
var Pipefail = &lint.Rule{
	ID: "DF457", Name: "pipefail",
	Aliases:  []string{"DL4006"},
	Title:    "Set pipefail before RUN with a pipe",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check: func(p *lint.Pass) {
		f := p.File
		// The RUNs with a pipe that fails silently, by stage, for the fix
		// that sets SHELL once before the first of a stage chain.
		silent := map[*lint.Stage][]pipeRun{}
		for _, st := range f.Stages {
			if st.IsWindows() {
				continue
			}
			for _, in := range st.Instructions {
				if in.Keyword != "RUN" || in.JSON || !in.MayCall(f, "|") || !f.RunsBourneShell(in) {
					continue
				}
				sc := in.Shell(f)
				if sc == nil || len(sc.Pipes()) == 0 {
					continue
				}
				sh := st.LastBefore(in, "SHELL")
				if interp := sc.Interpreter(); interp != nil {
					// RUN <<EOF bash: that shell's options count, not the
					// SHELL's.
					if _, pipefail := lint.ShellOptions(interp[1:], false, false); pipefail {
						continue
					}
				} else if kind, _ := shellKind(sh); kind != shellNoPipefail {
					continue
				}
				pipe := firstFailingPipe(sc)
				if pipe == nil || setsPipefail(sc, pipe) {
					continue
				}
				silent[st] = append(silent[st], pipeRun{in, sc, pipe, sh})
			}
		}
		for _, st := range f.Stages {
			for _, r := range silent[st] {
				at := r.script.SrcOffset(int(r.pipe.OpPos.Offset()))
				d := lint.Diagnostic{
					Range:   lint.Range{Start: at, End: at + 1},
					Message: "a pipe without pipefail: when a command before | fails, the RUN still succeeds",
				}
				if fx, ok := pipefailFix(p, st, r, silent); ok {
					d.Fixes = []lint.Fix{fx}
				}
				p.Report(d)
			}
		}
	},
}

type pipeRun struct {
	in     *lint.Instruction
	script *lint.Script
	pipe   *syntax.BinaryCmd
	shell  *lint.Instruction // the SHELL in effect; nil for /bin/sh -c
}

type shellState int

const (
	shellNoPipefail shellState = iota // a POSIX shell without pipefail
	shellPipefail                     // bash, zsh or ash with -o pipefail
	shellOther                        // a SHELL without a program
)

// shellKind reads the SHELL instruction of a Bourne shell (nil: the
// default /bin/sh -c) and names its program.
func shellKind(sh *lint.Instruction) (shellState, string) {
	if sh == nil {
		return shellNoPipefail, "sh"
	}
	args := sh.Args()
	if len(args) == 0 {
		return shellOther, ""
	}
	prog := strings.ToLower(path.Base(args[0].Text))
	switch prog {
	case "bash", "zsh", "ash":
		words := make([]string, 0, len(args)-1)
		for _, a := range args[1:] {
			words = append(words, a.Text)
		}
		if _, pipefail := lint.ShellOptions(words, false, false); pipefail {
			return shellPipefail, prog
		}
	}
	return shellNoPipefail, prog
}

// firstFailingPipe is the leftmost | of the script whose left side can
// fail unnoticed: it runs something other than echo, printf or yes, which
// do not fail in a way that matters (`echo "$SUM *x.tgz" | sha256sum -c`).
func firstFailingPipe(sc *lint.Script) *syntax.BinaryCmd {
	var first *syntax.BinaryCmd
	for _, pb := range sc.Pipes() {
		if (first == nil || pb.OpPos.Offset() < first.OpPos.Offset()) && !harmlessLeft(pb) {
			first = pb
		}
	}
	return first
}

// harmlessLeft reports a pipe whose commands before the last | are all
// echo, printf or yes.
func harmlessLeft(pb *syntax.BinaryCmd) bool {
	left := pb.X
	for {
		inner, ok := left.Cmd.(*syntax.BinaryCmd)
		if !ok || (inner.Op != syntax.Pipe && inner.Op != syntax.PipeAll) {
			return cannotFail(left)
		}
		if !cannotFail(inner.Y) {
			return false
		}
		left = inner.X
	}
}

// cannotFail reports a statement that is a plain echo, printf or yes, or
// a { …; } or ( … ) group of such: `{ echo a; echo b; } | tee conf`, as the
// official images write their configuration.
func cannotFail(st *syntax.Stmt) bool {
	if st.Negated || len(st.Redirs) > 0 {
		return false
	}
	var group []*syntax.Stmt
	switch x := st.Cmd.(type) {
	case *syntax.CallExpr:
		switch lint.CommandOf(x).Name {
		case "echo", "printf", "yes":
			return true
		}
		return false
	case *syntax.Block:
		group = x.Stmts
	case *syntax.Subshell:
		group = x.Stmts
	default:
		return false
	}
	for _, s := range group {
		if s.Background || !cannotFail(s) {
			return false
		}
	}
	return len(group) > 0
}

// setsPipefail reports a `set -o pipefail` (-eo pipefail, -euxo pipefail)
// the script runs before pipe, and no `set +o pipefail` after it.
func setsPipefail(sc *lint.Script, pipe *syntax.BinaryCmd) bool {
	pipefail := false
	for i, c := range sc.Commands() {
		call := sc.Calls()[i]
		if c.Name != "set" || call.Pos().Offset() > pipe.Pos().Offset() {
			continue
		}
		words := make([]string, 0, len(call.Args))
		for _, w := range call.Args[c.At+1:] {
			s, _ := lint.LitWord(w)
			words = append(words, s)
		}
		_, pipefail = lint.ShellOptions(words, false, pipefail)
	}
	return pipefail
}

// pipefailDoubt is why every pipefail fix is unsafe.
const pipefailDoubt = "unsafe: a pipe cut short on purpose, as yes | or | head, then fails the build"

// pipefailFix turns pipefail on: in the SHELL in effect when it is bash,
// zsh or ash; else with a SHELL running bash, before the first such RUN of
// the stage chain, when the image has bash (Debian, Ubuntu, RHEL); else,
// in an Alpine stage, with `set -o pipefail &&` at the start of the RUN,
// which BusyBox's sh understands. Elsewhere /bin/sh may not know pipefail
// (Debian's dash did not until recently): no fix.
func pipefailFix(p *lint.Pass, st *lint.Stage, r pipeRun, silent map[*lint.Stage][]pipeRun) (lint.Fix, bool) {
	f := p.File
	if r.script.Interpreter() != nil {
		return lint.Fix{}, false // RUN <<EOF bash: no SHELL reaches that shell
	}
	if r.shell != nil {
		_, prog := shellKind(r.shell)
		if prog != "bash" && prog != "zsh" && prog != "ash" || !r.shell.JSON {
			return lint.Fix{}, false
		}
		at := r.shell.Args()[0].Range.End
		return lint.Fix{
			Message: fmt.Sprintf("Add -o pipefail to the SHELL on line %d (every RUN after it then fails with a failing pipe; %s)", r.shell.StartLine, pipefailDoubt),
			Edits:   []lint.Edit{{Range: lint.Range{Start: at, End: at}, New: `, "-o", "pipefail"`}},
		}, true
	}
	switch p.Distro(st) {
	case "debian", "ubuntu", "rhel", "arch", "suse": // bash is in their base images
		var first *lint.Instruction
		for _, s := range st.Chain() {
			if runs := silent[s]; len(runs) > 0 {
				first = runs[0].in
				break
			}
		}
		line := first.KeywordLike("SHELL") + ` ["/bin/bash", "-o", "pipefail", "-c"]`
		at := f.LineBefore(first)
		indent := f.Text(lint.Range{Start: first.Lines.Start, End: first.Range.Start})
		return lint.Fix{
			Message: fmt.Sprintf("Add %s before line %d (every RUN after it then runs with bash and pipefail; %s)", line, first.StartLine, pipefailDoubt),
			Edits:   []lint.Edit{{Range: lint.Range{Start: at, End: at}, New: indent + line + f.Newline}},
		}, true
	case "alpine":
		if len(r.in.Heredocs) > 0 {
			return lint.Fix{}, false
		}
		at := r.in.ArgsRange.Start
		return lint.Fix{
			Message: "Start the RUN with set -o pipefail && (" + pipefailDoubt + ")",
			Edits:   []lint.Edit{{Range: lint.Range{Start: at, End: at}, New: "set -o pipefail && "}},
		}, true
	}
	return lint.Fix{}, false
}
