package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/internal/refcheck"
	"github.com/dockerfix/dockerfix/lint"
)

// InvalidDefaultArgInFrom reports a FROM whose image name is not a valid
// reference when the global ARGs keep their defaults: a build must then
// pass --build-arg to work at all.
var InvalidDefaultArgInFrom = &lint.Rule{
	ID: "DF421", Name: "invalid-default-arg-in-from",
	Aliases:  []string{"InvalidDefaultArgInFrom"},
	Title:    "The global ARGs' defaults should make a valid base image name",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			raw := st.Image.Text
			name := raw
			if f.NeedsExpansion(raw) {
				res, err := f.ExpandFrom(raw)
				if err != nil {
					return // BuildKit gives up on the check at the first word it cannot expand
				}
				name = res.Result
			}
			if refcheck.Valid(name) {
				continue
			}
			msg := fmt.Sprintf("Default value for ARG %s results in empty or invalid base image name", raw)
			if !strings.Contains(raw, "$") {
				msg = fmt.Sprintf("%q is not a valid image name; the build fails", name)
			} else if name == "" {
				msg += " (it expands to nothing)"
			} else {
				msg += fmt.Sprintf(" (%q)", name)
			}
			p.Report(lint.Diagnostic{Range: st.From.Range, Message: msg})
		}
	},
}
