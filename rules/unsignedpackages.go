package rules

import (
	"fmt"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// UnsignedPackages flags the package-manager switches that install
// packages without checking their signatures: apk --allow-untrusted,
// apt-get --allow-unauthenticated and --force-yes, yum/dnf/tdnf/microdnf
// --nogpgcheck, zypper --no-gpg-checks, rpm --nosignature and the like.
// Whoever can change the repository, the mirror or the download then
// chooses what the image runs. The fix removes the switch; it is unsafe,
// since a package or repository that really is unsigned then fails the
// build.
var UnsignedPackages = &lint.Rule{
	ID: "DF510", Name: "unsigned-packages",
	Aliases:  []string{"CKV2_DOCKER_7", "CKV2_DOCKER_8", "CKV2_DOCKER_9", "CKV2_DOCKER_10", "CKV2_DOCKER_11"},
	Title:    "Install packages with their signatures checked",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check:    checkUnsignedPackages,
}

// unsignedSwitch says what a package tool's option turns off; "" when it
// is none of the switches the rule knows.
func unsignedSwitch(tool, option string) string {
	switch tool {
	case "apk":
		if option == "--allow-untrusted" {
			return "installs packages whose signature is missing or untrusted"
		}
	case "apt-get", "apt", "aptitude":
		switch option {
		case "--allow-unauthenticated":
			return "installs packages from repositories whose signatures are missing or wrong"
		case "--force-yes":
			return "installs unauthenticated packages, and allows downgrades and removals of essential ones"
		}
	case "yum", "dnf", "microdnf", "tdnf":
		if option == "--nogpgcheck" {
			return "installs packages without checking their GPG signatures"
		}
	case "zypper":
		if option == "--no-gpg-checks" {
			return "installs packages without checking their GPG signatures"
		}
	case "rpm":
		switch option {
		case "--nosignature", "--nodigest", "--nofiledigest", "--noverify":
			return "installs a package without checking its signature or digests"
		}
	}
	return ""
}

func checkUnsignedPackages(p *lint.Pass) {
	f := p.File
	// Only a RUN that names a switch is parsed.
	for in, sc := range f.RunScripts(nil, "allow-untrusted", "allow-unauthenticated", "force-yes", "nogpgcheck",
		"no-gpg-checks", "nosignature", "nodigest", "nofiledigest", "noverify") {
		cmds := sc.Commands()
		for ci, call := range sc.Calls() {
			c := cmds[ci]
			if c.Name == "" || c.Name == "apk" && onlyPackageFiles(call.Args[c.At+1:], ".apk") {
				continue
			}
			for _, w := range call.Args[c.At+1:] {
				option, ok := lint.LitWord(w)
				if !ok {
					continue
				}
				what := unsignedSwitch(c.Name, option)
				if what == "" {
					continue
				}
				r := sc.Range(w)
				d := lint.Diagnostic{
					Range: r,
					Message: fmt.Sprintf("%s %s %s: whoever can change the repository, a mirror or the download chooses what the image runs",
						c.Name, option, what),
				}
				if edit, ok := f.RemoveSpan(in, r); ok {
					d.Message += "; needs review: a package or repository that really is unsigned then fails the build"
					d.Fixes = []lint.Fix{{Message: "Remove " + option, Edits: []lint.Edit{edit}}}
				}
				p.Report(d)
			}
		}
	}
}

// onlyPackageFiles reports an apk add whose operands are all package files
// (./x.apk, /tmp/*.apk): a package built in an earlier stage, or fetched
// and checked by hand, carries no signature apk trusts, and
// --allow-untrusted is how such a file is installed. Where the file comes
// from is DF502's (a download) or the build's own. A repository package
// among them is fetched unchecked too, so it counts.
func onlyPackageFiles(args []*syntax.Word, ext string) bool {
	files := 0
	for _, w := range args {
		text := lint.WordKey(w)
		switch {
		case strings.HasPrefix(text, "-"), text == "add", text == "install":
		case strings.HasSuffix(text, ext):
			files++
		default:
			return false
		}
	}
	return files > 0
}
