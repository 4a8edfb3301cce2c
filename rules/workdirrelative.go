package rules

import (
	"fmt"
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// WorkdirRelativePath reports a relative WORKDIR before any absolute one
// in its chain of stages: it lands wherever the base image's working
// directory is, which the base image may change. It is written absolute
// when that directory is known (scratch, an image whose configuration is
// known); later relative WORKDIRs are fine, they follow the first.
var WorkdirRelativePath = &lint.Rule{
	ID: "DF417", Name: "workdir-relative-path",
	Aliases:  []string{"WorkdirRelativePath", "DL3000", "DS-0009", "CKV_DOCKER_10"},
	Title:    "The first WORKDIR of a stage chain should be absolute",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		set := map[*lint.Stage]bool{} // a WORKDIR is set by the end of the stage
		for _, st := range f.Stages {
			done := st.Parent != nil && set[st.Parent]
			for _, in := range st.Instructions {
				if in.Keyword != "WORKDIR" {
					continue
				}
				if !done {
					if d, ok := relativeWorkdir(p, st, in); ok {
						p.Report(d)
					}
				}
				done = true
			}
			set[st] = done
		}
	},
}

// relativeWorkdir judges the first WORKDIR of a chain.
func relativeWorkdir(p *lint.Pass, st *lint.Stage, in *lint.Instruction) (lint.Diagnostic, bool) {
	f := p.File
	raw := in.ArgText()
	if len(in.Args()) == 1 {
		raw = in.Args()[0].Text
	}
	dir, known := f.VarsAt(in).Expand(raw)
	windows := st.IsWindows()
	if !known || isAbsWorkdir(dir, windows) {
		return lint.Diagnostic{}, false // an unknown value may be absolute
	}
	d := lint.Diagnostic{
		Range:   in.Range,
		Message: fmt.Sprintf("Relative workdir %q can have unexpected results if the base image changes", dir),
	}
	cfg, ok := f.BaseConfig(p.Env, st)
	if !ok || windows {
		return d, true
	}
	base := cfg.WorkingDir
	if base == "" {
		base = "/"
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	if f.NeedsExpansion(base) || strings.ContainsAny(base, " \t") || len(in.Args()) != 1 {
		return d, true // the prefix would need quoting
	}
	// Prefixing the base's directory is exact: BuildKit joins a relative
	// WORKDIR to it and cleans the result, and "/base/" + dir cleans alike.
	word := in.Args()[0]
	abs := path.Join(base, dir)
	if !f.NeedsExpansion(raw) && word.Range.Len() == len(raw) {
		d.Fixes = []lint.Fix{lint.Replace(fmt.Sprintf("Write WORKDIR %s (the base image works in %s)", abs, base), word.Range, abs, true)}
	} else {
		at := lint.Range{Start: word.Range.Start, End: word.Range.Start}
		d.Fixes = []lint.Fix{lint.Replace(fmt.Sprintf("Write WORKDIR %s%s (the base image works in %s)", base, raw, base), at, base, true)}
	}
	return d, true
}

// isAbsWorkdir reports an absolute WORKDIR: from the root, from a drive
// (C:\ or C:/, only meant for Windows, whatever the base image's name
// says), or on Windows from a backslash.
func isAbsWorkdir(dir string, windows bool) bool {
	switch {
	case path.IsAbs(dir):
		return true
	case len(dir) >= 2 && dir[1] == ':' && (dir[0]|0x20 >= 'a' && dir[0]|0x20 <= 'z'):
		return true
	}
	return windows && strings.HasPrefix(dir, `\`)
}
