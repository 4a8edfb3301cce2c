package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// ExposeProtoCasing lower-cases the protocol of an EXPOSE port, which
// BuildKit lower-cases anyway.
var ExposeProtoCasing = &lint.Rule{
	ID: "DF424", Name: "expose-proto-casing",
	Aliases:  []string{"ExposeProtoCasing"},
	Title:    "The protocol in EXPOSE should be lowercase",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			if in.Keyword != "EXPOSE" {
				continue
			}
			for _, port := range f.ExposedPorts(in) {
				lower := strings.ToLower(port.Proto)
				if !port.Linted || port.Proto == lower {
					continue
				}
				d := lint.Diagnostic{
					Range:   port.Word.Range,
					Message: fmt.Sprintf("Defined protocol '%s' in EXPOSE instruction should be lowercase", port.Text),
				}
				if port.Literal {
					at := port.Word.Range.Start + port.ProtoStart
					d.Fixes = []lint.Fix{lint.Replace("Write "+lower, lint.Range{Start: at, End: at + len(port.Proto)}, lower, true)}
				}
				p.Report(d)
			}
		}
	},
}
