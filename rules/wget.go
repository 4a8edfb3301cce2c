package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// WgetProgress flags wget without a quieter output (hadolint DL3047): its
// default progress bar writes a line per few kilobytes into the build log.
// The fix adds -nv (GNU wget) or -q (BusyBox wget, which has no -nv); it
// is unsafe where the output is wanted: asked for (-v, -d, -S) or read by
// the script (2>&1 | grep, 2>log).
var WgetProgress = &lint.Rule{
	ID: "DF451", Name: "wget-progress",
	Aliases:  []string{"DL3047"},
	Title:    "wget without --progress or -nv floods the build log",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
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
						case "debian", "ubuntu", "rhel", "arch", "suse":
							flag = "-nv"
						}
					}
					if flag == "-q" {
						d.Message = "wget prints a progress bar into the build log: add -q (BusyBox wget, which this image may have, has no -nv)"
					}
					at := prog.Range.End
					msg, safe := "Add "+flag+" to wget", true
					switch why := wgetOutputWanted(prog); {
					case why != "":
						msg, safe = msg+" (unsafe: "+why+")", false
					case prog.Script.StderrRead(prog.Call):
						msg, safe = msg+" (unsafe: the script reads its messages, which "+flag+" changes)", false
					}
					d.Fixes = []lint.Fix{{Message: msg, Safe: safe, Edits: []lint.Edit{{Range: lint.Range{Start: at, End: at}, New: " " + flag}}}}
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

// wgetOutputWanted says why wget's messages are asked for: verbose or
// debug output, or the server's response headers, which -nv and -q hide.
// "" when none is.
func wgetOutputWanted(prog lint.Program) string {
	for _, a := range prog.Args() {
		switch {
		case a == "--":
			return ""
		case a == "--verbose" || a == "--debug" || a == "--server-response":
			return "it asks for " + a
		case strings.HasPrefix(a, "-n"):
			// -nv, -nc, -nd, -nH, -np: no single-letter flags.
		case strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--"):
			// -v, -d, -S, alone or in a group (-Sv); an option that takes
			// a value (-O file, -qO-) ends the group.
			for _, c := range a[1:] {
				if strings.ContainsRune("vdS", c) {
					return "it asks for " + a
				}
				if strings.ContainsRune("oaiBeOPtTwQUlARIXDY", c) {
					break
				}
			}
		}
	}
	return ""
}
