package rules

import (
	"github.com/moby/buildkit/frontend/dockerfile/linter"

	"github.com/dockerfix/dockerfix/internal/bkparser"
	"github.com/dockerfix/dockerfix/lint"
)

// NoEmptyContinuation removes the blank lines inside an instruction split
// over lines with the escape character: BuildKit skips them today and
// will refuse them in a future release.
var NoEmptyContinuation = &lint.Rule{
	ID: "DF412", Name: "no-empty-continuation",
	Aliases:  []string{"NoEmptyContinuation"},
	Title:    "Empty continuation lines will become errors in a future release",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		// The parser's warnings say where: on the last line of the
		// instruction's continued lines, heredocs aside.
		for _, w := range f.Warnings {
			if w.URL != linter.RuleNoEmptyContinuation.URL || w.Location == nil {
				continue
			}
			end := w.Location.Start.Line
			in := f.InstructionAt(end)
			if in == nil || end < 1 || end > f.NumLines() {
				continue
			}
			d := lint.Diagnostic{Range: f.LineRange(end), Message: "Empty continuation line"}
			fx := lint.Fix{Message: "Remove the empty continuation lines", Safe: true}
			for n := in.StartLine + 1; n <= end; n++ {
				r := f.LineRange(n)
				if len(bkparser.TrimLeadingWhitespace(f.Src[r.Start:r.End])) > 0 {
					continue
				}
				d.Related = append(d.Related, lint.Related{Range: r, Message: "empty continuation line"})
				fx.Edits = append(fx.Edits, lint.Edit{Range: f.FullLineRange(n)})
			}
			if len(fx.Edits) > 0 {
				d.Fixes = []lint.Fix{fx}
			}
			p.Report(d)
		}
	},
}
