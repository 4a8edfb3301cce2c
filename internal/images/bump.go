package images

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Policy chooses the release a bump moves to.
type Policy int

const (
	// LatestLTS moves to the newest supported LTS release, or the newest
	// supported release for products without LTS lines.
	LatestLTS Policy = iota
	// Minimal moves to the oldest supported release at or above the current
	// one, and only when something is out of support.
	Minimal
)

// Reason says why a bump is proposed.
type Reason int

const (
	// ReasonEOL: the image's own release is past end of support.
	ReasonEOL Reason = iota + 1
	// ReasonComponentEOL: the OS or a bundled runtime is past end of support.
	ReasonComponentEOL
	// ReasonDeprecated: the image is deprecated, frozen or moved.
	ReasonDeprecated
	// ReasonGone: the tag is no longer published, so it no longer gets updates.
	ReasonGone
	// ReasonNewerLTS: a newer LTS release exists (LatestLTS only).
	ReasonNewerLTS
	// ReasonNewer: a newer release exists, for products without LTS lines
	// (LatestLTS only).
	ReasonNewer
)

// String names the reason in a few words.
func (r Reason) String() string {
	switch r {
	case ReasonEOL:
		return "end of life"
	case ReasonComponentEOL:
		return "base end of life"
	case ReasonDeprecated:
		return "deprecated"
	case ReasonGone:
		return "no longer published"
	case ReasonNewerLTS:
		return "newer LTS"
	case ReasonNewer:
		return "newer release"
	}
	return "unknown"
}

// Plan is a proposed tag change for one image reference.
type Plan struct {
	// Image is the target repository: the reference's own, its successor
	// when Moved (openjdk -> eclipse-temurin), or another image of its name
	// family when the release is in the name (static-debian12 ->
	// static-debian13, ubi8/ubi -> ubi9/ubi): not Moved, the change of
	// release the name spells says what moves.
	Image string
	Moved bool
	// From and To are the current and proposed tags; Ref is the full new
	// reference text, in the spelling of the original (digest dropped).
	From, To, Ref string
	// FromCycle and ToCycle are the image's own releases (nil for images
	// without a lifecycle of their own, or when unknown).
	FromCycle, ToCycle *Cycle
	// Changes lists the OS and runtime components whose release changes.
	Changes []Change
	Reason  Reason
	// Ended is the release past end of support that triggered the bump
	// (ReasonEOL, ReasonComponentEOL), with its end date in EndDate ("" when
	// the data gives no date).
	Ended   *Cycle
	EndDate string
	// Newer is the release that makes a LatestLTS bump worthwhile.
	Newer *Cycle
	// SameMajor reports that the image's release stays within its major
	// version (python 3.8 -> 3.13, not node 14 -> 24).
	SameMajor bool
	// SameOS reports that the OS release is known to stay the same.
	SameOS bool
	// Note is non-empty when the upgrade needs more than the tag change
	// (a PostgreSQL major, Tomcat 9 -> 10, Nextcloud's one-major-at-a-time).
	Note string
	// Unverified marks a target from a tag set derived from documented
	// conventions rather than a registry listing (.NET, Windows, bun, deno).
	Unverified bool
}

// Change is one OS or runtime component moving release.
type Change struct {
	Kind                     PartKind
	Product, FromProduct     string // FromProduct: "" when the old tag has no such part
	From, To                 *Cycle // nil when unknown
	FromText, ToText         string // as in the tags; "" when implicit
	FromImplicit, ToImplicit bool
	// Named reports that the old or the new tag names the release
	// (alpine3.19, bookworm), not just the product (alpine).
	Named bool
}

// Message describes the plan in one line.
func (p Plan) Message() string {
	var why string
	switch p.Reason {
	case ReasonEOL, ReasonComponentEOL:
		why = fmt.Sprintf("%s reached end of life", p.Ended.String())
		if p.EndDate != "" {
			why += " on " + p.EndDate
		}
	case ReasonDeprecated:
		why = "the image is deprecated"
	case ReasonGone:
		why = "the tag is no longer published"
	case ReasonNewerLTS:
		why = fmt.Sprintf("%s is the newest LTS", p.Newer)
	case ReasonNewer:
		why = fmt.Sprintf("%s is the newest release", p.Newer)
	}
	return fmt.Sprintf("bump to %s: %s", p.Ref, why)
}

type cand struct {
	e     *entry
	match int // 1 same variant, 2 OS made explicit, 3 runtime vendor replaced
}

// Bump plans a tag change for ref on date: to a release that is supported
// on date and exists in the catalog's tag set, keeping the variant family and
// the tag's precision, moving the OS part only when its release is out of
// support or missing for the new version. It returns false when the image or
// tag is unknown, nothing needs to change under the policy, or nothing better
// exists. It never proposes the same tag.
func (c *Catalog) Bump(ref Ref, date time.Time, policy Policy) (Plan, bool) {
	im, ok := c.Lookup(ref)
	if !ok || ref.IsScratch() {
		return Plan{}, false
	}
	d := Day(date)
	from := ref.TagOrLatest()
	cur := im.resolve(from)
	if cur.pre {
		return Plan{}, false
	}
	if succ, ok := deprecation(im.name); ok {
		if succ.Image == "" {
			return Plan{}, false
		}
		return c.migrate(ref, im, cur, succ.Image, d, policy)
	}
	reason, ended := needsBump(im, cur, d)
	if reason == 0 && policy == Minimal {
		return Plan{}, false
	}
	target, ok := pick(im, cur, cur.info.Parts, d, policy, false)
	var p Plan
	switch {
	case ok:
		p = makePlan(ref, im, cur, target, false)
	case reason != 0:
		// The release to leave may be in the name: another image of the family.
		sib, starget, ok := c.pickSibling(im, cur, d, policy)
		if !ok {
			return Plan{}, false
		}
		p = makePlan(ref, sib, cur, starget, true)
		p.Moved = false
	default:
		return Plan{}, false
	}
	if reason == 0 {
		if len(im.products) == 0 || maxMajorStep(im.products[0].Name) >= 0 {
			// No lifecycle to call a newer release "better", or upgrades
			// that must go one step at a time: only a need moves the tag.
			return Plan{}, false
		}
		reason = newerReason(cur, target, d)
		if reason == 0 {
			return Plan{}, false
		}
		p.Newer = target.e.res.cycle
	}
	p.Reason = reason
	p.setEnded(ended)
	if p.Ended == nil && reason == ReasonEOL && cur.product != nil {
		// older than every release the data knows
		p.Ended = &Cycle{Product: cur.product.Name, Name: cur.info.Version, EOL: End{Ended: true}}
	}
	return p, true
}

// needsBump reports why the tag must move regardless of policy, and the
// release that ended.
func needsBump(im *Image, cur resolved, d string) (Reason, *Cycle) {
	if cur.cycle != nil && cur.cycle.EOL.passed(d) {
		return ReasonEOL, cur.cycle
	}
	if cur.cycle == nil && cur.product != nil && cur.info.Version != "" && olderThanAll(cur.product, cur.info.num) {
		return ReasonEOL, nil
	}
	for _, comp := range cur.comps {
		if comp.Cycle != nil && comp.Cycle.EOL.passed(d) {
			return ReasonComponentEOL, comp.Cycle
		}
	}
	if cur.entry < 0 && len(im.groups) > 0 && (len(im.products) == 0 || cur.floating) {
		// A floating tag, or a release of an image without a lifecycle,
		// that the tag set no longer lists: frozen, no longer rebuilt.
		return ReasonGone, nil
	}
	if unpublished(im, cur) {
		return ReasonGone, nil
	}
	return 0, nil
}

// unpublished reports a tag of a release that no tag of the image's set
// belongs to any more: the release is no longer built (the docker image
// ships only its newest major; .NET Framework 4.7.2 images were removed),
// whatever its support dates say.
func unpublished(im *Image, cur resolved) bool {
	if cur.entry >= 0 || cur.cycle == nil || cur.pre || len(im.groups) == 0 {
		return false
	}
	return !im.index().published[cur.cycle]
}

// pickSibling chooses the target among the other images of im's name
// family (the release is in the name: static-debian12, ubi8/ubi), as pick
// does within one image: the release by policy, then the components kept,
// then the components by policy.
func (c *Catalog) pickSibling(im *Image, cur resolved, d string, policy Policy) (*Image, cand, bool) {
	var best cand
	var bestIm *Image
	for _, sib := range c.siblings(im) {
		t, ok := pick(sib, cur, cur.info.Parts, d, policy, true)
		if !ok {
			continue
		}
		if bestIm == nil || betterSibling(cur, t, best, d, policy) {
			best, bestIm = t, sib
		}
	}
	return bestIm, best, bestIm != nil
}

func betterSibling(cur resolved, a, b cand, d string, policy Policy) bool {
	if x, y := a.e.res.cycle, b.e.res.cycle; x != nil && y != nil && x != y {
		if policy == LatestLTS {
			if xl, yl := x.isLTS(d), y.isLTS(d); xl != yl {
				return xl
			}
			return cmpCycles(x, y) > 0
		}
		return cmpCycles(x, y) < 0
	}
	if ka, kb := keeps(cur, a.e), keeps(cur, b.e); ka != kb {
		return ka > kb
	}
	return cmpComps(cur.comps, a.e.res.comps, b.e.res.comps, policy) < 0
}

// siblings are the other images of im's name family, by name.
func (c *Catalog) siblings(im *Image) []*Image {
	nr, ok := parseNameRelease(im.name)
	if !ok {
		return nil
	}
	var out []*Image
	for name, o := range c.images {
		if o == im {
			continue
		}
		if on, ok := parseNameRelease(name); ok && on.family == nr.family {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b *Image) int { return strings.Compare(a.name, b.name) })
	return out
}

func newerReason(cur resolved, target cand, d string) Reason {
	tc := target.e.res.cycle
	switch {
	case tc != nil && cur.cycle != nil && cmpCycles(tc, cur.cycle) > 0:
		if tc.isLTS(d) {
			return ReasonNewerLTS
		}
		return ReasonNewer
	case tc == nil && cur.cycle == nil && cur.info.num.n > 0 && target.e.info.num.n > 0 &&
		target.e.info.num.cmp(cur.info.num) > 0:
		return ReasonNewer // images without a lifecycle: a newer published release
	}
	return 0
}

func (p *Plan) setEnded(c *Cycle) {
	p.Ended = c
	if c == nil && p.Reason == ReasonEOL {
		p.Ended = p.FromCycle
	}
	if p.Ended != nil {
		p.EndDate = p.Ended.EOL.Date
	}
}

// migrate moves a deprecated image to its successor (openjdk ->
// eclipse-temurin, mcr.microsoft.com/dotnet/core/sdk -> .../dotnet/sdk).
func (c *Catalog) migrate(ref Ref, old *Image, cur resolved, succ string, d string, policy Policy) (Plan, bool) {
	im, ok := c.lookupName(succ)
	if !ok || len(im.index().entries) == 0 {
		return Plan{}, false
	}
	parts := cur.info.Parts
	if old.name == "openjdk" {
		parts = temurinParts(parts, false)
	}
	// Re-read the tag with the successor's conventions, then pin it to the
	// successor's release of the same line.
	mapped := cur
	mapped.info.Parts = parts
	mapped.entry = -1
	if len(im.products) > 0 {
		mapped.product = im.products[0]
		mapped.cycle = nil
		if cur.cycle != nil {
			mapped.cycle = im.t.cycle(im.products[0].Name, cur.cycle.Name)
		} else if cur.info.num.n > 0 {
			mapped.cycle, _ = im.cycleOf(cur.info)
		}
	}
	// Under Minimal the release line stays (openjdk:11 -> eclipse-temurin:11,
	// as the eol.json note says); LatestLTS goes where it would go from
	// eclipse-temurin:11 anyway, so that the fix is a fixed point.
	mapped.comps = nil
	for _, p := range parts {
		if p.Kind != PartWord {
			mapped.comps = append(mapped.comps, im.component(p, false))
		}
	}
	target, ok := pick(im, mapped, parts, d, policy, true)
	if !ok {
		return Plan{}, false
	}
	p := makePlan(ref, im, cur, target, true)
	p.Reason = ReasonDeprecated
	if cur.cycle != nil && cur.cycle.EOL.passed(d) {
		p.Reason = ReasonEOL
		p.setEnded(cur.cycle)
	}
	return p, true
}

// temurinParts maps an OpenJDK variant onto Eclipse Temurin's: the JDK
// vendor changes, and Debian-only words and codenames go (Temurin is Ubuntu-based).
func temurinParts(parts []Part, keepRuntime bool) []Part {
	var out []Part
	for _, p := range parts {
		switch {
		case p.Kind == PartRuntime && p.Product == "openjdk":
			if keepRuntime {
				out = append(out, Part{Text: "eclipse-temurin-" + p.Cycle, Kind: PartRuntime, Product: "eclipse-temurin", Cycle: p.Cycle, Style: "eclipse-temurin-{}"})
			}
		case p.Kind == PartWord && p.Text == "slim":
		case p.Kind == PartOS && (p.Product == "debian" || p.Product == "oracle-linux"):
		default:
			out = append(out, p)
		}
	}
	return out
}

// pick chooses the target tag. allowSame accepts the current tag text
// (a migration changes the repository instead).
func pick(im *Image, cur resolved, fam []Part, d string, policy Policy, allowSame bool) (cand, bool) {
	ix := im.index()
	curFull := cur.info.suffix || cur.info.num.n >= 3
	if cur.entry >= 0 && cur.entry < int32(len(ix.entries)) && ix.entries[cur.entry].info.Tag == cur.info.Tag {
		curFull = ix.entries[cur.entry].full
	}
	prod := cur.product
	if len(im.products) == 0 {
		prod = nil
	} else if prod == nil || im.t.products[prod.Name] != prod || !hasProduct(im, prod) {
		prod = im.products[0]
	}
	needLTS := prod != nil && ltsNotion(prod) && (cur.cycle == nil || cur.cycle.isLTS(d))
	var alt []Part
	hasAlt := hasRuntimeProduct(fam, "openjdk")
	if hasAlt {
		// Old maven tags ("3-jdk-8", "3.8-openjdk-11") used OpenJDK builds; the
		// same JDK line from Eclipse Temurin replaces them.
		alt = temurinParts(fam, true)
		comps := make([]Component, len(cur.comps))
		for i, c := range cur.comps {
			if c.Product == "openjdk" && c.Kind == PartRuntime {
				name := c.Text[strings.LastIndexByte(c.Text, '-')+1:]
				c = Component{Kind: PartRuntime, Product: "eclipse-temurin", Text: c.Text, Cycle: im.t.cycle("eclipse-temurin", name)}
			}
			comps[i] = c
		}
		cur.comps = comps
	}

	collect := func(strictShape bool) []cand {
		var pool []cand
		for i := range ix.entries {
			e := &ix.entries[i]
			if e.res.pre || !allowSame && e.info.Tag == cur.info.Tag {
				continue
			}
			if strictShape && !shapeOK(cur, curFull, e) || !strictShape && (e.res.floating || e.info.Version == "" && !e.info.pinned) {
				continue
			}
			m := 0
			switch {
			case famMatch(fam, e.info.Parts):
				m = 1
			case famRelaxed(fam, e.info.Parts, cur.comps):
				m = 2
			case hasAlt && famMatch(alt, e.info.Parts):
				m = 3
			}
			if m == 0 || !viable(im, prod, cur, e, d, needLTS) {
				continue
			}
			pool = append(pool, cand{e, m})
		}
		return pool
	}
	pool := collect(true)
	if len(pool) == 0 && cur.info.Version != "" && !anyShape(ix, cur, curFull) {
		// The image has no tag of this shape at all (Windows build numbers
		// and SAC releases next to ltscYYYY): accept any pinned tag.
		pool = collect(false)
	}
	if len(pool) == 0 {
		return cand{}, false
	}

	// 1. The release, by policy.
	if prod != nil {
		var best *Cycle
		ltsOnly := false
		if policy == LatestLTS && ltsNotion(prod) {
			for _, c := range pool {
				if c.e.res.cycle.isLTS(d) {
					ltsOnly = true
					break
				}
			}
		}
		for _, c := range pool {
			cy := c.e.res.cycle
			if ltsOnly && !cy.isLTS(d) {
				continue
			}
			if best == nil || policy == LatestLTS && cmpCycles(cy, best) > 0 || policy == Minimal && cmpCycles(cy, best) < 0 {
				best = cy
			}
		}
		pool = slices.DeleteFunc(pool, func(c cand) bool { return c.e.res.cycle != best })
	} else if cur.info.Version != "" {
		var best vnum
		for i, c := range pool {
			v := c.e.info.num
			if i == 0 || policy == LatestLTS && v.cmp(best) > 0 || policy == Minimal && v.cmp(best) < 0 {
				best = v
			}
		}
		pool = slices.DeleteFunc(pool, func(c cand) bool { return c.e.info.num.cmp(best) != 0 })
	}
	// 2. The closest variant: the same one, then the OS made explicit, then
	// another JDK vendor.
	bestMatch := 3
	for _, c := range pool {
		bestMatch = min(bestMatch, c.match)
	}
	pool = slices.DeleteFunc(pool, func(c cand) bool { return c.match != bestMatch })
	// 3. Components: keep the current OS/runtime releases where possible,
	// else move by policy.
	slices.SortStableFunc(pool, func(a, b cand) int {
		if k := cmp.Compare(keeps(cur, b.e), keeps(cur, a.e)); k != 0 {
			return k
		}
		if k := cmpComps(cur.comps, a.e.res.comps, b.e.res.comps, policy); k != 0 {
			return k
		}
		if a.e.shared != b.e.shared { // a tag of its own group, not a multi-platform alias
			if a.e.shared {
				return 1
			}
			return -1
		}
		if k := cmp.Compare(len(a.e.info.Tag), len(b.e.info.Tag)); k != 0 {
			return k
		}
		return strings.Compare(a.e.info.Tag, b.e.info.Tag)
	})
	return pool[0], true
}

func hasProduct(im *Image, p *Product) bool {
	for _, q := range im.products {
		if q == p {
			return true
		}
	}
	return false
}

func hasRuntimeProduct(parts []Part, product string) bool {
	for _, p := range parts {
		if p.Kind == PartRuntime && p.Product == product {
			return true
		}
	}
	return false
}

func anyShape(ix *index, cur resolved, curFull bool) bool {
	for i := range ix.entries {
		if shapeOK(cur, curFull, &ix.entries[i]) {
			return true
		}
	}
	return false
}

// ltsNotion reports products whose releases are split into LTS and others.
func ltsNotion(p *Product) bool { return p.lts || p.Name == "nginx" }

// shapeOK keeps the tag's precision: a release stays a release ("14" ->
// "24", postgres "9.6" -> "15"), a full version stays full ("14.17.0" ->
// "24.19.0"), a codename stays a codename ("buster" -> "trixie"), an alias
// stays the same alias.
func shapeOK(r resolved, curFull bool, e *entry) bool {
	cur, ei := &r.info, &e.info
	switch {
	case cur.Version != "":
		if ei.Version == "" || ei.Prefix != cur.Prefix || ei.vprefix != cur.vprefix {
			return false
		}
		if curFull {
			return e.full
		}
		if ei.suffix != cur.suffix {
			return false
		}
		if rc, ec := r.cycle, e.res.cycle; rc != nil && ec != nil && rc.num.exact && ec.num.exact && rc.Product == ec.Product {
			// digits beyond the release name: 0 for "3.9", 1 for "10.13"
			return int(ei.num.n)-int(ec.num.n) == int(cur.num.n)-int(rc.num.n)
		}
		return ei.num.n == cur.num.n
	case cur.pinned:
		return ei.Version == "" && ei.pinned && (ei.Build != "") == (cur.Build != "") &&
			strings.Contains(ei.Alias, "-") == strings.Contains(cur.Alias, "-")
	case cur.Alias != "":
		return ei.Version == "" && ei.Alias == cur.Alias && (ei.Build != "") == (cur.Build != "")
	}
	return ei.Version == "" && ei.Alias == ""
}

// famMatch reports the same variant family: the same words, and OS/runtime
// parts of the same product and spelling, whatever release they pin.
func famMatch(a, b []Part) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !samePart(a[i], b[i]) {
			return false
		}
	}
	return true
}

func samePart(a, b Part) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == PartWord {
		return a.Text == b.Text
	}
	return a.Product == b.Product && a.Style == b.Style
}

// famRelaxed accepts b = a plus one pinned part naming a component a left
// implicit: node:22 is on Debian bookworm, and node:22-trixie is how to stay
// on 22 with a supported Debian; maven:3.9.16 bundles JDK 26, and
// maven:3.9.16-eclipse-temurin-25 keeps Maven with a supported JDK.
func famRelaxed(a, b []Part, comps []Component) bool {
	if len(b) != len(a)+1 {
		return false
	}
	implied := func(p Part) bool {
		if p.Cycle == "" || p.Kind == PartOS && p.Style != "{}" {
			return false
		}
		for _, c := range comps {
			if c.Implicit && c.Kind == p.Kind && c.Product == p.Product {
				return true
			}
		}
		return false
	}
	skipped := false
	for i, j := 0, 0; j < len(b); j++ {
		if !skipped && b[j].Kind != PartWord && implied(b[j]) {
			skipped = true
			continue
		}
		if i >= len(a) || !samePart(a[i], b[j]) {
			return false
		}
		i++
	}
	return skipped
}

// viable checks a candidate against the date and the current tag.
func viable(im *Image, prod *Product, cur resolved, e *entry, d string, needLTS bool) bool {
	if prod != nil {
		cy := e.res.cycle
		if cy == nil || !cy.supported(d) || cy.Product != prod.Name && !hasProductName(im, cy.Product) {
			return false
		}
		if cur.cycle != nil && cur.cycle.Product == cy.Product && cmpCycles(cy, cur.cycle) < 0 {
			return false // never downgrade
		}
		if needLTS && cy != cur.cycle && !cy.isLTS(d) {
			return false
		}
		if step := maxMajorStep(prod.Name); step >= 0 && cur.cycle != nil && cy.num.major()-cur.cycle.num.major() > step {
			return false
		}
	} else if cur.info.num.n > 0 && e.info.num.n > 0 && e.info.num.cmp(cur.info.num) < 0 && !e.info.num.hasPrefix(cur.info.num) {
		return false
	}
	for _, comp := range e.res.comps {
		if comp.Cycle == nil {
			if comp.Release != "" && im.t.products[comp.Product] != nil {
				return false // a release the data does not know: unreleased (forky, 26.10) or ancient
			}
			continue
		}
		if !comp.Cycle.supported(d) {
			return false
		}
		for _, cc := range cur.comps {
			if cc.Product != comp.Product || cc.Cycle == nil {
				continue
			}
			if cmpCycles(comp.Cycle, cc.Cycle) < 0 && !(comp.Kind == PartRuntime && cc.Cycle.EOL.passed(d)) {
				// never an older OS or runtime, except leaving a runtime line
				// that ended (JDK 26 -> 25 LTS)
				return false
			}
			if comp.Product == "ubuntu" && comp.Cycle != cc.Cycle && !comp.Cycle.isLTS(d) && cc.Cycle.isLTS(d) {
				return false // interim Ubuntu only for those already on one
			}
		}
		if comp.Product == "ubuntu" && !comp.Cycle.isLTS(d) && !hasInterimUbuntu(cur, d) {
			return false
		}
	}
	return true
}

func hasProductName(im *Image, name string) bool {
	for _, p := range im.products {
		if p.Name == name {
			return true
		}
	}
	return false
}

func hasInterimUbuntu(cur resolved, d string) bool {
	for _, c := range cur.comps {
		if c.Product == "ubuntu" && c.Cycle != nil && !c.Cycle.isLTS(d) {
			return true
		}
	}
	return false
}

// keeps counts the current OS/runtime releases a candidate keeps.
func keeps(cur resolved, e *entry) int {
	n := 0
	for _, cc := range cur.comps {
		if cc.Cycle == nil {
			continue
		}
		for _, comp := range e.res.comps {
			if comp.Cycle == cc.Cycle {
				n++
				break
			}
		}
	}
	return n
}

// cmpComps orders two candidates' components release by release, best
// first: LatestLTS prefers the newest, Minimal the oldest at or above the
// current release, else the closest below it.
func cmpComps(cur, a, b []Component, policy Policy) int {
	for i := 0; i < min(len(a), len(b)); i++ {
		x, y := a[i].Cycle, b[i].Cycle
		switch {
		case x == nil && y == nil, a[i].Product != b[i].Product:
			continue
		case x == nil:
			return 1
		case y == nil:
			return -1
		}
		k := cmpCycles(x, y)
		if k == 0 {
			continue
		}
		if policy == LatestLTS {
			return -k
		}
		var base *Cycle
		for _, c := range cur {
			if c.Product == a[i].Product && c.Cycle != nil {
				base = c.Cycle
			}
		}
		if base != nil {
			xa, ya := cmpCycles(x, base) >= 0, cmpCycles(y, base) >= 0
			switch {
			case xa && !ya:
				return -1
			case ya && !xa:
				return 1
			case !xa && !ya:
				return -k // both below: the closest
			}
		}
		return k
	}
	return 0
}

func makePlan(ref Ref, im *Image, cur resolved, target cand, moved bool) Plan {
	to := target.e.info.Tag
	p := Plan{
		Image:      im.name,
		Moved:      moved,
		From:       ref.TagOrLatest(),
		To:         to,
		FromCycle:  cur.cycle,
		ToCycle:    target.e.res.cycle,
		Unverified: im.groups[target.e.group].synthetic,
	}
	if moved {
		p.Ref = ref.WithName(im.name, to)
	} else {
		p.Ref = ref.WithTag(to)
	}
	if p.FromCycle != nil && p.ToCycle != nil {
		p.SameMajor = p.FromCycle.num.major() == p.ToCycle.num.major() && p.FromCycle.num.n > 0
		if prod := p.ToCycle.Product; prod == p.FromCycle.Product {
			p.Note = upgradeNote(prod, p.FromCycle, p.ToCycle)
		}
	}
	fromOS, _ := cur.os()
	toOS, _ := target.e.res.os()
	p.SameOS = fromOS.Cycle != nil && fromOS.Cycle == toOS.Cycle
	for _, tc := range target.e.res.comps {
		var fc Component
		for _, c := range cur.comps {
			if c.Kind == tc.Kind && (c.Product == tc.Product || c.Kind == PartOS && distroOf(c.Product) == distroOf(tc.Product)) {
				fc = c
				break
			}
		}
		if fc.Product == "" && tc.Kind == PartRuntime {
			// Another vendor's build of the runtime (openjdk -> eclipse-temurin).
			for _, c := range cur.comps {
				if c.Kind == PartRuntime {
					fc = c
					break
				}
			}
		}
		if fc.Cycle == tc.Cycle && fc.Product == tc.Product && fc.Cycle != nil {
			continue
		}
		if fc.Product == "" && tc.Implicit {
			continue
		}
		p.Changes = append(p.Changes, Change{
			Kind: tc.Kind, Product: tc.Product, FromProduct: fc.Product, From: fc.Cycle, To: tc.Cycle,
			FromText: fc.Text, ToText: tc.Text, FromImplicit: fc.Implicit, ToImplicit: tc.Implicit,
			Named: !fc.Implicit && fc.Release != "" || !tc.Implicit && tc.Release != "",
		})
	}
	return p
}
