package images

import "time"

// Latest returns the concrete tag that a floating tag of ref points to in the
// catalog ("latest" for an untagged reference): node:latest -> "26",
// node:alpine -> "26-alpine", python:latest -> "3.14". The variant is kept and
// the version is written at the precision of the product's release cycles.
// It returns false when the tag is not in the tag set (mongo and
// oraclelinux have no "latest") or is not floating. The date is accepted for
// symmetry with the other queries; the answer depends on the catalog only.
func (c *Catalog) Latest(ref Ref, date time.Time) (string, bool) {
	_ = date
	im, ok := c.Lookup(ref)
	if !ok {
		return "", false
	}
	ix := im.index()
	i, ok := ix.byTag[ref.TagOrLatest()]
	if !ok {
		return "", false
	}
	e := &ix.entries[i]
	if !e.res.floating || e.res.pre {
		return "", false
	}
	prec := uint8(0)
	if cy := e.res.cycle; cy != nil && cy.num.exact {
		prec = cy.num.n
	}
	best := -1
	score := 0
	for j := range ix.entries {
		o := &ix.entries[j]
		if o.info.Version == "" || o.info.Prefix || o.info.Pre || !famMatch(e.info.Parts, o.info.Parts) {
			continue
		}
		// The same image, or for a suite group of its own (debian's
		// stable-slim) the same release.
		if o.group != e.group && (ix.groups[e.group].version.Version != "" || o.res.cycle != e.res.cycle || o.res.cycle == nil) {
			continue
		}
		s := 1
		if sameTexts(e.info.Parts, o.info.Parts) {
			s += 2
		}
		switch {
		case prec > 0 && o.info.num.n == prec && !o.info.suffix:
			s += 4
		case o.full:
			s++
		}
		if s > score {
			best, score = j, s
		}
	}
	if best < 0 {
		return "", false
	}
	return ix.entries[best].info.Tag, true
}

func sameTexts(a, b []Part) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Text != b[i].Text {
			return false
		}
	}
	return true
}
