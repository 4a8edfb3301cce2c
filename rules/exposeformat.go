package rules

import (
	"fmt"

	"github.com/dockerfix/dockerfix/lint"
)

// ExposeInvalidFormat reports an EXPOSE port with an IP address or a host
// port: EXPOSE only records the container's port, BuildKit drops the rest
// and will refuse it in a future release. The fix keeps what BuildKit
// keeps, so the image does not change.
var ExposeInvalidFormat = &lint.Rule{
	ID: "DF425", Name: "expose-invalid-format",
	Aliases:  []string{"ExposeInvalidFormat"},
	Title:    "EXPOSE should not name an IP address or a host port",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			if in.Keyword != "EXPOSE" {
				continue
			}
			for _, port := range f.ExposedPorts(in) {
				if !port.Linted || port.IP == "" && port.HostPort == "" {
					continue
				}
				d := lint.Diagnostic{
					Range:   port.Word.Range,
					Message: fmt.Sprintf("EXPOSE instruction should not define an IP address or host-port mapping, found '%s'", port.Text),
				}
				// Only where the build works today: a spec BuildKit refuses
				// would start to build.
				if port.Literal && port.Err == nil {
					keep := port.Text[port.ContainerStart:]
					d.Fixes = []lint.Fix{lint.Replace("Keep only "+keep, port.Word.Range, keep, true)}
				}
				p.Report(d)
			}
		}
	},
}
