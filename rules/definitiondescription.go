package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// InvalidDefinitionDescription reports a comment right above a named FROM
// or an ARG that does not start with the stage's or argument's name:
// `docker build --call=outline` and `--call=targets` show such comments
// as descriptions. Experimental in BuildKit, so opt-in here.
var InvalidDefinitionDescription = &lint.Rule{
	ID: "DF426", Name: "invalid-definition-description",
	Aliases:  []string{"InvalidDefinitionDescription"},
	Title:    "A comment above FROM or ARG should describe it: `# <name> <description>`",
	Severity: lint.Info,
	Fix:      lint.FixSafe,
	OptIn:    true,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			var names []string
			switch in.Keyword {
			case "FROM":
				if in.Stage != nil && in.Stage.Name != "" {
					names = []string{strings.ToLower(in.Stage.Name)} // BuildKit lower-cases stage names
				}
			case "ARG":
				for _, d := range in.ArgDecls() {
					names = append(names, d.Name)
				}
			}
			comments := in.Node.PrevComment
			if len(names) == 0 || len(comments) == 0 {
				continue
			}
			// BuildKit reads the last comment above, up to its first space;
			// blank lines do not separate comments, an empty # line does.
			last := comments[len(comments)-1]
			if first, _, _ := strings.Cut(last, " "); slices.Contains(names, first) {
				continue
			}
			example := names[0]
			if len(names) > 1 {
				example = "<arg_key>"
			}
			d := lint.Diagnostic{
				Range:   in.Range,
				Message: fmt.Sprintf("Comment for %s should follow the format: `# %s <description>`", in.Keyword, example),
			}
			if !directiveAbove(comments) {
				// An empty comment line ends the comments BuildKit reads; it
				// must start the line: BuildKit reads " #" as the comment "#".
				at := f.FullLineRange(in.StartLine).Start
				d.Fixes = []lint.Fix{lint.Replace("Separate the comment with an empty # line", lint.Range{Start: at, End: at}, "#"+f.Newline, true)}
			}
			p.Report(d)
		}
	},
}

// directiveAbove reports a check directive or an ignore pragma among the
// comments above an instruction: an empty # line would cut it off.
func directiveAbove(comments []string) bool {
	for _, c := range comments {
		c = strings.ToLower(strings.TrimSpace(c))
		if strings.HasPrefix(c, "check") || strings.HasPrefix(c, "dockerfix") || strings.HasPrefix(c, "hadolint") {
			return true
		}
	}
	return false
}
