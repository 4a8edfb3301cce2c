package rules

import (
	"path"
	"sort"
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
			unverified := "" // a source that may be an archive without an archive's name
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
				if unverified == "" && !glob && !notArchive(p, src) {
					unverified = src
				}
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
			switch {
			case glob:
				fx.Safe = false
				fx.Message += " (a wildcard may match a tar archive, which ADD extracts and COPY does not)"
			case unverified != "":
				fx.Safe = false
				fx.Message += " (unsafe: " + unverified + " could not be read from the build context, and a tar archive without an archive's name is extracted by ADD, copied as it is by COPY)"
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

// notArchive reports a source ADD copies as it is, as far as the build
// context shows: a file read and found no archive, a directory (by its
// trailing slash, or the context's listing), or a name with an extension
// that is no archive's (app.py, config.json). A name without one (rootfs,
// app) that cannot be read may be a tar archive, which ADD extracts.
func notArchive(p *lint.Pass, src string) bool {
	name := strings.TrimPrefix(src, "./")
	if name == "" || name == "." || strings.HasSuffix(name, "/") {
		return true
	}
	if p.Env != nil && p.Env.Context != nil {
		if b, err := p.Env.Context.ReadFile(name); err == nil {
			return !lint.MayBeArchive(b)
		}
		if l := lint.ListContext(p.File, p.Env); l != nil {
			dir := name + "/"
			i := sort.SearchStrings(l.Names, dir)
			if i < len(l.Names) && strings.HasPrefix(l.Names[i], dir) {
				return true
			}
		}
	}
	base := path.Base(name)
	return strings.LastIndexByte(base, '.') > 0
}
