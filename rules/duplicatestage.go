package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// DuplicateStageName reports a stage named like an earlier one: references
// to the name then reach one of the two depending on where they are.
var DuplicateStageName = &lint.Rule{
	ID: "DF414", Name: "duplicate-stage-name",
	Aliases:  []string{"DuplicateStageName", "DL3024", "DS-0012", "CKV_DOCKER_11"},
	Title:    "Stage names should be unique",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		seen := map[string]*lint.Stage{}
		for _, st := range p.File.Stages {
			if st.Name == "" {
				continue
			}
			name := strings.ToLower(st.Name) // BuildKit lower-cases stage names
			if first, ok := seen[name]; ok {
				p.Report(lint.Diagnostic{
					Range:   st.From.Range,
					Message: fmt.Sprintf("Duplicate stage name %q, stage names should be unique", name),
					Related: []lint.Related{{Range: first.From.Range, Message: "first stage named " + name}},
				})
				continue
			}
			seen[name] = st
		}
	},
}
