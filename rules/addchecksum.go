package rules

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// AddURLWithoutChecksum flags ADD of a URL without --checksum, and ADD of
// a Git repository at a branch or tag rather than a commit: the image gets
// whatever the server holds at build time. With --online, the fix fetches
// the file once and pins its SHA-256 (unsafe: it trusts what the server
// serves today).
var AddURLWithoutChecksum = &lint.Rule{
	ID: "DF503", Name: "add-url-without-checksum",
	Title:    "ADD of a URL needs --checksum; ADD of a Git repository, a commit",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check:    checkAddChecksum,
}

func checkAddChecksum(p *lint.Pass) {
	f := p.File
	var traces map[lint.Range]*lint.DownloadTrace // ADD's downloads, traced on first use
	for _, in := range f.InstructionsOf("ADD") {
		cp, ok := in.Copy()
		if !ok || cp.From != "" || in.Stage == nil {
			continue
		}
		if _, pinned := in.Flag("checksum"); pinned {
			continue
		}
		final := f.FeedsFinalImage(in.Stage)
		report := func(d lint.Diagnostic) {
			if !final {
				d.Severity = lint.Info
				d.Message += " (in a build stage nothing of which reaches the final image)"
			}
			p.Report(d)
		}
		for _, w := range cp.Sources {
			src, known := f.VarsAt(in).Expand(w.Text)
			if !known {
				src = w.Text
			}
			if lint.IsGitSource(src) {
				if !gitCommitPinned(src) {
					report(lint.Diagnostic{Range: w.Range, Message: fmt.Sprintf(
						"ADD %s fetches a branch or tag, which can move; pin a commit (#<40-hex sha>)", src)})
				}
			}
		}
		for _, d := range in.Downloads(f) {
			if traces == nil {
				traces = map[lint.Range]*lint.DownloadTrace{}
				for _, t := range f.TraceDownloads() {
					if t.Tool == "ADD" {
						traces[t.URLRange] = t
					}
				}
			}
			if t := traces[d.URLRange]; t != nil && t.Verified() {
				continue // a later RUN checks it before use
			}
			diag := lint.Diagnostic{
				Range:   d.URLRange,
				Message: fmt.Sprintf("ADD %s has no --checksum: the build takes whatever the server sends", d.URL),
			}
			switch fx, why := addChecksumFix(p, in, d, len(cp.Sources)); {
			case fx != nil:
				diag.Fixes = []lint.Fix{*fx}
				diag.Message += "; needs review: the fix pins what the server serves today"
			case why != "":
				diag.Message += " (" + why + ")"
			}
			report(diag)
		}
	}
}

// addChecksumFix fetches the file through Env.Remote (--online) and pins
// its digest; why says what stood in the way when online.
func addChecksumFix(p *lint.Pass, in *lint.Instruction, d lint.Download, sources int) (*lint.Fix, string) {
	if p.Env == nil || p.Env.Remote == nil {
		return nil, ""
	}
	switch {
	case sources > 1:
		return nil, "--checksum takes one source"
	case d.Expanded() == "":
		return nil, "the URL depends on the build's arguments"
	case !checksumSupported(p.File):
		return nil, "the file's # syntax= frontend predates ADD --checksum (docker/dockerfile:1.6)"
	}
	digest, err := p.Env.Remote.SHA256(d.Expanded())
	if err != nil {
		return nil, "--online did not fetch it: " + err.Error()
	}
	flag := "--checksum=sha256:" + digest
	return &lint.Fix{
		Message: "Pin the checksum the server serves today: " + flag,
		Safe:    false,
		Edits:   []lint.Edit{{Range: lint.Range{Start: in.KeywordRange.End, End: in.KeywordRange.End}, New: " " + flag}},
	}, ""
}

var commitHash = regexp.MustCompile(`(^|[^0-9a-fA-F])[0-9a-fA-F]{40}([0-9a-fA-F]{24})?($|[^0-9a-fA-F])`)

// gitCommitPinned reports a Git source whose fragment or query names a
// full commit hash.
func gitCommitPinned(src string) bool {
	i := strings.IndexAny(src, "#?")
	return i >= 0 && commitHash.MatchString(src[i+1:])
}

// checksumSupported reports whether the file's frontend reads ADD
// --checksum: any but a # syntax=docker/dockerfile:1.N pinned before 1.6.
func checksumSupported(f *lint.File) bool {
	for _, c := range f.Comments {
		if c.Line > 5 {
			break
		}
		v, ok := strings.CutPrefix(strings.ReplaceAll(c.Text, " ", ""), "syntax=docker/dockerfile:")
		if !ok {
			continue
		}
		v, _, _ = strings.Cut(v, "@")
		v = strings.TrimSuffix(strings.TrimSuffix(v, "-labs"), "-experimental")
		major, rest, _ := strings.Cut(v, ".")
		minor, _, _ := strings.Cut(rest, ".")
		if major != "1" || minor == "" {
			return true
		}
		n, err := strconv.Atoi(minor)
		return err != nil || n >= 6
	}
	return true
}
