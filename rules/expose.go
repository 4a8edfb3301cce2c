package rules

import (
	"fmt"
	"strconv"
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
		for _, e := range exposedPorts(p.File) {
			for _, port := range []int{e.low, e.high} {
				if port > 65535 {
					p.Report(lint.Diagnostic{Range: e.word.Range, Message: fmt.Sprintf("port %d is out of range: ports run from 0 to 65535", port)})
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
		for _, e := range exposedPorts(p.File) {
			if e.low <= 22 && 22 <= e.high && e.proto != "udp" {
				p.Report(lint.Diagnostic{Range: e.word.Range, Message: "EXPOSE " + e.value + " exposes SSH: use docker exec or kubectl exec to get into a container"})
			}
		}
	},
}

// exposed is one port or port range of an EXPOSE, its variables expanded.
type exposed struct {
	word      lint.Word
	value     string // expanded
	low, high int
	proto     string // lower case; "" when none is given
}

// exposedPorts reads the EXPOSE instructions' words that expand to a
// number or a range (80, 80/tcp, 8000-8010/udp). A word that reads a
// variable without a value, or is no number, is left out.
func exposedPorts(f *lint.File) []exposed {
	var out []exposed
	for _, in := range f.Instructions {
		if in.Keyword != "EXPOSE" {
			continue
		}
		vars := f.VarsAt(in)
		for _, w := range in.Args() {
			v, ok := vars.Expand(w.Text)
			if !ok {
				continue
			}
			port, proto, _ := strings.Cut(v, "/")
			lo, hi, isRange := strings.Cut(port, "-")
			if !isRange {
				hi = lo
			}
			low, err1 := strconv.Atoi(lo)
			high, err2 := strconv.Atoi(hi)
			if err1 != nil || err2 != nil || low < 0 || high < 0 {
				continue
			}
			out = append(out, exposed{word: w, value: v, low: low, high: high, proto: strings.ToLower(proto)})
		}
	}
	return out
}
