package rules

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// OutdatedBaseImage flags a FROM whose release (or OS release) is past end
// of support on the date, or that pins an old patch of its line, and bumps
// it to a supported tag that exists.
var OutdatedBaseImage = &lint.Rule{
	ID: "DF101", Name: "outdated-base-image",
	Title:    "Base image is past end of support or behind its release line",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check:    checkOutdated,
}

// UntaggedBaseImage flags a FROM with no tag, `latest`, or a bare variant
// (node:alpine), and pins the version it points to today.
var UntaggedBaseImage = &lint.Rule{
	ID: "DF102", Name: "untagged-base-image",
	Aliases:  []string{"DL3006", "DL3007", "DS-0001", "CKV_DOCKER_7"},
	Title:    "Base image has no version tag (none, or latest)",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check:    checkUntagged,
}

// tagVerifier is what the catalog adapter (Images) also answers: whether
// a reference's tag comes only from documented conventions. An Env whose
// Images cannot say is taken at its word.
type tagVerifier interface {
	Unverified(image string) bool
}

// tagAger is an Images that can tell how old its tag lists are.
type tagAger interface {
	TagsAge(image string, date time.Time) int
}

// BaseImageNotPinned (opt-in) asks for a digest on every base image; with
// --online the fix appends the digest the tag resolves to.
var BaseImageNotPinned = &lint.Rule{
	ID: "DF103", Name: "base-image-not-pinned",
	Title:    "Base image is not pinned by digest",
	Severity: lint.Info,
	Fix:      lint.FixSafe,
	OptIn:    true,
	Check:    checkNotPinned,
}

// imageStages are the stages built from a registry image whose reference is
// known after ARG expansion: no stage references, no scratch.
func imageStages(f *lint.File) []*lint.Stage {
	var out []*lint.Stage
	for _, st := range f.Stages {
		if st.Parent != nil || st.IsScratch() || st.Image.Text == "" || !st.ImageResolved {
			continue
		}
		out = append(out, st)
	}
	return out
}

func policy(env *lint.Env) string {
	if env != nil && env.Config != nil {
		return env.Config.Bump
	}
	return ""
}

func checkOutdated(p *lint.Pass) {
	if p.Env == nil || p.Env.Images == nil {
		return
	}
	date := p.Env.Date()
	pol := policy(p.Env)
	for _, st := range imageStages(p.File) {
		u, ok := baseUpdate(p, st.ImageExpanded)
		if !ok {
			continue
		}
		alt := otherPolicy(pol)
		if u.Reason == "base" || u.Reason == "patch" {
			alt = ""
		}
		d := lint.Diagnostic{Range: st.Image.Range}
		if !u.EOL {
			// Behind on patches, or patched for free past regular support
			// (Debian LTS): worth a bump, not an alarm.
			d.Severity = lint.Info
		}
		if u.Ref == "" {
			d.Message = fmt.Sprintf("%s: %s; no supported tag of this image to move to", st.ImageExpanded, u.Message)
			p.Report(d)
			continue
		}
		fx, text, argRisk, ok := bumpFix(p, st, u)
		d.Message = fmt.Sprintf("%s: %s; bump to %s", st.ImageExpanded, u.Message, text)
		if !ok {
			d.Message += " (the tag comes from ARGs too tangled to rewrite)"
			p.Report(d)
			continue
		}
		d.Fixes = []lint.Fix{fx}
		if alt != "" {
			if v, ok := p.Env.Images.Update(st.ImageExpanded, date, alt); ok && v.Ref != "" && v.Ref != u.Ref {
				if afx, atext, _, ok := bumpFix(p, st, v); ok {
					d.Fixes = append(d.Fixes, afx)
					d.Message += ", or to " + atext + " with --bump " + alt
				}
			}
		}
		switch risk := bumpRisk(u); {
		case risk != "" && argRisk != "":
			d.Message += "; needs review: " + risk + "; " + argRisk
		case risk != "" || argRisk != "":
			d.Message += "; needs review: " + risk + argRisk
		}
		if move, os, ok := osMove(u); ok {
			if names, more := installedPackages(p.File, st, 4); len(names) > 0 {
				list := strings.Join(names, ", ")
				if more {
					list += ", …"
				}
				d.Message += fmt.Sprintf("; the stage installs OS packages by name (%s): their names and versions may differ in %s", list, os)
			}
			if line, word := namesRelease(p.File, st, move); line > 0 {
				d.Message += fmt.Sprintf("; the RUN on line %d names the old release (%s)", line, word)
			}
		}
		p.Report(d)
	}
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

func checkUntagged(p *lint.Pass) {
	for _, st := range p.File.Stages {
		if st.Parent == nil && !st.ImageResolved && untaggedTemplate(st.Image.Text) {
			// ${REGISTRY}/ubuntu: no value of the variable can add a tag.
			p.Report(lint.Diagnostic{
				Range:   st.Image.Range,
				Message: st.Image.Text + " has no tag: every build may get a different release",
			})
		}
	}
	for _, st := range imageStages(p.File) {
		r, err := images.ParseRef(st.ImageExpanded)
		if err != nil || r.HasDigest() {
			continue
		}
		var pinned string
		ok := false
		if p.Env != nil && p.Env.Images != nil {
			pinned, ok = p.Env.Images.Pin(st.ImageExpanded, p.Env.Date())
		}
		var what string
		switch {
		case !r.HasTag():
			what = "has no tag"
		case r.Tag == "latest":
			what = "uses the latest tag"
		case bareVariant(r.Tag, pinned, ok):
			what = fmt.Sprintf("uses %q, a variant with no version", r.Tag)
		default:
			continue
		}
		subject := st.ImageExpanded
		if strings.Contains(st.Image.Text, "$") {
			// FROM ${BASEIMAGE}: the default may be a placeholder that
			// every real build overrides; say where the name comes from.
			subject += " (" + st.Image.Text + " by default)"
		}
		d := lint.Diagnostic{
			Range:   st.Image.Range,
			Message: fmt.Sprintf("%s %s: every build may get a different release", subject, what),
		}
		if ok {
			d.Message += "; pin " + pinned
			// A tag derived from documented conventions may not exist.
			v, canTell := p.Env.Images.(tagVerifier)
			unverified := canTell && v.Unverified(pinned)
			// What latest gives today may have moved since the tag lists
			// were taken: a pin to an older release would be a downgrade.
			age := 0
			if a, ok := p.Env.Images.(tagAger); ok {
				age = a.TagsAge(st.ImageExpanded, p.Env.Date())
			}
			stale := age > images.FreshDays
			switch {
			case unverified:
				d.Message += "; needs review: the tag is derived from documented conventions, not seen in a registry"
			case stale:
				d.Message += fmt.Sprintf("; needs review: the catalog's tags are %d days old, and a newer release may have come since (--online lists the registry's)", age)
			}
			if edits, risk, eok := imageEdits(p, st, pinned); eok {
				if risk != "" {
					d.Message += "; needs review: " + risk
				}
				d.Fixes = []lint.Fix{{Message: "Pin " + pinned, Safe: !unverified && !stale && risk == "", Edits: edits}}
			}
		}
		p.Report(d)
	}
}

// untaggedTemplate reports whether an image word with variables certainly
// has no tag or digest: its last path element is literal and has neither.
func untaggedTemplate(word string) bool {
	i := strings.LastIndexByte(word, '/')
	if i < 0 {
		return false
	}
	last := word[i+1:]
	return last != "" && !strings.ContainsAny(last, "$:@{}")
}

// bareVariant reports whether tag is a variant alone (alpine, slim) that the
// catalog pins as "<version>-<tag>"; aliases such as lts or a codename are
// versions in their own right.
func bareVariant(tag, pinned string, ok bool) bool {
	if !ok || strings.IndexFunc(tag, unicode.IsDigit) >= 0 {
		return false
	}
	return strings.HasSuffix(pinned, "-"+tag)
}

func checkNotPinned(p *lint.Pass) {
	for _, st := range imageStages(p.File) {
		r, err := images.ParseRef(st.ImageExpanded)
		if err != nil || r.HasDigest() {
			continue
		}
		d := lint.Diagnostic{
			Range:   st.Image.Range,
			Message: st.ImageExpanded + " is not pinned by digest: the tag can move to different content",
		}
		if p.Env != nil && p.Env.Images != nil {
			if dg, ok := p.Env.Images.Digest(st.ImageExpanded); ok {
				pinned := st.ImageExpanded + "@" + dg
				if edits, risk, eok := imageEdits(p, st, pinned); eok {
					if risk != "" {
						d.Message += "; needs review: " + risk
					}
					d.Fixes = []lint.Fix{{Message: "Pin " + pinned, Safe: risk == "", Edits: edits}}
				}
			} else {
				d.Message += " (run with --online to resolve it)"
			}
		}
		p.Report(d)
	}
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
