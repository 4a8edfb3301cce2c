package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// FromPlatformFlag flags FROM --platform (hadolint DL3029), unless it
// names BUILDPLATFORM or TARGETPLATFORM. Opt-in: a cross build needs
// --platform=$BUILDPLATFORM, and some stages must run on one platform.
var FromPlatformFlag = &lint.Rule{
	ID: "DF448", Name: "from-platform-flag",
	Aliases:  []string{"DL3029"},
	Title:    "Do not pin FROM to a platform with --platform",
	Severity: lint.Warning,
	OptIn:    true,
	Check: func(p *lint.Pass) {
		for _, st := range p.File.Stages {
			fl, ok := st.From.Flag("platform")
			if !ok || strings.Contains(fl.Value, "BUILDPLATFORM") || strings.Contains(fl.Value, "TARGETPLATFORM") {
				continue
			}
			p.Report(lint.Diagnostic{
				Range:   fl.Range,
				Message: "FROM " + p.File.Text(fl.Range) + " builds this stage for that platform whatever platform the build asks for",
			})
		}
	},
}
