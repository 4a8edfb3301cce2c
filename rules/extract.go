package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// CopiedArchiveExtracted flags an archive that a COPY brings in and a later
// RUN of the stage extracts with tar (hadolint DL3010): ADD extracts a
// local tar archive itself, without leaving the archive in a layer.
var CopiedArchiveExtracted = &lint.Rule{
	ID: "DF442", Name: "copied-archive-extracted",
	Aliases:  []string{"DL3010"},
	Title:    "A copied archive extracted in RUN: ADD extracts it",
	Severity: lint.Info,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			type archive struct {
				name string // base name
				word lint.Word
				done bool
			}
			var archives []*archive
			for _, in := range st.Instructions {
				if cp, ok := in.Copy(); ok && in.Keyword == "COPY" && cp.From == "" {
					if lint.IsArchiveName(cp.Dest.Text) {
						archives = append(archives, &archive{name: pathBase(cp.Dest.Text), word: cp.Dest})
						continue
					}
					for _, s := range cp.Sources {
						if lint.IsArchiveName(s.Text) {
							archives = append(archives, &archive{name: pathBase(s.Text), word: s})
						}
					}
					continue
				}
				if len(archives) == 0 || in.Keyword != "RUN" || !in.MayRun(f, "tar") {
					continue
				}
				for _, prog := range in.Programs(f) {
					if prog.Name != "tar" || !lint.TarExtracts(prog.Args()) {
						continue
					}
					for _, a := range archives {
						if a.done || !tarReads(prog.Args(), a.name) {
							continue
						}
						a.done = true
						p.Report(lint.Diagnostic{
							Range:   a.word.Range,
							Message: fmt.Sprintf("%s is copied, then extracted on line %d: ADD extracts a local tar archive itself, and the archive stays out of the image", a.name, in.StartLine),
							Related: []lint.Related{{Range: prog.Range, Message: "extracted here"}},
						})
					}
				}
			}
		}
	},
}

// pathBase is the last element of a path as written, quotes aside, with
// / or \ as the separator (hadolint reads Windows paths too).
func pathBase(p string) string {
	p = strings.Trim(p, `"'`)
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// tarReads reports whether one of tar's operands (an option's value
// included) is a path whose base name is name.
func tarReads(args []string, name string) bool {
	for _, a := range args {
		if !strings.HasPrefix(a, "-") && pathBase(a) == name {
			return true
		}
		if v, ok := strings.CutPrefix(a, "--file="); ok && pathBase(v) == name {
			return true
		}
	}
	return false
}
