package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// GitLab Code Quality: the subset of the CodeClimate issue format that
// GitLab reads, one array of issues for the whole run.
//
// Severities: info is "info", warning "minor", error "major": a lint
// finding is at most a major issue, and "critical" and "blocker" are left
// for security scanners.
//
// The fingerprint, which GitLab matches between the base and the head of a
// merge request, is the SHA-256 of the rule, the repository path and the
// finding's source text with its blanks and line continuations collapsed,
// so that moving or re-indenting a line keeps it; the n-th identical
// finding in a file (n > 1) also hashes n.

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
}

// appendGitLab appends f's findings as elements of the top-level array.
func appendGitLab(b []byte, f File) []byte {
	for _, issue := range gitlabIssues(f) {
		b = appendElement(b, issue, "")
	}
	return b
}

func gitlabIssues(f File) []gitlabIssue {
	p := f.RepoPath
	if p == "" {
		p = f.Path
	}
	out := make([]gitlabIssue, 0, len(f.Diagnostics))
	seen := map[string]int{}
	for _, d := range f.Diagnostics {
		key := d.Rule + "\x00" + p + "\x00" + normalizedText(f.File, d.Range)
		seen[key]++
		if n := seen[key]; n > 1 {
			key += "\x00" + strconv.Itoa(n)
		}
		sum := sha256.Sum256([]byte(key))
		out = append(out, gitlabIssue{
			Description: d.Message + fixLabel(d),
			CheckName:   d.Rule,
			Fingerprint: hex.EncodeToString(sum[:]),
			Severity:    gitlabSeverity(d.Severity),
			Location:    gitlabLocation{Path: p, Lines: gitlabLines{Begin: f.File.Position(d.Range.Start).Line}},
		})
	}
	return out
}

// normalizedText is r's source text, or its line's when r is empty, with
// line continuations removed and runs of blanks made one space.
func normalizedText(f *lint.File, r lint.Range) string {
	if r.End <= r.Start {
		r = f.LineRange(f.Position(r.Start).Line)
	}
	var words []string
	for _, line := range strings.Split(string(f.Src[r.Start:r.End]), "\n") {
		line = strings.TrimRight(line, " \t\r")
		line = strings.TrimSuffix(line, string(f.Escape))
		words = append(words, strings.Fields(line)...)
	}
	return strings.Join(words, " ")
}

func gitlabSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "major"
	case lint.Warning:
		return "minor"
	}
	return "info"
}
