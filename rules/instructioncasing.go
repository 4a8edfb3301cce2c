package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// ConsistentInstructionCasing asks for every keyword in the casing of the
// file's majority, upper or lower.
var ConsistentInstructionCasing = &lint.Rule{
	ID: "DF413", Name: "consistent-instruction-casing",
	Aliases:  []string{"ConsistentInstructionCasing"},
	Title:    "Instruction keywords should all use the same casing",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		casing := "uppercase"
		if f.KeywordsLower() {
			casing = "lowercase"
		}
		for _, in := range f.Instructions {
			if in.Stage == nil {
				continue // BuildKit does not judge the ARGs before the first FROM
			}
			kw := in.KeywordText()
			cased := f.CaseKeyword(kw)
			if kw == cased {
				continue
			}
			edits := []lint.Edit{{Range: in.KeywordRange, New: cased}}
			if args := in.Args(); in.Keyword == "FROM" && len(args) == 3 && strings.EqualFold(args[1].Text, "AS") {
				// FromAsCasing would ask for AS to follow next.
				if as := f.CaseKeyword(args[1].Text); as != args[1].Text {
					edits = append(edits, lint.Edit{Range: args[1].Range, New: as})
				}
			}
			p.Report(lint.Diagnostic{
				Range:   in.KeywordRange,
				Message: fmt.Sprintf("Command '%s' should match the case of the command majority (%s)", kw, casing),
				Fixes:   []lint.Fix{{Message: "Write " + cased, Safe: true, Edits: edits}},
			})
		}
	},
}
