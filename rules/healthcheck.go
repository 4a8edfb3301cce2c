package rules

import "github.com/dockerfix/dockerfix/lint"

// NoHealthcheck flags an image without a HEALTHCHECK (hadolint DL3057,
// Trivy DS-0026, Checkov CKV_DOCKER_2). Opt-in: Kubernetes ignores the
// instruction and uses its own probes, so most images rightly have none.
var NoHealthcheck = &lint.Rule{
	ID: "DF453", Name: "no-healthcheck",
	Aliases:  []string{"DL3057", "DS-0026", "CKV_DOCKER_2"},
	Title:    "The image has no HEALTHCHECK",
	Severity: lint.Info,
	OptIn:    true,
	Check: func(p *lint.Pass) {
		final := p.File.FinalStage()
		if final == nil || final.LastBefore(nil, "HEALTHCHECK") != nil {
			return
		}
		p.Report(lint.Diagnostic{
			Range:   final.From.Range,
			Message: "the image has no HEALTHCHECK: docker and Compose cannot tell a hung container from a healthy one (HEALTHCHECK NONE says that is deliberate)",
		})
	},
}
