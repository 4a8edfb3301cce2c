package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// authorsLabel is the OCI label the fix writes MAINTAINER's value into.
const authorsLabel = "org.opencontainers.image.authors"

// Maintainer replaces the deprecated MAINTAINER with the OCI authors label.
var Maintainer = &lint.Rule{
	ID: "DF401", Name: "maintainer",
	Aliases:  []string{"DL4000", "MaintainerDeprecated", "DS-0022", "CKV_DOCKER_6"},
	Title:    "MAINTAINER is deprecated",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.InstructionsOf("MAINTAINER") {
			label := "LABEL " + authorsLabel + "=" + lint.DockerQuote(in.ArgText(), f.Escape)
			d := lint.Diagnostic{Range: in.Range, Message: "MAINTAINER is deprecated; use a LABEL"}
			safe := true
			if set := authorsSetBefore(f, in); set != nil {
				// MAINTAINER leaves labels alone; the new LABEL would
				// replace the one the image has.
				safe = false
				d.Message += fmt.Sprintf(" (needs review: the LABEL on line %d sets %s already, which this one would replace)", set.StartLine, authorsLabel)
			}
			d.Fixes = []lint.Fix{lint.Replace("Replace with "+label, in.Range, label, safe)}
			p.Report(d)
		}
	},
}

// authorsSetBefore is the last LABEL before in, in its stage chain, that
// sets the authors label; nil when none does.
func authorsSetBefore(f *lint.File, in *lint.Instruction) *lint.Instruction {
	before := f.Before(in)
	for i := len(before) - 1; i >= 0; i-- {
		for _, kv := range before[i].LabelPairs() {
			if strings.Trim(kv.Key.Text, `"'`) == authorsLabel {
				return before[i]
			}
		}
	}
	return nil
}
