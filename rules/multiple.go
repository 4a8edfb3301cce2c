package rules

import (
	"fmt"

	"github.com/dockerfix/dockerfix/lint"
)

// MultipleInstructions removes CMD, ENTRYPOINT and HEALTHCHECK instructions
// that a later one of the same kind in the stage overrides.
var MultipleInstructions = &lint.Rule{
	ID: "DF402", Name: "multiple-instructions",
	Aliases: []string{"DL4003", "DL4004", "DL3012", "MultipleInstructionsDisallowed",
		"DS-0016", "DS-0007", "DS-0023"},
	Title:    "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		for _, st := range p.File.Stages {
			for _, kw := range []string{"CMD", "ENTRYPOINT", "HEALTHCHECK"} {
				ins := st.InstructionsOf(kw)
				if len(ins) < 2 {
					continue
				}
				last := ins[len(ins)-1]
				for _, in := range ins[:len(ins)-1] {
					p.Report(lint.Diagnostic{
						Range:   in.Range,
						Message: fmt.Sprintf("%s is overridden by the %s on line %d", kw, kw, last.StartLine),
						Related: []lint.Related{{Range: last.Range, Message: "overridden by this " + kw}},
						Fixes: []lint.Fix{{
							Message: fmt.Sprintf("Remove the overridden %s", kw),
							Safe:    true,
							Edits:   []lint.Edit{{Range: in.Lines}},
						}},
					})
				}
			}
		}
	},
}
