package rules

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"

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
		var ignore *dockerignore // read on first use: most files copy nothing
		for _, in := range f.Instructions {
			if in.Keyword != "COPY" && in.Keyword != "ADD" || in.Stage == nil {
				continue
			}
			if ignore == nil {
				ignore = readDockerignore(p)
			}
			if ignore.matcher == nil {
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
				if !known || in.Keyword == "ADD" && remoteSource(src) {
					continue
				}
				src = path.Clean(src)
				if (src == "." || src == "/") && !ignore.rootIgnored() {
					continue // the context's root, unless everything in it is ignored
				}
				if hit, err := ignore.matcher.MatchesOrParentMatches(src); err != nil || !hit {
					continue
				}
				p.Report(lint.Diagnostic{
					Range:   w.Range,
					Message: fmt.Sprintf("Attempting to %s file %q that is excluded by %s", verb, src, ignore.name),
				})
			}
		}
	},
}

// dockerignore is the build context's ignore file, as BuildKit reads it.
type dockerignore struct {
	name    string
	matcher *patternmatcher.PatternMatcher // nil: none, empty, or with exclusions
}

// readDockerignore reads <Dockerfile>.dockerignore beside the Dockerfile,
// else the context's .dockerignore (the Dockerfile's directory, as
// lint.Env.Context sees it).
func readDockerignore(p *lint.Pass) *dockerignore {
	d := &dockerignore{}
	if p.Env == nil || p.Env.Context == nil {
		return d
	}
	for _, name := range []string{path.Base(p.File.Path) + ".dockerignore", ".dockerignore"} {
		src, err := p.Env.Context.ReadFile(name)
		if err != nil {
			continue
		}
		d.name = name
		patterns, err := ignorefile.ReadAll(bytes.NewReader(src))
		if err != nil || len(patterns) == 0 {
			return d
		}
		m, err := patternmatcher.New(patterns)
		if err != nil || m.Exclusions() {
			return d
		}
		d.matcher = m
		return d
	}
	return d
}

// rootIgnored reports a pattern that ignores everything at the root.
func (d *dockerignore) rootIgnored() bool {
	for _, pat := range d.matcher.Patterns() {
		if pat.Exclusion() {
			continue
		}
		switch pat.String() {
		case "*", "**", "**/*":
			return true
		}
	}
	return false
}

// remoteSource reports an ADD source BuildKit fetches: a URL or a Git
// repository.
func remoteSource(src string) bool {
	for _, prefix := range []string{"http://", "https://", "git://", "git@", "ssh://"} {
		if strings.HasPrefix(src, prefix) {
			return true
		}
	}
	return false
}
