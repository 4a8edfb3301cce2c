package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// RedundantTargetPlatform removes FROM --platform=$TARGETPLATFORM: a base
// image is pulled for the target platform anyway.
var RedundantTargetPlatform = &lint.Rule{
	ID: "DF420", Name: "redundant-target-platform",
	Aliases:  []string{"RedundantTargetPlatform", "DL3065"},
	Title:    "FROM --platform=$TARGETPLATFORM is the default",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			fl, ok := st.From.Flag("platform")
			if !ok || !fl.HasValue {
				continue
			}
			raw := f.Text(fl.ValueRange)
			res, err := f.ExpandFrom(raw)
			if err != nil || len(res.Matched) != 1 || len(res.Unmatched) != 0 {
				continue // BuildKit wants $TARGETPLATFORM alone, nothing that expands to empty
			}
			if _, ok := res.Matched["TARGETPLATFORM"]; !ok {
				continue
			}
			if tp, _ := f.ExpandFrom("$TARGETPLATFORM"); res.Result != tp.Result {
				continue // ${TARGETPLATFORM}-suffix names another platform
			}
			d := lint.Diagnostic{
				Range:   fl.Range,
				Message: fmt.Sprintf("Setting platform to predefined %s in FROM is redundant as this is the default behavior", raw),
			}
			// A global ARG TARGETPLATFORM with a default makes the flag
			// force that platform: removing it would change the build.
			if decl, ok := f.GlobalArg("TARGETPLATFORM"); !ok || !decl.HasDefault {
				if e, ok := f.RemoveSpan(st.From, fl.Range); ok {
					fx := lint.Fix{Message: "Remove --platform=" + raw, Safe: true, Edits: []lint.Edit{e}}
					// ${TARGETPLATFORM:-linux/amd64}: a builder that does
					// not set TARGETPLATFORM (Docker's legacy builder) is
					// told that platform; without the flag it builds for its own.
					if strings.Contains(raw, ":-") || strings.Contains(raw, "TARGETPLATFORM-") {
						fx.Safe = false
						d.Message += "; needs review: its default applies where TARGETPLATFORM is unset (Docker's legacy builder)"
					}
					d.Fixes = []lint.Fix{fx}
				}
			}
			p.Report(d)
		}
	},
}
