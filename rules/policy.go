package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// The remediation policy of the base-image rules: which bump is safe,
// which policy a finding is fixed by, and what the message says about it.
// The catalog (rules.Images) only states facts.

// bumpRisk says why applying a base-image bump needs a review, or "" when
// it is safe: the release line and the OS release stay as they are, as far
// as the tag's precision allows (a base the tag leaves floating, such as
// the Alpine under node:24-alpine, may move). A runtime major, a distro
// release or a vendor move is a risk even when the old one has ended.
func bumpRisk(u lint.ImageUpdate) string {
	var risks []string
	var unknown []string // what the old tag is built on or bundles, not known
	if u.Moved {
		risks = append(risks, "it moves to another image")
	}
	for _, c := range u.Changes {
		switch {
		case c.Kind == "release" && (c.FromProduct == "" || c.FromProduct == c.Product):
			risks = append(risks, "a new "+c.Product+" release line")
		case c.FromProduct != "" && c.FromProduct != c.Product:
			risks = append(risks, "another vendor's build ("+c.String()+")")
		case (c.Kind == "runtime" || c.Kind == "os") && c.From == "" && c.Explicit:
			unknown = append(unknown, c.Product)
		case c.Explicit && c.Product == "":
			risks = append(risks, "a new OS release ("+c.String()+")")
		case c.Explicit:
			risks = append(risks, "a new "+c.Product+" release")
		}
	}
	switch len(unknown) {
	case 0:
	case 1:
		risks = append(risks, "the old tag's "+unknown[0]+" release is not known, so it may change")
	default:
		risks = append(risks, "the old tag's "+strings.Join(unknown, " and ")+" releases are not known, so they may change")
	}
	if u.Note != "" {
		risks = append(risks, "the upgrade needs more than the tag")
	}
	if u.Unverified && len(risks) == 0 {
		risks = append(risks, "the target tag is derived from documented conventions, not seen in a registry")
	}
	return strings.Join(risks, ", ")
}

// otherPolicy is the bump policy a finding's second fix follows.
func otherPolicy(policy string) string {
	if policy == "minimal" {
		return "latest-lts"
	}
	return "minimal"
}

// changesText is "node 21 → 24, alpine 3.19 → 3.23": the release lines a
// bump moves that the tags spell or that the image's release carries.
func changesText(u lint.ImageUpdate) string {
	var parts []string
	for _, c := range u.Changes {
		if c.Kind == "release" || c.Explicit {
			parts = append(parts, c.String())
		}
	}
	return strings.Join(parts, ", ")
}

// osMove is the OS release change of a bump, and the new release's name,
// e.g. "debian 13"; ok is false when the OS stays.
func osMove(u lint.ImageUpdate) (c lint.ReleaseChange, name string, ok bool) {
	for _, c := range u.Changes {
		if c.OS && c.To != "" && c.From != c.To {
			return c, strings.TrimSpace(c.Product + " " + c.To), true
		}
	}
	return lint.ReleaseChange{}, "", false
}

// namesRelease finds the first RUN of the stage (or a stage built on it)
// that names the OS release a bump leaves, as apt sources and vendor
// repositories do: "bookworm", "debian/12", "debian12", "ubuntu/22.04".
// It returns that RUN's line and the word found.
func namesRelease(f *lint.File, st *lint.Stage, c lint.ReleaseChange) (line int, word string) {
	var words []string
	if c.FromCodename != "" {
		words = append(words, c.FromCodename)
	}
	if c.Product != "" && c.From != "" {
		words = append(words, c.Product+"/"+c.From, c.Product+c.From, c.Product+"-"+c.From)
	}
	for _, s := range st.Family() {
		for _, in := range s.Instructions {
			if !in.IsRun() {
				continue
			}
			text := strings.ToLower(in.ArgText())
			for _, w := range words {
				if containsWord(text, w) {
					return in.StartLine, w
				}
			}
		}
	}
	return 0, ""
}

// containsWord reports whether w occurs in text with no letter or digit
// right before or after it ("debian/12" in ".../debian/12/prod.list",
// not "debian/120").
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		if (start == 0 || !isAlnum(text[start-1])) && (end == len(text) || !isAlnum(text[end])) {
			return true
		}
		i = start + 1
	}
}

func isAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// installedPackages lists the OS packages the stage (and the stages built
// on it) install by name, at most max of them.
func installedPackages(f *lint.File, st *lint.Stage, max int) (names []string, more bool) {
	seen := map[string]bool{}
	for _, s := range st.Family() {
		for _, in := range s.Instructions {
			if !in.IsRun() || !in.MayCall(f, "apt", "apk", "yum", "dnf", "zypper") {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			for _, pi := range sc.PackageInstalls() {
				for _, p := range pi.Packages() {
					if seen[p.Name] {
						continue
					}
					seen[p.Name] = true
					if len(names) == max {
						return names, true
					}
					names = append(names, p.Name)
				}
			}
		}
	}
	return names, false
}
