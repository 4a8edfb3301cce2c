package rules

import "github.com/dockerfix/dockerfix/lint"

// Maintainer replaces the deprecated MAINTAINER with the OCI authors label.
var Maintainer = &lint.Rule{
	ID: "DF401", Name: "maintainer",
	Aliases:  []string{"DL4000", "MaintainerDeprecated", "DS-0022", "CKV_DOCKER_6"},
	Title:    "MAINTAINER is deprecated",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.InstructionsOf("MAINTAINER") {
			label := "LABEL org.opencontainers.image.authors=" + lint.DockerQuote(in.ArgText(), f.Escape)
			p.Report(lint.Diagnostic{
				Range:   in.Range,
				Message: "MAINTAINER is deprecated; use a LABEL",
				Fixes:   []lint.Fix{lint.Replace("Replace with "+label, in.Range, label, true)},
			})
		}
	},
}
