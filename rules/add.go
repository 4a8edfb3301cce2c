package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// AddInsteadOfCopy asks for COPY where ADD copies local files (hadolint
// DL3020, Trivy DS-0005, Checkov CKV_DOCKER_4): ADD also fetches URLs and
// extracts archives, so it says less about what the step does.
var AddInsteadOfCopy = &lint.Rule{
	ID: "DF444", Name: "add-instead-of-copy",
	Aliases:  []string{"DL3020", "DS-0005", "CKV_DOCKER_4"},
	Title:    "Use COPY, not ADD, for files and folders",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			cp, ok := in.Copy()
			if !ok || in.Keyword != "ADD" {
				continue
			}
			vars := f.VarsAt(in)
			glob := false
			skip := false
			for _, s := range cp.Sources {
				if strings.HasPrefix(s.Text, "<<") {
					continue // a heredoc
				}
				src, known := vars.Expand(s.Text)
				// A source ADD fetches or extracts is ADD's job; so may be
				// one hidden in a variable.
				if !known || lint.IsRemoteSource(src) || lint.IsArchiveName(src) || archiveInContext(p, src) {
					skip = true
					break
				}
				glob = glob || strings.ContainsAny(src, "*?[")
			}
			if skip {
				continue
			}
			d := lint.Diagnostic{Range: in.KeywordRange, Message: "ADD copies local files here: use COPY, which does only that"}
			for _, fl := range in.Flags {
				switch strings.ToLower(fl.Name) {
				case "checksum", "keep-git-dir", "unpack":
					// ADD-only flags: the step is not a plain copy.
					d.Message += " (and drop --" + fl.Name + ", which only ADD takes)"
					p.Report(d)
					skip = true
				}
				if skip {
					break
				}
			}
			if skip {
				continue
			}
			copyKw := in.KeywordLike("COPY")
			fx := lint.Replace("Replace ADD with "+copyKw, in.KeywordRange, copyKw, true)
			if glob {
				fx.Safe = false
				fx.Message += " (a wildcard may match a tar archive, which ADD extracts and COPY does not)"
			}
			d.Fixes = []lint.Fix{fx}
			p.Report(d)
		}
	},
}

// archiveInContext reports a source file of the build context whose
// content is an archive ADD extracts, whatever its name.
func archiveInContext(p *lint.Pass, src string) bool {
	if p.Env == nil || p.Env.Context == nil || strings.ContainsAny(src, "*?[") {
		return false
	}
	b, err := p.Env.Context.ReadFile(strings.TrimPrefix(src, "./"))
	return err == nil && lint.MayBeArchive(b)
}
