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
			// The first use of each tool in the stage.
			first := map[string]lint.Program{}
			firstLine := map[string]int{}
			for _, in := range st.Instructions {
				if !in.IsRun() || !in.MayCall(f, "wget", "curl") {
					continue
				}
				used := map[string]lint.Program{}
				for _, prog := range in.Programs(f) {
					if prog.Name == "wget" || prog.Name == "curl" {
						if _, seen := used[prog.Name]; !seen {
							used[prog.Name] = prog
						}
						if _, seen := first[prog.Name]; !seen {
							first[prog.Name], firstLine[prog.Name] = prog, in.StartLine
						}
					}
				}
				if len(used) == 0 || len(first) < 2 {
					continue
				}
				// Report the tool of this RUN that the stage also has the other of.
				for _, tool := range []string{"wget", "curl"} {
					prog, ok := used[tool]
					if !ok {
						continue
					}
					other := "curl"
					if tool == "curl" {
						other = "wget"
					}
					where := fmt.Sprintf("on line %d", firstLine[other])
					if firstLine[other] == in.StartLine {
						where = "in the same RUN"
					}
					p.Report(lint.Diagnostic{
						Range:   prog.Range,
						Message: fmt.Sprintf("the stage downloads with %s here and with %s %s: pick one tool", tool, other, where),
						Related: []lint.Related{{Range: first[other].Range, Message: "the first " + other}},
					})
					break
				}
			}
		}
	},
}
