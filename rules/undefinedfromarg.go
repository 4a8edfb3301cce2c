package rules

import (
	"fmt"
	"strings"

	"github.com/moby/buildkit/util/suggest"

	"github.com/dockerfix/dockerfix/lint"
)

// UndefinedArgInFrom reports a variable in a FROM line (its image or its
// --platform) that no global ARG declares and BuildKit does not define:
// it expands to nothing, usually a typo of one that is declared.
var UndefinedArgInFrom = &lint.Rule{
	ID: "DF416", Name: "undefined-arg-in-from",
	Aliases:  []string{"UndefinedArgInFrom"},
	Title:    "FROM should only use declared ARGs",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check: func(p *lint.Pass) {
		f := p.File
		var global map[string]bool // the global ARGs' names, made on first use
		for _, st := range f.Stages {
			words := fromWords(f, st)
			reported := map[string]bool{}
			for _, w := range words {
				if !strings.Contains(w.Text, "$") {
					continue
				}
				// The names the word reads, as BuildKit's expansion finds
				// them: a declared ARG without a default has no value but
				// is declared, so only the names themselves matter.
				for _, ref := range lint.VarRefs(w.Text, f.Escape) {
					name := ref.Name
					if reported[name] || lint.IsBuiltinArg(name) {
						continue
					}
					if global == nil {
						global = map[string]bool{}
						for _, in := range f.GlobalArgs {
							for _, d := range in.ArgDecls() {
								global[d.Name] = true
							}
						}
					}
					if global[name] {
						continue
					}
					reported[name] = true
					d := lint.Diagnostic{
						Range:   st.From.Range,
						Message: fmt.Sprintf("FROM argument '%s' is not declared", name),
					}
					if match, ok := suggest.Search(name, f.FromArgNames(), true); ok {
						d.Message += fmt.Sprintf(" (did you mean %s?)", match)
						d.Fixes = lint.RenameVarFix(f, words, name, match)
					}
					p.Report(d)
				}
			}
		}
	},
}

// fromWords are the words of a FROM line that BuildKit expands: the image
// and the --platform value, as written.
func fromWords(f *lint.File, st *lint.Stage) []lint.VarWord {
	words := []lint.VarWord{{Text: st.Image.Text, Range: st.Image.Range}}
	if fl, ok := st.From.Flag("platform"); ok && fl.HasValue {
		words = append(words, lint.VarWord{Text: f.Text(fl.ValueRange), Range: fl.ValueRange})
	}
	return words
}
