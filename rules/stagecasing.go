package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// StageNameCasing asks for lower-case stage names: BuildKit lower-cases
// them anyway, so `AS BuilderBase` is the stage builderbase.
var StageNameCasing = &lint.Rule{
	ID: "DF410", Name: "stage-name-casing",
	Aliases:  []string{"StageNameCasing"},
	Title:    "Stage names should be lowercase",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			args := st.From.Args()
			if len(args) != 3 || !strings.EqualFold(args[1].Text, "AS") {
				continue
			}
			name := args[2].Text
			lower := strings.ToLower(name)
			if name == lower {
				continue
			}
			// Stage names are case-insensitive everywhere BuildKit looks
			// them up (FROM, COPY --from, --target), so renaming changes
			// nothing; the FROM and COPY --from references follow for
			// consistency (a FROM in capitals also trips BuildKit's
			// InvalidDefaultArgInFrom, DF421).
			edits := []lint.Edit{{Range: args[2].Range, New: lower}}
			for _, in := range f.Instructions {
				if in.Keyword != "COPY" {
					continue
				}
				if fl, ok := in.Flag("from"); ok && fl.HasValue && strings.EqualFold(fl.Value, name) && f.Text(fl.ValueRange) != lower {
					edits = append(edits, lint.Edit{Range: fl.ValueRange, New: lower})
				}
			}
			for _, ref := range f.Stages {
				if ref.Parent == st && ref.Image.Text != lower && strings.EqualFold(ref.Image.Text, name) {
					edits = append(edits, lint.Edit{Range: ref.Image.Range, New: lower})
				}
			}
			p.Report(lint.Diagnostic{
				Range:   args[2].Range,
				Message: fmt.Sprintf("Stage name '%s' should be lowercase", name),
				Fixes:   []lint.Fix{{Message: "Rename the stage " + lower, Safe: true, Edits: edits}},
			})
		}
	},
}
