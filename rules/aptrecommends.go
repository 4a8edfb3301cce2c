package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// AptWithoutNoInstallRecommends flags apt-get install without
// --no-install-recommends: apt then installs every package the requested
// ones recommend, often as many again. The fix adds the option, unsafe: the
// image may rely on a recommended package.
var AptWithoutNoInstallRecommends = &lint.Rule{
	ID: "DF312", Name: "apt-without-no-install-recommends",
	Aliases:  []string{"DL3015", "DS-0029"},
	Title:    "apt-get install also installs recommended packages (add --no-install-recommends)",
	Severity: lint.Info,
	Fix:      lint.FixUnsafe,
	Check:    checkAptRecommends,
}

func checkAptRecommends(p *lint.Pass) {
	f := p.File
	// Recommended packages of a build stage the image does not contain
	// cost build time only.
	for in, sc := range f.RunScripts(f.Ships, "apt") {
		for _, pc := range sc.PackageCommands() {
			if !installsRecommends(f, in, &pc) {
				continue
			}
			p.Report(lint.Diagnostic{
				Range: sc.Range(pc.Call.Args[pc.At]),
				Message: fmt.Sprintf("%s install without --no-install-recommends also installs the packages these recommend "+
					"(needs review: the image may rely on one, such as ca-certificates for HTTPS)", pc.Manager),
				Fixes: []lint.Fix{{Message: "Add --no-install-recommends", Safe: false,
					Edits: []lint.Edit{sc.InsertAfter(pc.VerbWord(), " --no-install-recommends")}}},
			})
		}
	}
	for in, pc := range f.ExecPackageCommands(f.Ships) {
		if installsRecommends(f, in, pc) {
			p.Report(in.ExecFinding(pc.Manager+" install without --no-install-recommends also installs the packages these recommend",
				"add --no-install-recommends to the array by hand"))
		}
	}
}

// installsRecommends reports an apt install that also installs the
// packages its packages recommend.
func installsRecommends(f *lint.File, in *lint.Instruction, pc *lint.PackageCommand) bool {
	return pc.Family == "apt" && pc.Manager != "aptitude" && pc.VerbIs("install") && len(pc.Args) > 0 &&
		!pc.HasOption("--no-install-recommends") && !aptRecommendsOff(pc) &&
		!f.MentionedBefore(in, "apt::install-recommends", lint.NotAssigned("apt::install-recommends"))
}

// aptRecommendsOff reports -o APT::Install-Recommends=false (or 0, no, off).
func aptRecommendsOff(pc *lint.PackageCommand) bool {
	for _, o := range pc.Options {
		if o.Name != "-o" && o.Name != "--option" {
			continue
		}
		key, value, _ := strings.Cut(o.Value, "=")
		if strings.EqualFold(key, "APT::Install-Recommends") {
			switch strings.ToLower(strings.Trim(value, `"'`)) {
			case "false", "0", "no", "off":
				return true
			}
		}
	}
	return false
}
