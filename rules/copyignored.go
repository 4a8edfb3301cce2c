package rules

import (
	"fmt"
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// CopyIgnoredFile reports a COPY or ADD of a build-context file that the
// .dockerignore excludes: it is not in the context, so the build fails or
// copies less than meant. It matches with BuildKit's own matcher, and,
// like BuildKit, says nothing when the .dockerignore has exclusions (!):
// a file in an ignored directory may be let back in.
var CopyIgnoredFile = &lint.Rule{
	ID: "DF423", Name: "copy-ignored-file",
	Aliases:  []string{"CopyIgnoredFile"},
	Title:    "COPY and ADD should not name a file .dockerignore excludes",
	Severity: lint.Warning,
	Check: func(p *lint.Pass) {
		f := p.File
		var ignore *lint.Dockerignore // read on first use: most files copy nothing
		for _, in := range f.Instructions {
			if in.Keyword != "COPY" && in.Keyword != "ADD" || in.Stage == nil {
				continue
			}
			if ignore == nil {
				ignore = lint.ReadDockerignore(f, p.Env)
			}
			if ignore.ExcludesNothing() || ignore.Reincludes() {
				return
			}
			cp, ok := in.Copy()
			if !ok || cp.From != "" {
				continue
			}
			verb := "Copy"
			if in.Keyword == "ADD" {
				verb = "Add"
			}
			for _, w := range cp.Sources {
				if strings.HasPrefix(w.Text, "<<") {
					continue // a heredoc
				}
				src, known := f.VarsAt(in).Expand(w.Text)
				if !known || in.Keyword == "ADD" && lint.IsRemoteSource(src) {
					continue
				}
				src = path.Clean(src)
				if src == "." || src == "/" {
					if !ignore.ExcludesRoot() {
						continue // the context's root, unless everything in it is ignored
					}
				} else if !ignore.Excludes(src) {
					continue
				}
				p.Report(lint.Diagnostic{
					Range:   w.Range,
					Message: fmt.Sprintf("Attempting to %s file %q that is excluded by %s", verb, src, ignore.Name),
				})
			}
		}
	},
}
