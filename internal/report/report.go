// Package report renders lint results: text for people, and for machines
// JSON, SARIF, GitHub workflow commands, reviewdog's rdjson and rdjsonl,
// and GitLab Code Quality.
package report

import (
	"github.com/dockerfix/dockerfix/lint"
)

// File is the result of one Dockerfile.
type File struct {
	Path        string     // as shown to the user, slash-separated
	File        *lint.File // for positions; its Src is what the ranges refer to
	Diagnostics []lint.Diagnostic
	// RepoPath is the path relative to the repository root,
	// slash-separated, for the formats code hosts read (sarif, github,
	// gitlab); "" when the file is not below the root, or is standard
	// input: they then use Path.
	RepoPath string
	// Suppressed are the findings ignore pragmas hid, which SARIF lists;
	// nil unless a format asks for them.
	Suppressed []lint.Suppressed
	// Notes are what the run could not do for the file, said once: never
	// findings, never counted. JSON writes them.
	Notes []Note
}

// Note is a file-level remark that is not a finding, such as the base
// images the catalog does not know and so DF101 could not judge offline.
type Note struct {
	Message string
	Images  []string // the base images it is about, as the FROM lines name them
}

// Summary counts findings.
type Summary struct {
	Files, Findings int
	Fixable         int // with a safe fix
	UnsafeFixable   int // with only an unsafe fix
}

// Summarize counts the findings of files.
func Summarize(files []File) Summary {
	var s Summary
	for _, f := range files {
		s.Add(SummarizeFile(f))
	}
	return s
}

// SummarizeFile counts the findings of one file.
func SummarizeFile(f File) Summary {
	s := Summary{Files: 1}
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
	return s
}

// Add adds t's counts to s.
func (s *Summary) Add(t Summary) {
	s.Files += t.Files
	s.Findings += t.Findings
	s.Fixable += t.Fixable
	s.UnsafeFixable += t.UnsafeFixable
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
