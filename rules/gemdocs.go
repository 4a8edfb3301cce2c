package rules

import (
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// GemWithoutNoDocument flags gem install and gem update without
// --no-document: RubyGems then generates ri and RDoc documentation for
// every gem, which no container reads and which takes time and space. The
// fix adds --no-document.
var GemWithoutNoDocument = &lint.Rule{
	ID: "DF320", Name: "gem-without-no-document",
	Title:    "gem install generates documentation (add --no-document)",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
	Check:    checkGemDocs,
}

func checkGemDocs(p *lint.Pass) {
	f := p.File
	keep := func(in *lint.Instruction) bool {
		return f.Ships(in) && !officialRuby(in.Stage.Root().ImageExpanded) && !rubyGemrcCopied(f, in) &&
			!f.MentionedBefore(in, "gemrc", nil)
	}
	for in, sc := range f.RunScripts(keep, "gem") {
		for _, pc := range sc.PackageCommands() {
			if pc.Family != "gem" || !pc.VerbIs("install", "i", "update") || gemNoDocument(&pc) {
				continue
			}
			msg := fmt.Sprintf("gem %s without --no-document generates ri and RDoc documentation into the layer", pc.Verb)
			old, safe := oldRubyGems(p, in)
			if !safe {
				msg += " (needs review: " + old + " ships RubyGems older than 2.0, which has no --no-document; use --no-ri --no-rdoc there)"
			}
			p.Report(lint.Diagnostic{
				Range:   sc.Range(pc.Call.Args[pc.At]),
				Message: msg,
				Fixes: []lint.Fix{{Message: "Add --no-document", Safe: safe,
					Edits: []lint.Edit{sc.InsertAfter(pc.VerbWord(), " --no-document")}}},
			})
		}
	}
	for in, pc := range f.ExecPackageCommands(keep) {
		if pc.Family == "gem" && pc.VerbIs("install", "i", "update") && !gemNoDocument(pc) {
			p.Report(in.ExecFinding(fmt.Sprintf("gem %s without --no-document generates ri and RDoc documentation into the layer", pc.Verb),
				"add --no-document to the array by hand"))
		}
	}
}

// oldRubyGems reports a stage built on an OS release whose own RubyGems
// predates 2.0, the first with --no-document: CentOS and RHEL 6 (1.3.7),
// Ubuntu 14.04 and older (1.8), Debian 7 and older (1.8). safe is true
// elsewhere, the release unknown included: RubyGems 2.0 came in 2013.
func oldRubyGems(p *lint.Pass, in *lint.Instruction) (release string, safe bool) {
	rel, ok := p.OSRelease(in.Stage)
	if ok && (rel.Before("centos", "7") || rel.Before("rhel", "7") || rel.Before("oraclelinux", "7") ||
		rel.Before("ubuntu", "14.10") || rel.Before("debian", "8")) {
		return rel.String(), false
	}
	return "", true
}

// gemNoDocument reports --no-document (-N, or an abbreviation such as
// --no-doc, which RubyGems' option parser accepts), --document= with no
// kinds, or the old --no-ri with --no-rdoc.
func gemNoDocument(pc *lint.PackageCommand) bool {
	if pc.HasOption("-N") || pc.HasOption("--no-ri") && pc.HasOption("--no-rdoc") {
		return true
	}
	for _, o := range pc.Options {
		if strings.HasPrefix(o.Name, "--no-doc") || o.Name == "--document" && o.HasValue && o.Value == "" {
			return true
		}
	}
	return false
}

// officialRuby reports the official ruby image, whose
// /usr/local/etc/gemrc already says install: --no-document.
func officialRuby(image string) bool { return lint.OfficialImage(image) == "ruby" }

// rubyGemrcCopied reports a COPY --from of the official ruby image (or of
// a stage built from it) before in that brings its /usr/local/etc/gemrc
// along: COPY --from=ruby:3.4 /usr/local /usr/local.
func rubyGemrcCopied(f *lint.File, in *lint.Instruction) bool {
	for _, x := range f.Before(in) {
		spec, ok := x.Copy()
		if !ok || spec.From == "" {
			continue
		}
		image := spec.From
		if st := f.StageByName(spec.From); st != nil {
			image = st.Root().ImageExpanded
		}
		if !officialRuby(image) {
			continue
		}
		for _, src := range spec.Sources {
			if lint.PathWithin("/usr/local/etc/gemrc", strings.Trim(src.Text, `"'`)) {
				return true
			}
		}
	}
	return false
}
