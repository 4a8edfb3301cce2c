package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// ReservedStageName reports a stage named scratch or context, names
// BuildKit gives a meaning of their own.
var ReservedStageName = &lint.Rule{
	ID: "DF415", Name: "reserved-stage-name",
	Aliases:  []string{"ReservedStageName", "DL3063"},
	Title:    "Reserved words should not be used as stage names",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		for _, st := range p.File.Stages {
			switch name := strings.ToLower(st.Name); name {
			case "scratch", "context":
				p.Report(lint.Diagnostic{
					Range:   st.From.Range,
					Message: fmt.Sprintf("Stage name should not use the same name as reserved stage %q", name),
				})
			}
		}
	},
}
