// Package report renders lint results: text for people, JSON for machines.
package report

import (
	"github.com/dockerfix/dockerfix/lint"
)

// File is the result of one Dockerfile.
type File struct {
	Path        string     // as shown to the user, slash-separated
	File        *lint.File // for positions; its Src is what the ranges refer to
	Diagnostics []lint.Diagnostic
}

// Summary counts findings.
type Summary struct {
	Files, Findings int
	Fixable         int // with a safe fix
	UnsafeFixable   int // with only an unsafe fix
}

// Summarize counts the findings of files.
func Summarize(files []File) Summary {
	s := Summary{Files: len(files)}
	for _, f := range files {
		for _, d := range f.Diagnostics {
			s.Findings++
			if len(d.Fixes) > 0 {
				if d.Fixes[0].Safe {
					s.Fixable++
				} else {
					s.UnsafeFixable++
				}
			}
		}
	}
	return s
}

// ruleName maps a rule ID to its name.
func ruleName(rules []*lint.Rule, id string) string {
	for _, r := range rules {
		if r.ID == id {
			return r.Name
		}
	}
	return ""
}
