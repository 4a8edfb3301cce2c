package rules

import (
	"fmt"

	"github.com/dockerfix/dockerfix/lint"
)

// WgetAndCurl flags a stage that downloads with both wget and curl
// (hadolint DL4001, Trivy DS-0014): one tool is enough, and each is one
// more package in the image.
var WgetAndCurl = &lint.Rule{
	ID: "DF455", Name: "wget-and-curl",
	Aliases:  []string{"DL4001", "DS-0014"},
	Title:    "Use either wget or curl, not both",
	Severity: lint.Info,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			if !stageMayRun(f, st, "wget") || !stageMayRun(f, st, "curl") {
				continue // no need to parse the stage's scripts
			}
			// The first use of each tool in the stage, and the line of its RUN.
			var firstWget, firstCurl lint.Program
			wgetLine, curlLine := 0, 0
			for _, in := range st.Instructions {
				if !in.IsRun() || !in.MayRun(f, "wget", "curl") {
					continue
				}
				var wget, curl *lint.Program // this RUN's first use of each
				progs := in.Programs(f)
				for i, prog := range progs {
					switch prog.Name {
					case "wget":
						if wget == nil {
							wget = &progs[i]
						}
						if wgetLine == 0 {
							firstWget, wgetLine = prog, in.StartLine
						}
					case "curl":
						if curl == nil {
							curl = &progs[i]
						}
						if curlLine == 0 {
							firstCurl, curlLine = prog, in.StartLine
						}
					}
				}
				if wgetLine == 0 || curlLine == 0 || (wget == nil && curl == nil) {
					continue
				}
				// Report the tool of this RUN that the stage also has the other of.
				tool, prog, other, first, line := "wget", wget, "curl", firstCurl, curlLine
				if wget == nil {
					tool, prog, other, first, line = "curl", curl, "wget", firstWget, wgetLine
				}
				where := fmt.Sprintf("on line %d", line)
				if line == in.StartLine {
					where = "in the same RUN"
				}
				p.Report(lint.Diagnostic{
					Range:   prog.Range,
					Message: fmt.Sprintf("the stage downloads with %s here and with %s %s: pick one tool", tool, other, where),
					Related: []lint.Related{{Range: first.Range, Message: "the first " + other}},
				})
			}
		}
	},
}

// stageMayRun reports whether a RUN of the stage may run name (MayRun).
func stageMayRun(f *lint.File, st *lint.Stage, name string) bool {
	for _, in := range st.Instructions {
		if in.IsRun() && in.MayRun(f, name) {
			return true
		}
	}
	return false
}
