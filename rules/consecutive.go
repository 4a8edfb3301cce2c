package rules

import (
	"fmt"

	"github.com/dockerfix/dockerfix/lint"
)

// ConsecutiveRun flags RUNs of one command each that follow one another
// with the same flags (hadolint DL3059): each makes a layer. Opt-in: the
// layers cache apart, which is often the point.
var ConsecutiveRun = &lint.Rule{
	ID: "DF454", Name: "consecutive-run",
	Aliases:  []string{"DL3059"},
	Title:    "Consecutive RUNs of one command each could be one",
	Severity: lint.Info,
	OptIn:    true,
	Check: func(p *lint.Pass) {
		f := p.File
		var prev *lint.Instruction
		for _, in := range f.Instructions {
			if in.Keyword != "RUN" {
				prev = nil
				continue
			}
			if !singleCommand(f, in) {
				prev = nil
				continue
			}
			if prev != nil && sameFlags(f, prev, in) {
				p.Report(lint.Diagnostic{
					Range:   in.KeywordRange,
					Message: fmt.Sprintf("this RUN and the one on line %d run one command each: joined with && they make one layer", prev.StartLine),
					Related: []lint.Related{{Range: prev.Range, Message: "the RUN before"}},
				})
				continue // as hadolint: the next RUN is compared with the first
			}
			prev = in
		}
	},
}

// singleCommand reports a RUN that runs at most one command.
func singleCommand(f *lint.File, in *lint.Instruction) bool {
	if in.JSON {
		return true
	}
	sc := in.Shell(f)
	return sc != nil && len(sc.Calls()) <= 1
}

// sameFlags reports RUNs with the same flags (--mount, --network…), as
// written.
func sameFlags(f *lint.File, a, b *lint.Instruction) bool {
	if len(a.Flags) != len(b.Flags) {
		return false
	}
	for i := range a.Flags {
		if f.Text(a.Flags[i].Range) != f.Text(b.Flags[i].Range) {
			return false
		}
	}
	return true
}
