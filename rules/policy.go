package rules

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dockerfix/dockerfix/internal/images"
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

// The bump DF101 proposes, and the edits that make it on a FROM line (its
// image word, or the global ARG defaults it reads): DF102 and DF103 rewrite
// a FROM the same way, and DF301 offers the bump with the pins it drops.

// policy is the configured bump policy: "latest-lts", "minimal", or ""
// for the default.
func policy(env *lint.Env) string {
	if env != nil && env.Config != nil {
		return env.Config.Bump
	}
	return ""
}

// baseUpdate is the bump DF101 proposes for image under the configured
// policy. When only the OS or a bundled runtime is out (or a patch is
// old), the remediation keeps the release line, whatever the policy.
func baseUpdate(p *lint.Pass, image string) (lint.ImageUpdate, bool) {
	date := p.Env.Date()
	u, ok := p.Env.Images.Update(image, date, policy(p.Env))
	if ok && (u.Reason == "base" || u.Reason == "patch") {
		u, ok = p.Env.Images.Update(image, date, "minimal")
	}
	return u, ok
}

// bumpFix is the fix that moves st to u.Ref, and how the message names
// the target: "node:24-alpine3.23 (node 21 → 24, alpine 3.19 → 3.23)".
// argRisk says what else the edit of an ARG default changes ("" when
// nothing), which makes the fix unsafe.
func bumpFix(p *lint.Pass, st *lint.Stage, u lint.ImageUpdate) (fx lint.Fix, text, argRisk string, ok bool) {
	newRef, digestNote := withDigest(p.Env, st.ImageExpanded, u.Ref)
	text = newRef
	if changes := changesText(u); changes != "" {
		text += " (" + changes + ")"
	}
	edits, argRisk, ok := imageEdits(p, st, newRef)
	if !ok {
		return lint.Fix{}, text, "", false
	}
	return lint.Fix{
		Message: "Bump " + st.ImageExpanded + " to " + text + digestNote,
		Safe:    bumpRisk(u) == "" && digestNote == "" && argRisk == "",
		Edits:   edits,
	}, text, argRisk, true
}

// withDigest carries a digest pin over to the new reference: online the new
// digest is resolved; offline the pin is dropped, and the note that says so
// makes the fix unsafe.
func withDigest(env *lint.Env, old, newRef string) (string, string) {
	r, err := images.ParseRef(old)
	if err != nil || !r.HasDigest() {
		return newRef, ""
	}
	if d, ok := env.Images.Digest(newRef); ok {
		return newRef + "@" + d, ""
	}
	return newRef, " (drops the old digest; run with --online to pin the new one)"
}

// tplPart is a piece of a FROM image word: literal text or a variable.
type tplPart struct {
	lit, name  string
	start, end int // in the word's text
}

// parseTemplate splits a FROM word into literals and ${NAME}/$NAME
// references; ok is false for anything richer (escapes, ${X:+y}, ${X#y}).
func parseTemplate(s string) ([]tplPart, bool) {
	var parts []tplPart
	i := 0
	for i < len(s) {
		j := strings.IndexAny(s[i:], "$\\")
		if j < 0 {
			parts = append(parts, tplPart{lit: s[i:], start: i, end: len(s)})
			break
		}
		if j > 0 {
			parts = append(parts, tplPart{lit: s[i : i+j], start: i, end: i + j})
		}
		i += j
		if s[i] == '\\' {
			return nil, false
		}
		start := i
		var name string
		if strings.HasPrefix(s[i:], "${") {
			k := strings.IndexByte(s[i:], '}')
			if k < 0 {
				return nil, false
			}
			name = s[i+2 : i+k]
			i += k + 1
		} else {
			k := i + 1
			for k < len(s) && (s[k] == '_' || unicode.IsLetter(rune(s[k])) || unicode.IsDigit(rune(s[k]))) {
				k++
			}
			name = s[i+1 : k]
			i = k
		}
		if name == "" || strings.ContainsAny(name, ":-+#%/?=") {
			return nil, false
		}
		parts = append(parts, tplPart{name: name, start: start, end: i})
	}
	return parts, true
}

// imageEdits rewrites a stage's FROM image to newRef. A literal word is
// replaced whole. In a word built from global ARGs, the edit lands on one
// ARG's default, the others keeping theirs (and on the literal after it,
// when the OS suffix moves too), provided every other FROM that uses the
// ARG stays valid; or, when every ARG keeps its value, on the literal
// text after the last one (FROM ${REGISTRY}/ubuntu:20.04).
func imageEdits(p *lint.Pass, st *lint.Stage, newRef string) (edits []lint.Edit, risk string, ok bool) {
	w := st.Image
	if w.Range.Len() != len(w.Text) {
		return nil, "", false // the word spans a line continuation
	}
	if !strings.ContainsAny(w.Text, "$\\") {
		return []lint.Edit{{Range: w.Range, New: newRef}}, "", true
	}
	parts, ok := parseTemplate(w.Text)
	if !ok {
		return nil, "", false
	}
	// The tag is mostly last: try the last variable first.
	for i := len(parts) - 1; i >= 0; i-- {
		if parts[i].name == "" {
			continue
		}
		if edits, risk, ok := argValueEdits(p, st, parts, i, newRef); ok {
			return edits, risk, true
		}
	}
	return literalTailEdit(p.File, st, parts, newRef)
}

// argValueEdits moves the image to newRef by a new default of the ARG
// parts[varIdx] names, the other ARGs keeping their values.
func argValueEdits(p *lint.Pass, st *lint.Stage, parts []tplPart, varIdx int, newRef string) ([]lint.Edit, string, bool) {
	f := p.File
	w := st.Image
	decl, ok := f.GlobalArg(parts[varIdx].name)
	if !ok || !decl.HasDefault {
		return nil, "", false
	}
	prefix, okP := f.ExpandGlobal(w.Text[:parts[varIdx].start])
	suffix, okS := f.ExpandGlobal(w.Text[parts[varIdx].end:])
	if !okP || !okS || prefix+decl.Default+suffix != st.ImageExpanded || !strings.HasPrefix(newRef, prefix) {
		return nil, "", false
	}
	rest := newRef[len(prefix):]
	var value, newSuffix string
	switch {
	case strings.HasSuffix(rest, suffix) && len(rest) > len(suffix):
		value, newSuffix = rest[:len(rest)-len(suffix)], suffix
	case !strings.Contains(decl.Default, "-") && strings.HasPrefix(suffix, "-") && strings.Contains(rest, "-"):
		// ${VERSION}-alpine3.16 → the version and the OS part both move.
		k := strings.IndexByte(rest, '-')
		value, newSuffix = rest[:k], rest[k:]
	default:
		return nil, "", false
	}
	if value == decl.Default {
		return nil, "", false // not this ARG's change
	}
	// Every FROM that uses the ARG must still name a supported image.
	for _, other := range f.Stages {
		if other == st || other.Parent != nil || !usesVar(other.Image.Text, decl.Name) {
			continue
		}
		exp := strings.ReplaceAll(strings.ReplaceAll(other.Image.Text, "${"+decl.Name+"}", value), "$"+decl.Name, value)
		exp, resolved := f.ExpandGlobal(exp)
		if !resolved || p.Env.Images == nil || !p.Env.Images.Exists(exp) {
			return nil, "", false
		}
		if u, ok := p.Env.Images.Update(exp, p.Env.Date(), policy(p.Env)); ok && u.EOL {
			return nil, "", false
		}
	}
	edits := []lint.Edit{argDefaultEdit(f, decl, value)}
	if newSuffix != suffix {
		last := parts[len(parts)-1]
		if varIdx != len(parts)-2 || last.name != "" {
			return nil, "", false
		}
		edits = append(edits, lint.Edit{
			Range: lint.Range{Start: w.Range.Start + last.start, End: w.Range.Start + last.end},
			New:   newSuffix,
		})
	}
	return edits, argReadElsewhere(f, decl), true
}

// literalTailEdit moves the image to newRef by the literal text after the
// last variable, when the variables keep their values: the registry
// ${REGISTRY} stays, ubuntu:20.04 becomes ubuntu:26.04.
func literalTailEdit(f *lint.File, st *lint.Stage, parts []tplPart, newRef string) ([]lint.Edit, string, bool) {
	last := parts[len(parts)-1]
	if last.name != "" || len(parts) < 2 {
		return nil, "", false
	}
	w := st.Image
	head, ok := f.ExpandGlobal(w.Text[:last.start])
	if !ok || head+last.lit != st.ImageExpanded || !strings.HasPrefix(newRef, head) {
		return nil, "", false
	}
	tail := newRef[len(head):]
	if tail == "" || strings.ContainsAny(tail, "$\\") {
		return nil, "", false
	}
	return []lint.Edit{{Range: lint.Range{Start: w.Range.Start + last.start, End: w.Range.Start + last.end}, New: tail}}, "", true
}

// argReadElsewhere says where else a global ARG's value is read, beside
// the FROM lines: a stage that declares it again without a default (ARG
// VARIANT) gets it for its build steps, and a later global default may
// read it. A new default for the FROM's sake changes those too. "" when
// nothing else reads it.
func argReadElsewhere(f *lint.File, decl lint.ArgDecl) string {
	for _, in := range f.GlobalArgs {
		if in.Index <= decl.Instruction.Index {
			continue
		}
		for _, d := range in.ArgDecls() {
			if d.HasDefault && usesVar(d.RawDefault, decl.Name) {
				return fmt.Sprintf("the default of ARG %s on line %d reads %s too", d.Name, in.StartLine, decl.Name)
			}
		}
	}
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			if in.Keyword != "ARG" {
				continue
			}
			for _, d := range in.ArgDecls() {
				if d.Name == decl.Name && !d.HasDefault {
					return fmt.Sprintf("ARG %s on line %d brings the new value into the build steps of its stage too", d.Name, in.StartLine)
				}
			}
		}
	}
	return ""
}

func usesVar(word, name string) bool {
	parts, ok := parseTemplate(word)
	if !ok {
		return strings.Contains(word, name)
	}
	for _, pt := range parts {
		if pt.name == name {
			return true
		}
	}
	return false
}

// argDefaultEdit replaces an ARG default, keeping its quotes.
func argDefaultEdit(f *lint.File, decl lint.ArgDecl, value string) lint.Edit {
	r := decl.DefaultRange
	raw := f.Text(r)
	if len(raw) >= 2 && (raw[0] == '"' || raw[0] == '\'') && raw[len(raw)-1] == raw[0] {
		r = lint.Range{Start: r.Start + 1, End: r.End - 1}
	}
	return lint.Edit{Range: r, New: value}
}
