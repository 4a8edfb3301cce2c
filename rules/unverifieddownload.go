package rules

import (
	"fmt"

	"github.com/dockerfix/dockerfix/lint"
)

// DownloadWithoutVerification flags a file fetched with curl, wget or ADD
// and then executed, installed or extracted with no checksum or signature
// check before: whoever controls the server, or the path to it, controls
// what the image runs.
var DownloadWithoutVerification = &lint.Rule{
	ID: "DF502", Name: "download-without-verification",
	Title:    "Verify a downloaded file's checksum or signature before using it",
	Severity: lint.Warning,
	Check:    checkUnverifiedDownloads,
}

func checkUnverifiedDownloads(p *lint.Pass) {
	f := p.File
	for _, t := range f.TraceDownloads() {
		if len(t.Uses) == 0 || t.Verified() {
			continue
		}
		// Name what runs it rather than what readies it (chmod +x).
		use := t.Uses[0]
		for _, u := range t.Uses {
			if !u.Prepares {
				use = u
				break
			}
		}
		where := ""
		if use.In != t.In {
			where = fmt.Sprintf(" on line %d", f.Position(use.Range.Start).Line)
		}
		d := lint.Diagnostic{
			Range: t.URLRange,
			Message: fmt.Sprintf("%s is downloaded and %s%s with no checksum or signature check; "+
				"check it first (echo \"<sha256>  file\" | sha256sum -c -, gpg --verify, or ADD --checksum)",
				t.Shown(), use.How, where),
		}
		if !t.FinalImage {
			d.Severity = lint.Info
			d.Message += " (in a build stage nothing of which reaches the final image)"
		}
		p.Report(d)
	}
}
