package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// CopyFromUnknownStage flags a COPY --from that names no earlier stage
// (hadolint DL3022): a typo or a later stage. A name with a tag (a colon)
// is an image, as hadolint reads it.
var CopyFromUnknownStage = &lint.Rule{
	ID: "DF446", Name: "copy-from-unknown-stage",
	Aliases:  []string{"DL3022"},
	Title:    "COPY --from should name an earlier stage or a tagged image",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		f := p.File
		eachCopyFrom(f, func(st *lint.Stage, in *lint.Instruction, from lint.Flag) {
			v := from.Value
			d := lint.Diagnostic{Range: from.Range}
			switch target, index := f.CopySource(v); {
			case strings.Contains(f.Text(from.ValueRange), "$"):
				d.Message = "BuildKit does not expand variables in --from: name a stage built FROM the variable instead"
			case strings.Contains(v, ":"):
				return // an image with a tag or digest
			case target == st:
				return // DF447's
			case target != nil && target.Index < st.Index:
				return
			case target != nil:
				d.Message = fmt.Sprintf("--from=%s names a stage defined later, on line %d: define it before the stage that copies from it", v, target.From.StartLine)
				d.Related = []lint.Related{{Range: target.From.Range, Message: "the stage"}}
			case index >= 0:
				d.Message = fmt.Sprintf("--from=%d: the file has no stage %d (stages count from 0)", index, index)
			case strings.Contains(v, "/"):
				// No stage name has a slash: an image, meant as one.
				d.Message = fmt.Sprintf("--from=%s is an image with no tag: BuildKit pulls %s:latest, so each build may copy from another release; pin a tag or digest", v, v)
			case p.NamedContext(v):
				return // a context the project's bake or compose file passes
			default:
				// A named context (--build-context, bake's contexts) is the
				// other reading, which the file alone cannot tell.
				d.Message = fmt.Sprintf("--from=%s names no stage of this file: unless the build passes a context of that name (--build-context %s=…), BuildKit pulls the image %s:latest", v, v, v)
			}
			p.Report(d)
		})
	},
}

// CopyFromOwnStage flags a COPY --from that names the stage it is in
// (hadolint DL3023, Trivy DS-0006): BuildKit stops with a circular
// dependency.
var CopyFromOwnStage = &lint.Rule{
	ID: "DF447", Name: "copy-from-own-stage",
	Aliases:  []string{"DL3023", "DS-0006"},
	Title:    "COPY --from cannot name its own stage",
	Severity: lint.Error,
	Check: func(p *lint.Pass) {
		f := p.File
		eachCopyFrom(f, func(st *lint.Stage, in *lint.Instruction, from lint.Flag) {
			if target, _ := f.CopySource(from.Value); target == st {
				p.Report(lint.Diagnostic{
					Range:   from.Range,
					Message: "COPY --from=" + from.Value + " copies from the stage it is in: BuildKit stops with a circular dependency",
				})
			}
		})
	},
}

// eachCopyFrom calls fn with each COPY --from of a stage (not ONBUILD COPY,
// which runs in another build).
func eachCopyFrom(f *lint.File, fn func(st *lint.Stage, in *lint.Instruction, from lint.Flag)) {
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			if in.Keyword != "COPY" {
				continue
			}
			if from, ok := in.Flag("from"); ok && from.HasValue && from.Value != "" {
				fn(st, in, from)
			}
		}
	}
}
