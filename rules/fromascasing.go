package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// FromAsCasing asks for the AS of `FROM image AS name` in the casing of
// its FROM.
var FromAsCasing = &lint.Rule{
	ID: "DF411", Name: "from-as-casing",
	Aliases:  []string{"FromAsCasing"},
	Title:    "The AS keyword should match the casing of FROM",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			args := st.From.Args()
			if len(args) < 3 {
				continue
			}
			from, as := st.From.KeywordText(), args[1].Text
			var want string
			switch {
			case from == strings.ToLower(from):
				want = strings.ToLower(as)
			case from == strings.ToUpper(from):
				want = strings.ToUpper(as)
			default:
				continue // a mixed-case FROM is ConsistentInstructionCasing's
			}
			if as == want {
				continue
			}
			d := lint.Diagnostic{
				Range:   st.From.Range,
				Message: fmt.Sprintf("'%s' and '%s' keywords' casing do not match", as, from),
			}
			// Both follow the file's majority: when FROM itself goes
			// against it, ConsistentInstructionCasing recases FROM and AS
			// together, and so does this fix.
			if cased := f.CaseKeyword(from); cased != from {
				d.Fixes = []lint.Fix{{
					Message: "Write " + cased + " … " + f.CaseKeyword(as), Safe: true,
					Edits: []lint.Edit{
						{Range: st.From.KeywordRange, New: cased},
						{Range: args[1].Range, New: f.CaseKeyword(as)},
					},
				}}
			} else {
				d.Fixes = []lint.Fix{lint.Replace("Write "+want, args[1].Range, want, true)}
			}
			p.Report(d)
		}
	},
}
