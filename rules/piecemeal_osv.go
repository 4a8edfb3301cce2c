package rules

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/internal/online"
	"github.com/dockerfix/dockerfix/lint"
)

// verdict is what DF301 concludes about undoing one piecemeal command:
// whether that alone is safe, what the message says after the command,
// and the base-image edits that go with it in one fix.
type verdict struct {
	safe    bool
	message string
	bump    []lint.Edit
	bumpFix string // what the bump does, for the fix's name: "bump debian:bullseye-slim to debian:trixie-slim (debian 11 → 13)"
	// noFix says why no fix is offered: dropping the pins while the base
	// stays where it is would bring the vulnerable versions back.
	noFix string
}

// judgePiecemeal applies the table:
//
//	supported release, tag that moves, OSV shows the archive carries
//	    every fix the pins bring        → drop the pins; safe (build with --pull)
//	ended release                       → drop the pins and bump the base; unsafe
//	a tag that does not move            → drop the pins and move the tag; unsafe
//	no OSV data, or it does not show it → drop the pins; unsafe, unverified
func judgePiecemeal(p *lint.Pass, b *baseFacts, pm *piecemeal) verdict {
	drops := pm.drops()
	if b.image == "" {
		return verdict{message: drops + ", unverified: " + unknownBase(b)}
	}
	if b.ended {
		return judgeEnded(p, b, pm, drops)
	}
	facts := archiveFacts(p, b, pm)
	if b.frozen != "" {
		v := verdict{message: fmt.Sprintf("%s %s: %s", b.image, b.frozen, drops)}
		if edits, target, ok := retag(p, b); ok {
			v.bump, v.bumpFix = edits, "move "+b.image+" to "+target
			v.message += " and moves it to " + target
		} else {
			if b.refresh != "" {
				v.message += "; " + b.refresh
			}
			v.noFix = "the base image cannot be moved here, and without the move the pins are its only fixes"
		}
		if facts.why == "" {
			v.message += "; " + facts.carries(b.os.String()+"'s archive")
		} else {
			v.message += "; unverified: " + facts.why
		}
		return v
	}
	if facts.why != "" {
		return verdict{message: drops + ", unverified: " + facts.why}
	}
	return verdict{safe: true, message: drops + "; " + facts.carries(b.image) + ": build with --pull to get them"}
}

// unknownBase says why the base image's release is not known.
func unknownBase(b *baseFacts) string {
	st := b.stage
	switch {
	case st == nil || st.Image.Text == "":
		return "the stage's base image is not known"
	case st.IsScratch():
		return "the stage is built from scratch"
	case !st.ImageResolved:
		return "the base image " + st.Image.Text + " comes from a build argument"
	}
	return "dockerfix does not know the release of " + st.ImageExpanded
}

// judgeEnded drops the pins and bumps the base through DF101's bump.
func judgeEnded(p *lint.Pass, b *baseFacts, pm *piecemeal, drops string) verdict {
	u := b.update
	v := verdict{message: u.Message}
	if !b.hasUpdate {
		v.message += "; " + noTarget + ": " + drops
		v.noFix = "the base image has no supported tag to move to, and the pins are its only fixes"
		return v
	}
	fx, text, _, ok := bumpFix(p, b.stage, u) // never safe: see below
	if !ok {
		v.message += "; " + drops + "; bump to " + text + " by hand (the tag comes from ARGs too tangled to rewrite)"
		v.noFix = "the bump cannot be written here, and without it the pins are the ended release's only fixes"
		return v
	}
	v.bump, v.bumpFix = fx.Edits, "bump "+b.image+" to "+text
	v.message += ": " + drops + " and bumps to " + text
	if n, why := resolvedByBump(p, b, pm); n != "" {
		v.message += "; " + n
	} else if why != "" {
		v.message += "; unverified: " + why
	}
	risk := bumpRisk(u)
	if risk == "" {
		risk = "the pins go with the bump"
	}
	v.message += "; needs review: " + risk
	return v
}

// retag moves a base image whose tag does not move to one that does: the
// newer patch DF101 proposes, the tag without its date stamp, or (with
// --online) the digest the tag points to now. It returns the edits and
// the new reference, with what changes.
func retag(p *lint.Pass, b *baseFacts) ([]lint.Edit, string, bool) {
	if b.hasUpdate {
		fx, text, _, ok := bumpFix(p, b.stage, b.update)
		return fx.Edits, text, ok
	}
	ref, err := images.ParseRef(b.image)
	if err != nil {
		return nil, "", false
	}
	imgs := p.Env.Images
	var target string
	if tag, ok := movingTag(ref.Tag); ok && imgs.Exists(ref.WithTag(tag)) {
		target = ref.WithTag(tag)
	} else if ref.HasDigest() && ref.HasTag() {
		tagged := ref.WithTag(ref.Tag)
		if d, ok := imgs.Digest(tagged); ok && d != ref.Digest {
			target = tagged + "@" + d
		}
	}
	if target == "" {
		return nil, "", false
	}
	edits, _, ok := imageEdits(p, b.stage, target) // the retag is never a safe fix
	return edits, target, ok
}

// archiveInfo is what OSV says about a release's archive and the
// packages a piecemeal command upgrades or pins.
type archiveInfo struct {
	why     string   // why OSV cannot vouch for dropping the pins; "" when it does
	ids     []string // the vulnerabilities the archive carries fixes for
	sources []string // the packages they are in, as OSV names them
	eco     string
}

// carries is "debian:trixie already carries the fixes for 3 known
// vulnerabilities in openssl (DEBIAN-CVE-2025-9230, …)".
func (a archiveInfo) carries(what string) string {
	if len(a.ids) == 0 {
		return fmt.Sprintf("OSV lists no vulnerability in %s fixed since %s's release, and nothing the pins bring that %s lacks", strings.Join(a.sources, ", "), a.eco, what)
	}
	return fmt.Sprintf("%s already carries the fixes for %s in %s (%s)", what, vulnCount(len(a.ids)), strings.Join(a.sources, " and "), idList(a.ids))
}

func vulnCount(n int) string {
	if n == 1 {
		return "1 known vulnerability"
	}
	return fmt.Sprintf("%d known vulnerabilities", n)
}

// idList shows the newest three IDs.
func idList(ids []string) string {
	if len(ids) > 3 {
		return strings.Join(ids[:3], ", ") + ", …"
	}
	return strings.Join(ids, ", ")
}

// archiveFacts weighs pm against the base release's archive.
//
// How dockerfix knows what the archive carries: OSV's records list, per
// release ecosystem (Debian:12, Alpine:v3.22), the version that fixes
// each vulnerability there, and a supported release's archive (its
// security archive included) ships every version OSV lists as fixed for
// it; versions only go up. So the archive's current version of a package
// is at least the newest fixed version OSV lists for it. A pin at or below
// that version brings nothing the archive lacks; a pin above it may
// (backports, another repository, a point release OSV has no record for),
// and is left to a review. An upgrade in place gets the archive's version
// itself, unless it reads another repository.
//
// What it counts: the fixes made during the release's life (after the
// oldest version OSV lists as published in it) that the pinned version
// has, or that it lacks (a stale pin); for an upgrade, all of them.
func archiveFacts(p *lint.Pass, b *baseFacts, pm *piecemeal) archiveInfo {
	eco, why := ecosystemOf(p, b, pm)
	info := archiveInfo{why: why, eco: eco}
	if why != "" {
		return info
	}
	if pm.repo != "" {
		info.why = "the packages come from another repository (" + pm.repo + ")"
		return info
	}
	osv := p.Env.OSV
	var ids, all []string // all: every package's name in OSV's records
	for _, a := range pm.pkgs {
		version, ok := pinVersion(a)
		if !ok {
			info.why = "the version of " + a.Name + " comes from a build argument (" + a.Version + ")"
			return info
		}
		adv, err := osv.Advisories(eco, a.Name, version)
		if err != nil {
			info.why = osvFailure(eco, err)
			return info
		}
		floor, newest := lineage(osv, eco, adv.Advisories)
		if version != "" {
			if newest == "" {
				info.why = fmt.Sprintf("OSV lists no fixed version of %s in %s, so nothing shows the archive has %s", adv.Source, eco, pinText(a))
				return info
			}
			if c, err := osv.Compare(eco, version, newest); err != nil || c > 0 {
				info.why = fmt.Sprintf("%s is newer than every fix OSV lists for %s in %s (the newest is %s), so the archive may be behind the pin", pinText(a), adv.Source, eco, newest)
				return info
			}
		}
		found := false
		for _, ad := range adv.Advisories {
			if len(ad.Fixed) == 0 {
				continue
			}
			// A stale pin (still affected) misses a fix the archive has;
			// a pin's own fixes, and an upgrade's, count from the release's
			// first version on.
			if ad.Affects || after(osv, eco, ad.Fixed, floor) && (version == "" || fixedBy(osv, eco, ad.Fixed, version)) {
				if !slices.Contains(ids, ad.ID) {
					ids = append(ids, ad.ID)
				}
				found = true
			}
		}
		if !slices.Contains(all, adv.Source) {
			all = append(all, adv.Source)
		}
		if found && !slices.Contains(info.sources, adv.Source) {
			info.sources = append(info.sources, adv.Source)
		}
	}
	sortIDs(ids)
	info.ids = ids
	if len(info.sources) == 0 {
		info.sources = all
	}
	return info
}

// ecosystemOf is the OSV ecosystem of the base image's release, or why
// there is none to ask.
func ecosystemOf(p *lint.Pass, b *baseFacts, pm *piecemeal) (string, string) {
	if !b.hasOS {
		return "", "dockerfix does not know which OS release " + b.image + " is built on"
	}
	if !servesOS(pm.pc.Family, b.os.Product) {
		return "", fmt.Sprintf("%s is built on %s, which %s does not serve", b.image, b.os, pm.pc.Manager)
	}
	if p.Env.OSV == nil {
		return "", "no OSV data (pass --osv-db DIR or use --online)"
	}
	eco, ok := p.Env.OSV.Ecosystem(b.os)
	if !ok {
		return "", "OSV has no data for " + b.os.String()
	}
	return eco, ""
}

// servesOS reports whether a package manager family installs the OS
// product's packages.
func servesOS(family, product string) bool {
	switch family {
	case "apt":
		return product == "debian" || product == "ubuntu"
	case "apk":
		return product == "alpine"
	case "yum":
		return images.IsOS(product) && product != "debian" && product != "ubuntu" && product != "alpine" && product != "distroless" && !strings.HasPrefix(product, "windows")
	case "zypper":
		return strings.Contains(product, "suse")
	}
	return false
}

// osvFailure says why an OSV look-up gave nothing to go on.
func osvFailure(eco string, err error) string {
	if errors.Is(err, lint.ErrNoOSVData) {
		base, _, _ := strings.Cut(eco, ":")
		return "no OSV data for " + base + " (pass --osv-db DIR or use --online)"
	}
	var down *online.Error
	if errors.As(err, &down) {
		return down.Host + " did not answer the OSV look-up"
	}
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return "the OSV look-up failed (" + msg + ")"
}

// pinVersion is the version OSV weighs a pinned operand at; "" for an
// upgrade. ok is false when a build argument decides it.
func pinVersion(a lint.PackageArg) (string, bool) {
	return a.Version, !a.Unresolved
}

// lineage is the oldest version OSV lists as published in the release
// for the package (its first version there, as far as the data knows; ""
// when no record lists one) and the newest fixed version it names.
func lineage(osv lint.OSV, eco string, advs []lint.Advisory) (floor, newest string) {
	for _, a := range advs {
		for _, v := range a.Listed {
			if floor == "" {
				floor = v
			} else if c, err := osv.Compare(eco, v, floor); err == nil && c < 0 {
				floor = v
			}
		}
		for _, v := range a.Fixed {
			if newest == "" {
				newest = v
			} else if c, err := osv.Compare(eco, v, newest); err == nil && c > 0 {
				newest = v
			}
		}
	}
	return floor, newest
}

// after reports whether some fixed version lies after floor: a fix made
// during the release's life, not before it shipped.
func after(osv lint.OSV, eco string, fixed []string, floor string) bool {
	if floor == "" {
		return true
	}
	for _, f := range fixed {
		if c, err := osv.Compare(eco, f, floor); err == nil && c > 0 {
			return true
		}
	}
	return false
}

// fixedBy reports whether version has one of the fixes.
func fixedBy(osv lint.OSV, eco string, fixed []string, version string) bool {
	for _, f := range fixed {
		if c, err := osv.Compare(eco, f, version); err == nil && c <= 0 {
			return true
		}
	}
	return false
}

// resolvedByBump counts the vulnerabilities the pinned versions (or, for
// upgrades, the ended release's archive) still have that the release
// bumped to has a fix for: "the bump resolves 4 known vulnerabilities in
// openssl (…)". When OSV data is missing or fails, why says so; both are
// "" when there is nothing to count (the OS release stays, or is not known).
func resolvedByBump(p *lint.Pass, b *baseFacts, pm *piecemeal) (text, why string) {
	if !b.hasOS || !servesOS(pm.pc.Family, b.os.Product) {
		return "", ""
	}
	to, ok := p.Env.Images.OSRelease(b.update.Ref)
	if !ok || to == b.os {
		return "", ""
	}
	if p.Env.OSV == nil {
		return "", "no OSV data to count what the bump resolves (pass --osv-db DIR or use --online)"
	}
	oldEco, ok1 := p.Env.OSV.Ecosystem(b.os)
	newEco, ok2 := p.Env.OSV.Ecosystem(to)
	if !ok1 || !ok2 {
		return "", ""
	}
	var ids, sources []string
	for _, a := range pm.pkgs {
		version, ok := pinVersion(a)
		if !ok {
			return "", ""
		}
		old, err := p.Env.OSV.Advisories(oldEco, a.Name, version)
		if err != nil {
			return "", osvFailure(oldEco, err)
		}
		cur, err := p.Env.OSV.Advisories(newEco, a.Name, "")
		if err != nil {
			return "", osvFailure(newEco, err)
		}
		fixedThere := map[string]bool{}
		for _, ad := range cur.Advisories {
			fixedThere[ad.ID] = len(ad.Fixed) > 0
		}
		for _, ad := range old.Advisories {
			open := ad.Affects || version == "" && len(ad.Fixed) == 0
			if open && fixedThere[ad.ID] && !slices.Contains(ids, ad.ID) {
				ids = append(ids, ad.ID)
				if !slices.Contains(sources, old.Source) {
					sources = append(sources, old.Source)
				}
			}
		}
	}
	if len(ids) == 0 {
		return "", ""
	}
	sortIDs(ids)
	return fmt.Sprintf("the bump resolves %s in %s (%s)", vulnCount(len(ids)), strings.Join(sources, " and "), idList(ids)), ""
}

// sortIDs puts the newest first: IDs compare by their numbers (CVE year,
// then sequence), so DEBIAN-CVE-2025-9230 comes before
// DEBIAN-CVE-2024-10000.
func sortIDs(ids []string) {
	slices.SortFunc(ids, func(a, b string) int { return -lint.NaturalCompare(a, b) })
}
