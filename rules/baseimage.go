package rules

import (
	"fmt"
	"slices"
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

// registryImageStages are imageStages less those whose FROM names a named
// build context that the project's bake or compose file declares
// (frankenphp's FROM php-base, given as docker-image://php:…-zts-trixie):
// the build replaces it, so its name is no image to tag, pin or bump.
func registryImageStages(p *lint.Pass) []*lint.Stage {
	out := imageStages(p.File)
	return slices.DeleteFunc(out, func(st *lint.Stage) bool { return p.NamedContext(st.ImageExpanded) })
}

// noTarget is said of an ended image with no tag to move to. It is what
// the catalog knows: an architecture's tag (8.0.30-alpine3.23-arm64v8) or a
// vendor's image without tag lists is judged by its version alone.
const noTarget = "dockerfix knows no supported tag of this image to move to"

func checkOutdated(p *lint.Pass) {
	if p.Env == nil || p.Env.Images == nil {
		return
	}
	date := p.Env.Date()
	pol := policy(p.Env)
	for _, st := range registryImageStages(p) {
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
			d.Message = fmt.Sprintf("%s: %s; %s", st.ImageExpanded, u.Message, noTarget)
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
		pin := runtimePinOf(p, st)
		pinRisk := pin.risk(u.Ref)
		var named string // only a safe bump needs the reason it is not
		if fx.Safe && pinRisk == "" {
			named = versionNamedElsewhere(p.File, st, fx)
		}
		fx.Safe = fx.Safe && pinRisk == "" && named == ""
		d.Fixes = []lint.Fix{fx}
		if alt != "" {
			if v, ok := p.Env.Images.Update(st.ImageExpanded, date, alt); ok && v.Ref != "" && v.Ref != u.Ref {
				if afx, atext, _, ok := bumpFix(p, st, v); ok {
					afx.Safe = afx.Safe && pin.risk(v.Ref) == "" && named == ""
					d.Fixes = append(d.Fixes, afx)
					d.Message += ", or to " + atext + " with --bump " + alt
				}
			}
		}
		if risks := nonEmpty(bumpRisk(u), argRisk, pinRisk, named); len(risks) > 0 {
			d.Message += "; needs review: " + strings.Join(risks, "; ")
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
	for _, st := range registryImageStages(p) {
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
	for _, st := range registryImageStages(p) {
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

// nonEmpty returns the strings of list that are not empty.
func nonEmpty(list ...string) []string {
	var out []string
	for _, s := range list {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
