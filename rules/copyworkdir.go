package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// CopyRelativeWithoutWorkdir flags a COPY to a relative destination in a
// stage chain that sets no WORKDIR (hadolint DL3045): where the files land
// is up to the base image. A chain built on scratch starts in /, so it
// is not flagged.
var CopyRelativeWithoutWorkdir = &lint.Rule{
	ID: "DF450", Name: "copy-relative-without-workdir",
	Aliases:  []string{"DL3045"},
	Title:    "COPY to a relative destination without a WORKDIR",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, st := range f.Stages {
			for _, in := range st.Instructions {
				cp, ok := in.Copy()
				if !ok || in.Keyword != "COPY" {
					continue
				}
				dest := strings.Trim(cp.Dest.Text, `"'`)
				if strings.HasPrefix(dest, "/") || strings.HasPrefix(dest, "$") || windowsAbsolute(dest) {
					continue
				}
				// A scratch image's working directory is /: where the files
				// land is certain.
				if st.LastBefore(in, "WORKDIR") != nil || st.Root().IsScratch() {
					continue
				}
				p.Report(lint.Diagnostic{
					Range:   cp.Dest.Range,
					Message: "COPY to the relative path " + cp.Dest.Text + " with no WORKDIR set: the files land in the base image's working directory, / unless it sets one; set WORKDIR first",
				})
			}
		}
	},
}

// windowsAbsolute reports a path that starts with a drive letter (c:\, d:/).
func windowsAbsolute(p string) bool {
	return len(p) >= 2 && p[1] == ':' && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z')
}
