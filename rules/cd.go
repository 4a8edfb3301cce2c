package rules

import (
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// CdInRun asks for WORKDIR instead of cd in RUN (hadolint DL3003, Trivy
// DS-0013). When the RUN starts with `cd DIR &&`, the fix moves the cd to
// a WORKDIR before it; a later instruction that would see the new working
// directory gets the old one back with a WORKDIR after the RUN.
var CdInRun = &lint.Rule{
	ID: "DF441", Name: "cd-in-run",
	Aliases:  []string{"DL3003", "DS-0013"},
	Title:    "Use WORKDIR to change directory, not cd in RUN",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		f := p.File
		files := lint.NewImageFiles(f, nil) // the working directories, worked out once
		for _, in := range f.Instructions {
			if !in.IsRun() || in.JSON || !in.MayRun(f, "cd") {
				continue
			}
			for _, prog := range in.Programs(f) {
				if prog.Name != "cd" {
					continue
				}
				d := lint.Diagnostic{Range: prog.Range, Message: "cd in RUN changes the directory for this step only; use WORKDIR"}
				if fx, ok := cdFix(p, files, in, prog); ok {
					d.Fixes = []lint.Fix{fx}
				}
				p.Report(d)
				break // one finding per RUN
			}
		}
	},
}

// cdFix moves a leading `cd DIR` of a RUN to a WORKDIR before it.
func cdFix(p *lint.Pass, files *lint.ImageFiles, in *lint.Instruction, prog lint.Program) (lint.Fix, bool) {
	f := p.File
	st := in.Stage
	if in.Keyword != "RUN" || len(in.Heredocs) > 0 || st == nil || st.IsWindows() {
		return lint.Fix{}, false
	}
	lead, ok := prog.Script.LeadingCommand(f)
	if !ok || lead.Call != prog.Call || prog.At != 0 || len(prog.Call.Args) != 2 {
		return lint.Fix{}, false
	}
	dir, ok := lint.LitWord(prog.Call.Args[1])
	if !ok || dir == "" || dir == "-" || strings.ContainsAny(dir, " \t\"'$`\\") || strings.HasPrefix(dir, "~") {
		return lint.Fix{}, false
	}
	// The working directory before the RUN, when a WORKDIR of the chain sets it.
	var prev string
	prevKnown := false
	if st.LastBefore(in, "WORKDIR") != nil {
		prev, prevKnown = files.Workdir(st, in)
	}
	if !path.IsAbs(dir) {
		if !prevKnown {
			return lint.Fix{}, false // WORKDIR would be relative to a directory the file does not show
		}
		dir = path.Join(prev, dir)
	}
	dir = path.Clean(dir)
	indent := f.Text(lint.Range{Start: in.Lines.Start, End: in.Range.Start})
	workdir := in.KeywordLike("WORKDIR")
	observed := workdirObserved(f, st, in)
	if !lead.Rest {
		// `RUN cd DIR` alone changes nothing; WORKDIR DIR may be what it meant.
		if !observed || (prevKnown && prev == dir) {
			return lint.Fix{Message: "Remove RUN cd " + dir + ", which changes nothing", Safe: true, Edits: []lint.Edit{{Range: in.Lines}}}, true
		}
		return lint.Fix{
			Message: "Replace RUN cd " + dir + " with " + workdir + " " + dir + " (later instructions then run there)",
			Edits:   []lint.Edit{{Range: in.Lines, New: indent + workdir + " " + dir + f.Newline}},
		}, true
	}
	// A WORKDIR just before the RUN is not changed into the new one, but
	// kept: it creates its directory, which the RUN may write to.
	var edits []lint.Edit
	if !prevKnown || prev != dir {
		at := f.LineBefore(in)
		edits = append(edits, lint.Edit{Range: lint.Range{Start: at, End: at}, New: indent + workdir + " " + dir + f.Newline})
	}
	if len(edits) == 0 {
		return lint.Fix{Message: "Remove cd " + dir + ": the working directory already is " + dir, Safe: true,
			Edits: []lint.Edit{{Range: lead.Cut}}}, true
	}
	edits = append(edits, lint.Edit{Range: lead.Cut})
	fx := lint.Fix{Message: "Move cd " + dir + " to " + workdir + " " + dir, Safe: true, Edits: edits}
	// BuildKit puts a relative mount target under the working directory:
	// the WORKDIR would move the mount.
	done := func(fx lint.Fix) (lint.Fix, bool) {
		if rel := in.RelativeMountTargets(); len(rel) > 0 {
			fx.Safe = false
			fx.Message += " (unsafe: the RUN's --mount target " + rel[0] + " is relative to the working directory, so it would move to " + path.Join(dir, rel[0]) + ")"
		}
		return fx, true
	}
	if !observed {
		return done(fx)
	}
	if !prevKnown {
		fx.Message += " (later instructions run there too: the working directory before it is the base image's)"
		fx.Safe = false
		return done(fx)
	}
	// Give the instructions after it the directory they had.
	at := in.Lines.End
	restore := indent + workdir + " " + prev + f.Newline
	if at == len(f.Src) && !strings.HasSuffix(string(f.Src), "\n") {
		restore = f.Newline + indent + workdir + " " + prev
	}
	fx.Message += ", and back to " + prev + " after it"
	fx.Edits = append(fx.Edits, lint.Edit{Range: lint.Range{Start: at, End: at}, New: restore})
	return done(fx)
}

// workdirObserved reports whether anything after in would see a change of
// the working directory at in: a later instruction of the stage that
// reads it before an absolute WORKDIR resets it, or, at the stage's end,
// the container (final stage) or a stage built from this one.
func workdirObserved(f *lint.File, st *lint.Stage, in *lint.Instruction) bool {
	for _, x := range st.Instructions[in.Index-st.Instructions[0].Index+1:] {
		switch x.Keyword {
		case "WORKDIR":
			dir, ok := f.VarsAt(x).Expand(x.ArgText())
			return !ok || !path.IsAbs(dir)
		case "RUN", "ONBUILD", "VOLUME":
			return true
		case "COPY", "ADD":
			cp, ok := x.Copy()
			if !ok {
				return true
			}
			dest, ok := f.VarsAt(x).Expand(cp.Dest.Text)
			if !ok || !path.IsAbs(dest) {
				return true
			}
		}
	}
	if st == f.FinalStage() {
		return true
	}
	for _, s := range f.Stages {
		if s.Parent == st {
			return true
		}
	}
	return false
}
