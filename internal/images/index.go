package images

import (
	"strings"
)

// index is an image's parsed tag set, built on first use.
type index struct {
	entries []entry
	byTag   map[string]int32
	groups  []groupInfo
	// words are the words this image writes after a version: variants, so
	// never mistaken for aliases when they start a tag ("perl", "glibc").
	words map[string]bool
	// defOS is the OS of tags that name none and are not in the set
	// (node:14 is Debian): the OS of the "latest" group, else a fallback table.
	defOS Component
	// name is the release the image's name carries (distroless, UBI).
	name    nameRelease
	hasName bool
	// published are the releases some tag of the set (not a pre-release) belongs to.
	published map[*Cycle]bool
}

// entry is one tag of the set, resolved through its group.
type entry struct {
	info   TagInfo
	group  int32
	shared bool // only a SharedTag of its group
	full   bool // carries the most specific version of its group
	res    resolved
}

// groupInfo is what all the tags of one official-images entry share.
type groupInfo struct {
	raw      *rawGroup
	version  TagInfo // the tag with the most specific version
	cycle    *Cycle
	os       Component // the OS the group is built on, Product "" when unknown
	runtimes []Component
	pre      bool
}

// Component is an OS or runtime an image tag is built on, with its lifecycle.
type Component struct {
	Kind    PartKind // PartOS or PartRuntime
	Product string   // "debian", "alpine", "eclipse-temurin", "rhel", ...
	// Text is the part of the tag naming it; "" when the tag leaves it
	// implicit (node:24 is Debian bookworm without saying so).
	Text     string
	Implicit bool
	// Release is the release the tag names ("14" for forky), even when the
	// catalog has no such cycle; "" when the part floats ("alpine").
	Release string
	Cycle   *Cycle // nil when the release is unknown or the product has no lifecycle data
}

// resolved is a tag interpreted against the catalog.
type resolved struct {
	info     TagInfo
	pre      bool  // the tag or its group is a development build
	entry    int32 // -1 when the tag is not in the tag set
	product  *Product
	cycle    *Cycle
	floating bool
	comps    []Component
}

func (im *Image) index() *index {
	im.once.Do(func() { im.ix = im.build() })
	return im.ix
}

func (im *Image) build() *index {
	type pending struct {
		tag    string
		group  int32
		shared bool
	}
	// Sized up front: entries are large, and growing them (and the map)
	// tag by tag was a good part of the build.
	n := 0
	for gi := range im.groups {
		n += countFields(im.groups[gi].tags) + countFields(im.groups[gi].shared)
	}
	ix := &index{byTag: make(map[string]int32, n), words: map[string]bool{}}
	ix.name, ix.hasName = parseNameRelease(im.name)
	ix.groups = make([]groupInfo, len(im.groups))
	ix.entries = make([]entry, 0, n)
	tags := make([]pending, 0, n)
	for gi := range im.groups {
		g := &im.groups[gi]
		ix.groups[gi].raw = g
		for _, tg := range strings.Fields(g.tags) {
			tags = append(tags, pending{tg, int32(gi), false})
		}
		for _, tg := range strings.Fields(g.shared) {
			tags = append(tags, pending{tg, int32(gi), true})
		}
	}
	// A tag belongs to the group that lists it in Tags; a SharedTag (one name
	// for a multi-platform manifest) belongs to its Linux group, since that is
	// what a Linux build pulls.
	for _, p := range tags {
		if i, ok := ix.byTag[p.tag]; ok {
			e := &ix.entries[i]
			better := e.shared && !p.shared ||
				e.shared == p.shared && p.shared && im.groups[e.group].windows && !im.groups[p.group].windows
			if better {
				e.group, e.shared = p.group, p.shared
			}
			continue
		}
		ix.byTag[p.tag] = int32(len(ix.entries))
		ix.entries = append(ix.entries, entry{info: TagInfo{Tag: p.tag}, group: p.group, shared: p.shared})
	}
	// First pass: learn the words written after a version.
	ctx := im.ctx(nil)
	var ab [24]atom
	for i := range ix.entries {
		tag := ix.entries[i].info.Tag
		atoms := im.t.lex(tag, ab[:0])
		if len(atoms) > 0 && atoms[0].kind == aNum {
			for _, a := range atoms[1:] {
				if a.kind == aWord {
					ix.words[tag[a.start:a.end]] = true
				}
			}
		}
	}
	ctx.words = ix.words
	for i := range ix.entries {
		ix.entries[i].info = ctx.parse(ix.entries[i].info.Tag)
	}
	// Groups: the most specific version, the release, the OS and runtimes.
	for i := range ix.entries {
		e := &ix.entries[i]
		g := &ix.groups[e.group]
		if e.shared && g.version.Version != "" {
			continue
		}
		if e.info.Version != "" && !e.info.Prefix {
			if g.version.Version == "" || e.info.num.n > g.version.num.n ||
				e.info.num.n == g.version.num.n && len(e.info.Version) > len(g.version.Version) {
				g.version = e.info
			}
		}
	}
	for i := range ix.entries {
		// deno writes its version after the variant only.
		e := &ix.entries[i]
		g := &ix.groups[e.group]
		if g.version.Version == "" && e.info.Version != "" {
			g.version = e.info
		}
	}
	for gi := range ix.groups {
		g := &ix.groups[gi]
		g.pre = g.version.Pre
		g.cycle, _ = im.cycleOf(g.version)
		if g.cycle == nil {
			// no version in the group: a codename or suite names the release
			for i := range ix.entries {
				e := &ix.entries[i]
				if int(e.group) == gi && e.info.Alias != "" {
					if cy, _ := im.cycleOf(e.info); cy != nil {
						g.cycle = cy
						break
					}
				}
			}
		}
	}
	for i := range ix.entries {
		e := &ix.entries[i]
		g := &ix.groups[e.group]
		if e.info.Pre && (e.info.Version != "" && e.info.Version == g.version.Version || devAlias(e.info.Alias)) {
			// the whole group is a development build (fedora 45 = rawhide)
			g.pre = true
		}
		for _, p := range e.info.Parts {
			switch {
			case p.Kind == PartOS && p.Cycle != "" && g.os.Product == "":
				g.os = im.component(p, false)
			case p.Kind == PartRuntime && p.Cycle != "":
				if !hasRuntime(g.runtimes, p.Product) {
					g.runtimes = append(g.runtimes, im.component(p, false))
				}
			}
		}
	}
	for gi := range ix.groups {
		g := &ix.groups[gi]
		if g.os.Product == "" {
			g.os = im.osFromDirectory(g.raw.dir)
		}
		if g.os.Product == "" {
			// an OS named without its release ("alpine", "ubuntu")
			for i := range ix.entries {
				e := &ix.entries[i]
				if int(e.group) != gi {
					continue
				}
				if p, ok := e.info.OS(); ok {
					g.os = im.component(p, false)
					break
				}
			}
		}
	}
	ix.defOS = im.fallbackOS()
	if i, ok := ix.byTag["latest"]; ok {
		if os := ix.groups[ix.entries[i].group].os; os.Product != "" && (os.Cycle != nil || ix.defOS.Product == "") {
			ix.defOS = os
		}
	}
	ix.defOS.Implicit, ix.defOS.Text = true, ""
	for gi := range ix.groups {
		// "4.3/ubuntu" names the distro; the fallback table knows the release.
		if g := &ix.groups[gi]; g.os.Cycle == nil && g.os.Product == ix.defOS.Product {
			g.os.Cycle = ix.defOS.Cycle
		}
	}
	for i := range ix.entries {
		e := &ix.entries[i]
		g := &ix.groups[e.group]
		e.full = e.info.Version != "" && e.info.Version == g.version.Version
		if g.raw.online {
			// A registry listing has no groups: each tag is its own, so judge
			// precision by the version's shape, as for a tag the catalog lacks.
			e.full = e.info.Version != "" && (e.info.suffix || e.info.num.n >= 3)
		}
		e.res = im.resolveEntry(ix, e, g)
	}
	ix.published = map[*Cycle]bool{}
	for i := range ix.entries {
		if e := &ix.entries[i]; e.res.cycle != nil && !e.res.pre {
			ix.published[e.res.cycle] = true
		}
	}
	return ix
}

// countFields is len(strings.Fields(s)) for ASCII s, without the slice.
func countFields(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			n++
		}
	}
	return n
}

func hasRuntime(cs []Component, product string) bool {
	for _, c := range cs {
		if c.Product == product {
			return true
		}
	}
	return false
}

// osFromDirectory reads the OS from an official-images Directory such as
// "stable/trixie" (dart) or "4.3/ubuntu" when no tag names it.
func (im *Image) osFromDirectory(dir string) Component {
	var ab [24]atom
	for _, seg := range strings.FieldsFunc(dir, func(r rune) bool { return r == '/' }) {
		for _, a := range im.t.lex(seg, ab[:0]) {
			if a.kind == aOS && a.product != "windows" {
				p := Part{Text: seg[a.start:a.end], Kind: PartOS, Product: a.product, Cycle: a.cycle, Style: a.style}
				c := im.component(p, true)
				c.Text = ""
				return c
			}
		}
	}
	return Component{}
}

// component resolves a tag part to its product cycle.
func (im *Image) component(p Part, implicit bool) Component {
	c := Component{Kind: p.Kind, Product: p.Product, Text: p.Text, Implicit: implicit}
	if implicit {
		c.Text = ""
	}
	if p.Cycle != "" {
		c.Release = p.Cycle
		c.Cycle = im.t.cycle(p.Product, p.Cycle)
	}
	return c
}

// impliedParts adds the OS and runtime that a tag does not spell but its
// version (versionComponent) or the image's name (nameRelease) gives.
func (im *Image) impliedParts(ix *index, info TagInfo, comps []Component, hasOS bool) ([]Component, bool) {
	if c, ok := im.versionComponent(info); ok {
		switch {
		case c.Kind == PartOS && !hasOS:
			comps, hasOS = append(comps, c), true
		case c.Kind == PartRuntime && !hasRuntime(comps, c.Product):
			comps = append(comps, c)
		}
	}
	if !ix.hasName {
		return comps, hasOS
	}
	if p := ix.name.os; p.Product != "" && !hasOS {
		comps, hasOS = append(comps, im.component(p, false)), true
	}
	if p := ix.name.runtime; p.Product != "" && !hasRuntime(comps, p.Product) {
		comps = append(comps, im.component(p, false))
	}
	return comps, hasOS
}

// nameCycle is the image's own release that its name carries (ubi8 is RHEL
// 8), for tags that name none; nil when the name carries none.
func (im *Image) nameCycle(ix *index) *Cycle {
	if !ix.hasName || ix.name.own == "" || len(im.products) == 0 {
		return nil
	}
	return im.t.cycle(im.products[0].Name, ix.name.own)
}

// cycleOf finds the release of the image's own product a tag names, and
// whether the tag floats within the product (python:3 follows 3.x).
func (im *Image) cycleOf(info TagInfo) (*Cycle, bool) {
	if len(im.products) == 0 {
		return nil, info.Floating()
	}
	if info.Version != "" && info.num.n > 0 {
		first := info.Version
		if i := strings.IndexByte(first, '-'); i > 0 && !info.Prefix {
			first = first[:i]
		}
		if len(info.Parts) > 0 && strings.HasPrefix(info.Parts[0].Text, "sp") {
			// a service pack of a release named by its year: SQL Server's
			// 2016-sp1 is the line labelled "2016 SP1"
			for _, p := range im.products {
				if cy := p.labelled(first + " " + strings.ToUpper(info.Parts[0].Text)); cy != nil {
					return cy, false
				}
			}
		}
		for _, p := range im.products {
			if cy, floating := p.match(info.num, first); cy != nil {
				return cy, floating
			}
		}
		return nil, false
	}
	if info.Alias != "" && im.products[0].Name == "debian" {
		if cy := im.t.debianSuite(info.Alias); cy != nil {
			return cy, true
		}
	}
	if info.pinned && info.aliasCyc != "" {
		p := im.products[0]
		if cy := im.t.cycle(p.Name, info.aliasCyc); cy != nil {
			return cy, false
		}
	}
	return nil, !info.pinned
}

// rapid reports a short-lived release between long-term ones, as
// endoflife.date labels MongoDB's ("5.3 (Rapid Release)").
func (c *Cycle) rapid() bool { return strings.Contains(c.Label, "Rapid Release") }

// labelled finds the cycle whose label is exactly label.
func (p *Product) labelled(label string) *Cycle {
	for i := range p.Cycles {
		if p.Cycles[i].Label == label {
			return &p.Cycles[i]
		}
	}
	return nil
}

// match finds the cycle a version belongs to: an exact name, else the longest
// cycle whose numbers start the version; a version shorter than the cycles
// ("3" for python) floats to the newest cycle it prefixes.
func (p *Product) match(v vnum, text string) (cy *Cycle, floating bool) {
	for i := range p.Cycles {
		if strings.EqualFold(p.Cycles[i].Name, text) {
			return &p.Cycles[i], false
		}
	}
	var best *Cycle
	for i := range p.Cycles {
		c := &p.Cycles[i]
		if c.num.exact && v.hasPrefix(c.num) && (best == nil || c.num.n > best.num.n) {
			best = c
		}
	}
	if best != nil {
		return best, false
	}
	for i := range p.Cycles {
		// a release whose line continues in service packs (.NET Framework
		// 3.5 = 3.5-sp1): the newest of them
		c := &p.Cycles[i]
		if sp, ok := strings.CutPrefix(c.Name, text+"-sp"); ok && sp != "" && (best == nil || c.Name > best.Name) {
			best = c
		}
	}
	if best != nil {
		return best, false
	}
	if len(text) == 4 && allDigits(text) {
		// a year naming the release labelled with it (SQL Server 2019 = 15.0)
		for i := range p.Cycles {
			c := &p.Cycles[i]
			if year, _, _ := strings.Cut(c.Label, " "); year == text && !strings.Contains(c.Name, "-") {
				return c, false
			}
		}
	}
	if v.exact {
		// The newest line of the major (mongo:5 is 5.0): not a rapid
		// release (MongoDB's 5.3), which the images do not ship as the
		// major's tag, while another line of it is known.
		for i := range p.Cycles {
			c := &p.Cycles[i]
			if !c.num.exact || !c.num.hasPrefix(v) {
				continue
			}
			if best == nil || c.rapid() != best.rapid() && !c.rapid() || c.rapid() == best.rapid() && c.num.cmp(best.num) > 0 {
				best = c
			}
		}
		if best != nil {
			return best, true
		}
	}
	if strings.HasPrefix(p.Name, "windows") && v.n >= 3 {
		// a full build number (10.0.17763.437): the LTSC release of that build
		for i := range p.Cycles {
			c := &p.Cycles[i]
			if lv, _ := parseVnum(c.Latest); lv.n >= 3 && v.hasPrefix(lv) && (best == nil || c.LTS && !best.LTS) {
				best = c
			}
		}
		return best, false
	}
	return nil, false
}

// resolveEntry interprets a tag of the set through its group.
func (im *Image) resolveEntry(ix *index, e *entry, g *groupInfo) resolved {
	r := resolved{info: e.info, entry: -1, pre: e.info.Pre || g.pre}
	if len(im.products) > 0 {
		r.product = im.products[0]
	}
	r.cycle = g.cycle
	if r.cycle == nil {
		r.cycle = im.nameCycle(ix)
	}
	if r.cycle != nil {
		r.product = im.t.products[r.cycle.Product]
	}
	_, r.floating = im.cycleOf(e.info)
	if e.info.Version == "" && !e.info.pinned {
		r.floating = true
	}
	hasOS := false
	for _, p := range e.info.Parts {
		if p.Kind == PartWord {
			continue
		}
		c := im.component(p, false)
		if c.Cycle == nil && p.Cycle == "" {
			// a floating part ("alpine", "eclipse-temurin"): the group pins it
			if p.Kind == PartOS && g.os.Product == p.Product {
				c.Cycle = g.os.Cycle
			}
			for _, rt := range g.runtimes {
				if p.Kind == PartRuntime && rt.Product == p.Product {
					c.Cycle = rt.Cycle
				}
			}
		}
		hasOS = hasOS || p.Kind == PartOS
		r.comps = append(r.comps, c)
	}
	r.comps, hasOS = im.impliedParts(ix, e.info, r.comps, hasOS)
	if !hasOS && !im.isOS() {
		if g.os.Product != "" {
			c := g.os
			c.Implicit, c.Text = true, ""
			r.comps = append(r.comps, c)
		} else if ix.defOS.Product != "" {
			r.comps = append(r.comps, ix.defOS)
		}
	}
	for _, rt := range g.runtimes {
		if !hasRuntime(r.comps, rt.Product) {
			c := rt
			c.Implicit, c.Text = true, ""
			r.comps = append(r.comps, c)
		}
	}
	return r
}

// resolve interprets any tag, in the set or not.
func (im *Image) resolve(tag string) resolved {
	ix := im.index()
	if i, ok := ix.byTag[tag]; ok {
		r := ix.entries[i].res
		r.entry = i
		return r
	}
	info := im.ctx(ix.words).parse(tag)
	r := resolved{info: info, entry: -1, pre: info.Pre}
	if len(im.products) > 0 {
		r.product = im.products[0]
	}
	r.cycle, r.floating = im.cycleOf(info)
	if r.cycle == nil && info.Alias != "" {
		// "lts-buster": the alias as the catalog resolves it today
		if i, ok := ix.byTag[info.Alias]; ok {
			r.cycle = ix.groups[ix.entries[i].group].cycle
			r.floating = r.floating || !info.pinned
		}
	}
	if r.cycle == nil {
		r.cycle = im.nameCycle(ix)
	}
	if r.cycle != nil {
		r.product = im.t.products[r.cycle.Product]
	}
	hasOS := false
	for _, p := range info.Parts {
		if p.Kind == PartWord {
			continue
		}
		hasOS = hasOS || p.Kind == PartOS
		r.comps = append(r.comps, im.component(p, false))
	}
	r.comps, hasOS = im.impliedParts(ix, info, r.comps, hasOS)
	if !hasOS && !im.isOS() {
		// The release is unknown: the default OS moves with new versions.
		if os := im.impliedOS(ix, info); os != "" {
			r.comps = append(r.comps, Component{Kind: PartOS, Product: os, Implicit: true})
		}
	}
	return r
}

// impliedOS guesses the distro of a tag that is not in the set and names no
// OS: that of the oldest release of the same variant in the set (old .NET
// tags are Debian even though .NET 10 defaults to Ubuntu), else the default.
func (im *Image) impliedOS(ix *index, info TagInfo) string {
	var best *entry
	for i := range ix.entries {
		e := &ix.entries[i]
		if e.res.pre || e.res.cycle == nil || e.info.Version == "" || !famMatch(info.Parts, e.info.Parts) {
			continue
		}
		if os, ok := e.res.os(); !ok || !os.Implicit {
			continue
		}
		if best == nil || cmpCycles(e.res.cycle, best.res.cycle) < 0 {
			best = e
		}
	}
	if best != nil {
		os, _ := best.res.os()
		return os.Product
	}
	return ix.defOS.Product
}

// os returns the resolved OS component, if any.
func (r resolved) os() (Component, bool) {
	for _, c := range r.comps {
		if c.Kind == PartOS {
			return c, true
		}
	}
	return Component{}, false
}

// devAlias reports aliases that name a development series.
func devAlias(a string) bool {
	return a != "unstable" && unstableAlias(a) // busybox's "unstable" is its newest release
}

// debianSuite resolves Debian's suite names to the release they pointed to
// at the snapshot: stable is the newest released cycle.
func (t *tables) debianSuite(alias string) *Cycle {
	n := -1
	switch alias {
	case "stable":
		n = 0
	case "oldstable":
		n = 1
	case "oldoldstable":
		n = 2
	}
	p := t.products["debian"]
	if n < 0 || p == nil {
		return nil
	}
	for i := range p.Cycles {
		if c := &p.Cycles[i]; c.Release != "" && c.Release <= t.snapshot {
			if n == 0 {
				return c
			}
			n--
		}
	}
	return nil
}
