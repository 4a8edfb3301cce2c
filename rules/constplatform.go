package rules

import (
	"fmt"
	"strings"

	"github.com/containerd/platforms"

	"github.com/dockerfix/dockerfix/lint"
)

// FromPlatformFlagConstDisallowed reports FROM --platform with a fixed
// platform: the stage then builds for that platform whatever the build
// targets, which breaks multi-platform builds. A stage named after its
// platform (build_amd64) says that this is meant.
var FromPlatformFlagConstDisallowed = &lint.Rule{
	ID: "DF422", Name: "from-platform-flag-const",
	Aliases:  []string{"FromPlatformFlagConstDisallowed"},
	Title:    "FROM --platform should not be a constant",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			fl, ok := st.From.Flag("platform")
			if !ok || !fl.HasValue {
				continue
			}
			res, err := f.ExpandFrom(f.Text(fl.ValueRange))
			if err != nil || len(res.Matched) > 0 || len(res.Unmatched) > 0 {
				continue // a variable: not a constant
			}
			plat, err := platforms.Parse(res.Result)
			if err != nil {
				continue // BuildKit fails the build on it
			}
			name := strings.ToLower(st.Name) // BuildKit compares the lower-cased name
			if strings.Contains(name, plat.OS) || strings.Contains(name, plat.Architecture) {
				continue
			}
			p.Report(lint.Diagnostic{
				Range:   fl.Range,
				Message: fmt.Sprintf("FROM --platform flag should not use constant value %q", res.Result),
			})
		}
	},
}
