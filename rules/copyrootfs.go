package rules

import (
	"fmt"
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// CopyEntireFilesystem flags a COPY --from of a stage's whole filesystem
// onto another image's root (hadolint DL3067): the source stage's package
// database, /etc/passwd and libraries replace the image's own.
var CopyEntireFilesystem = &lint.Rule{
	ID: "DF460", Name: "copy-entire-filesystem",
	Aliases:  []string{"DL3067"},
	Title:    "COPY --from of a whole filesystem over an image's root",
	Severity: lint.Warning,
	Check:    checkCopyEntireFilesystem,
}

func checkCopyEntireFilesystem(p *lint.Pass) {
	f := p.File
	for _, st := range f.Stages {
		// Onto scratch, or a stage built only on scratch, nothing is
		// replaced: FROM scratch + COPY --from=build / / squashes a build
		// into one layer. Onto the image the source stage is built on,
		// likewise (sameBase).
		if st.Root().IsScratch() {
			continue
		}
		for _, in := range st.Instructions[1:] {
			cp, ok := in.Copy()
			if !ok || cp.From == "" || !isRootPath(cp.Dest.Text) || !anyRootSource(cp.Sources) {
				continue
			}
			// An image's content is unknown (tonistiigi/xx's is a few
			// scripts, meant to be copied so), and so is a stage that only
			// names one (FROM tonistiigi/xx AS xx); a stage that builds on
			// an OS image holds that OS.
			src, _ := f.CopySource(cp.From)
			if src == nil || src.Index >= st.Index || src.Root().IsScratch() || onlyNamesImage(src) || sameBase(src, st) {
				continue
			}
			base := src.Root().ImageExpanded
			p.Report(lint.Diagnostic{Range: in.Range, Message: fmt.Sprintf(
				"COPY --from=%s / / copies the whole filesystem of a stage built on %s over this image's: its package database, /etc/passwd and libraries replace the image's own; copy the directories the image needs",
				cp.From, base)})
		}
	}
}

// sameBase reports stages built on the same image: a copy of one's whole
// filesystem onto the other adds to the files there and replaces none of
// another system (Home Assistant's base images flatten so: FROM
// ${BUILD_FROM} AS merge, …, FROM ${BUILD_FROM}, COPY --from=merge / /).
func sameBase(a, b *lint.Stage) bool {
	ra, rb := a.Root(), b.Root()
	return ra.Image.Text == rb.Image.Text || ra.ImageResolved && rb.ImageResolved && ra.ImageExpanded == rb.ImageExpanded
}

// onlyNamesImage reports a stage that is an image and nothing more: its
// FROM and no instruction (FROM tonistiigi/xx AS xx), on no other stage.
func onlyNamesImage(st *lint.Stage) bool {
	return st.Parent == nil && len(st.Instructions) == 1
}

// isRootPath reports the root directory, quoted or not: /, "/", //.
func isRootPath(p string) bool {
	p = strings.Trim(p, `"'`)
	return p != "" && path.Clean(p) == "/"
}

func anyRootSource(sources []lint.Word) bool {
	for _, s := range sources {
		if isRootPath(s.Text) {
			return true
		}
	}
	return false
}
