package rules

import (
	"fmt"
	"strings"

	"github.com/moby/buildkit/util/suggest"
	"mvdan.cc/sh/v3/syntax"

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
				if !strings.Contains(w.text, "$") {
					continue
				}
				// The names the word reads, as BuildKit's expansion finds
				// them: a declared ARG without a default has no value but
				// is declared, so only the names themselves matter.
				for _, ref := range lint.VarRefs(w.text, f.Escape) {
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
						d.Fixes = renameVar(f, words, name, match)
					}
					p.Report(d)
				}
			}
		}
	},
}

// fromWord is a word of a FROM line that BuildKit expands: the image or
// the --platform value, as written.
type fromWord struct {
	text string
	r    lint.Range
}

func fromWords(f *lint.File, st *lint.Stage) []fromWord {
	words := []fromWord{{st.Image.Text, st.Image.Range}}
	if fl, ok := st.From.Flag("platform"); ok && fl.HasValue {
		words = append(words, fromWord{f.Text(fl.ValueRange), fl.ValueRange})
	}
	return words
}

// renameVar is the unsafe fix that reads match where the words read name:
// the suggestion of a misspelt variable. None when a word spans lines.
func renameVar(f *lint.File, words []fromWord, name, match string) []lint.Fix {
	if !syntax.ValidName(match) {
		return nil // $match would read another name
	}
	fx := lint.Fix{Message: fmt.Sprintf("Read $%s instead of $%s", match, name)}
	for _, w := range words {
		if w.r.Len() != len(w.text) {
			return nil // continued over lines: offsets in text are not offsets in Src
		}
		for _, ref := range lint.VarRefs(w.text, f.Escape) {
			if ref.Name == name {
				fx.Edits = append(fx.Edits, lint.Edit{Range: lint.Range{Start: w.r.Start + ref.NameStart, End: w.r.Start + ref.NameEnd}, New: match})
			}
		}
	}
	if len(fx.Edits) == 0 {
		return nil
	}
	return []lint.Fix{fx}
}
