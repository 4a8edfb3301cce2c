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
				if !known || lint.IsRemoteSource(src) || lint.IsArchiveName(src) {
					skip = true
					break
				}
				if strings.ContainsAny(src, "*?[") {
					glob = true
					continue
				}
				switch addSourceOf(p, src) {
				case addExtracts:
					skip = true
				case addMayExtract:
					if unverified == "" {
						unverified = src
					}
				}
				if skip {
					break
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

// addSource is what ADD does with a local source, as far as the build
// context shows.
type addSource int

const (
	addCopies     addSource = iota // copies it as it is
	addMayExtract                  // it may be a tar archive, which ADD extracts
	addExtracts                    // an archive by its content, whatever its name
)

// addSourceOf reads a local source (no pattern) once: a file read is an
// archive or not by its content; a directory (a trailing slash, or the
// context's listing shows files under it) is copied; a name with an
// extension that is no archive's (app.py, config.json) is copied too. A
// name without one (rootfs, app) that cannot be read may be a tar archive.
func addSourceOf(p *lint.Pass, src string) addSource {
	name := strings.TrimPrefix(src, "./")
	if name == "" || name == "." || strings.HasSuffix(name, "/") {
		return addCopies
	}
	if ctx := p.Context(); ctx != nil {
		if b, err := ctx.ReadFile(name); err == nil {
			if lint.MayBeArchive(b) {
				return addExtracts
			}
			return addCopies
		}
		if l := lint.ListContext(p.File, p.Env); l != nil {
			dir := name + "/"
			i := sort.SearchStrings(l.Names, dir)
			if i < len(l.Names) && strings.HasPrefix(l.Names[i], dir) {
				return addCopies
			}
		}
	}
	if strings.LastIndexByte(path.Base(name), '.') > 0 {
		return addCopies
	}
	return addMayExtract
}
