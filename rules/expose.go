package rules

import (
	"fmt"
	"iter"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// ExposePortRange flags EXPOSE ports above 65535 (hadolint DL3011, Trivy
// DS-0008).
var ExposePortRange = &lint.Rule{
	ID: "DF443", Name: "expose-port-range",
	Aliases:  []string{"DL3011", "DS-0008"},
	Title:    "EXPOSE a port between 0 and 65535",
	Severity: lint.Error,
	Check: func(p *lint.Pass) {
		for e := range exposedPorts(p.File) {
			for _, port := range []int{e.low, e.high} {
				if port > 65535 {
					p.Report(lint.Diagnostic{Range: e.Word.Range, Message: fmt.Sprintf("port %d is out of range: ports run from 0 to 65535", port)})
					break
				}
			}
		}
	},
}

// ExposeSSH flags EXPOSE 22 (Trivy DS-0004, Checkov CKV_DOCKER_1): SSH in
// a container is a second way in to patch and audit; docker exec and
// kubectl exec reach a container without it.
var ExposeSSH = &lint.Rule{
	ID: "DF458", Name: "expose-ssh",
	Aliases:  []string{"DS-0004", "CKV_DOCKER_1"},
	Title:    "Do not expose port 22 (SSH)",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		for e := range exposedPorts(p.File) {
			if e.low <= 22 && 22 <= e.high && !strings.EqualFold(e.Proto, "udp") {
				p.Report(lint.Diagnostic{Range: e.Word.Range, Message: "EXPOSE " + e.Text + " exposes SSH: use docker exec or kubectl exec to get into a container"})
			}
		}
	},
}

// exposed is one port or port range of an EXPOSE (lint.ExposedPorts),
// with its numbers as written, in range or not.
type exposed struct {
	lint.ExposedPort
	low, high int
}

// exposedPorts reads the EXPOSE instructions' container ports that are a
// number or a range (80, 80/tcp, 8000-8010/udp). A word that reads a
// variable without a value, or is no number, is left out.
func exposedPorts(f *lint.File) iter.Seq[exposed] {
	return func(yield func(exposed) bool) {
		for _, in := range f.InstructionsOf("EXPOSE") {
			for _, port := range f.ExposedPorts(in) {
				low, high, ok := lint.PortNumbers(port.ContainerPort)
				if ok && !yield(exposed{port, low, high}) {
					return
				}
			}
		}
	}
}
