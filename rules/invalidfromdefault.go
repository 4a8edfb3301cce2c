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
		nested := -1 // whether a global ARG's default reads a variable; found on first use
		for _, st := range f.Stages {
			raw := st.Image.Text
			name := raw
			switch {
			case !f.NeedsExpansion(raw):
			case st.ImageResolved && !defaultsReadVariables(f, &nested):
				// Expanded when the file was parsed, with no built-in ARG
				// and no ARG without a default: what ExpandFrom would say,
				// unless a default reads a variable, which that expansion
				// leaves as it is.
				name = st.ImageExpanded
			default:
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
			if st.Parent != nil && st.Parent.Name != "" {
				// BuildKit's check reads the word as an image name even
				// when it names a stage, which the build finds whatever
				// its case (FROM Builder for the stage builder).
				msg := fmt.Sprintf("%q names the stage %s, which BuildKit's check, reading it as an image name, rejects (the build finds the stage)", name, st.Parent.Name)
				if lower := strings.ToLower(name); lower != name && refcheck.Valid(lower) {
					msg = fmt.Sprintf("%q names the stage %s, which BuildKit's check, reading it as an image name, rejects for its capitals (the build finds the stage): write %q", name, st.Parent.Name, lower)
				}
				p.Report(lint.Diagnostic{Range: st.From.Range, Message: msg})
				continue
			}
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

// defaultsReadVariables reports whether a global ARG's default reads a
// variable, caching the answer in *memo (-1: not known yet).
func defaultsReadVariables(f *lint.File, memo *int) bool {
	if *memo < 0 {
		*memo = 0
		for _, in := range f.GlobalArgs {
			if in.Mentions("$") {
				*memo = 1
			}
		}
	}
	return *memo == 1
}
