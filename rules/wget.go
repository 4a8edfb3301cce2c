package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// WgetProgress flags wget without a quieter output (hadolint DL3047): its
// default progress bar writes a line per few kilobytes into the build log.
// The fix adds -nv (GNU wget) or -q (BusyBox wget, which has no -nv).
var WgetProgress = &lint.Rule{
	ID: "DF451", Name: "wget-progress",
	Aliases:  []string{"DL3047"},
	Title:    "wget without --progress or -nv floods the build log",
	Severity: lint.Info,
	Fix:      lint.FixSafe,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			if !in.IsRun() || !in.MayRun(f, "wget") {
				continue
			}
			for _, prog := range in.Programs(f) {
				if prog.Name != "wget" || wgetQuiet(prog.Args()) {
					continue
				}
				d := lint.Diagnostic{Range: prog.Range, Message: "wget prints a progress bar into the build log: add -nv (or --progress=dot:giga)"}
				if prog.Call != nil {
					// BusyBox wget (Alpine's, or an unknown image's, such as
					// the one an ONBUILD RUN runs in) has -q but no -nv.
					flag := "-q"
					if in.Keyword == "RUN" && in.Stage != nil {
						switch p.Distro(in.Stage) {
						case "debian", "ubuntu", "rhel":
							flag = "-nv"
						}
					}
					at := prog.Range.End
					d.Fixes = []lint.Fix{{Message: "Add " + flag + " to wget", Safe: true, Edits: []lint.Edit{{Range: lint.Range{Start: at, End: at}, New: " " + flag}}}}
				}
				p.Report(d)
			}
		}
	},
}

// wgetQuiet reports wget options that keep the progress bar out of the
// log: --progress, -q/--quiet, -nv/--no-verbose, or output to a file
// (-o/--output-file, -a/--append-output), as hadolint reads them: a short
// option anywhere in a group (-qO-).
func wgetQuiet(args []string) bool {
	for _, a := range args {
		switch {
		case a == "--" || a == "-":
		case a == "-nv":
			return true
		case strings.HasPrefix(a, "--"):
			name, _, _ := strings.Cut(a[2:], "=")
			switch name {
			case "progress", "quiet", "no-verbose", "output-file", "append-output":
				return true
			}
		case strings.HasPrefix(a, "-"):
			if strings.ContainsAny(a[1:], "qoa") {
				return true
			}
		}
	}
	return false
}
