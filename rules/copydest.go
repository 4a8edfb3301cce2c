package rules

import (
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// CopyDestNotDir asks for a trailing slash on the destination of a COPY or
// ADD with several sources (hadolint DL3021, Trivy DS-0011): Docker's
// reference requires the destination to be a directory, and only the
// slash says so whether or not it exists yet.
var CopyDestNotDir = &lint.Rule{
	ID: "DF445", Name: "copy-dest-not-dir",
	Aliases:  []string{"DL3021", "DS-0011"},
	Title:    "COPY with several sources needs a destination ending in /",
	Severity: lint.Error,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			cp, ok := in.Copy()
			if !ok || len(cp.Sources) < 2 {
				continue
			}
			dest := cp.Dest
			raw := strings.Trim(dest.Text, `"'`)
			if v, known := f.VarsAt(in).Expand(dest.Text); known {
				raw = v
			}
			if strings.HasSuffix(raw, "/") || (in.Stage != nil && in.Stage.IsWindows() && strings.HasSuffix(raw, `\`)) {
				continue
			}
			if base := path.Base(raw); base == "." || base == ".." {
				continue // the working directory, or one above: a directory whatever follows
			}
			// Before the closing quote of a quoted or JSON word.
			at := dest.Range.End
			if text := dest.Text; in.JSON || (len(text) >= 2 && (text[len(text)-1] == '"' || text[len(text)-1] == '\'') && text[0] == text[len(text)-1]) {
				at--
			}
			p.Report(lint.Diagnostic{
				Range:   dest.Range,
				Message: in.Keyword + " has several sources, so its destination " + f.Text(dest.Range) + " must be a directory: end it with /",
				Fixes:   []lint.Fix{{Message: "Add / to the destination", Safe: true, Edits: []lint.Edit{{Range: lint.Range{Start: at, End: at}, New: "/"}}}},
			})
		}
	},
}
