package images

import (
	"time"
)

// Status is what the catalog says about one image reference on one date.
type Status struct {
	Image string  // normalised repository
	Tag   TagInfo // the tag ("latest" for an untagged reference), split
	// Known reports whether the tag is in the catalog's tag set.
	Known bool
	// Prerelease marks development builds (rc, beta, edge, rawhide, devel).
	Prerelease bool
	// Floating reports tags that follow new releases (latest, lts, alpine,
	// python:3); such tags do not go out of support themselves.
	Floating bool

	// Product and Cycle are the image's own release line; Cycle is nil when
	// the tag names none the catalog knows or the image has no lifecycle of its
	// own (buildpack-deps, busybox).
	Product *Product
	Cycle   *Cycle
	// EOL reports whether Cycle is past its end of support on the date.
	EOL bool

	// Components are the OS and runtimes the tag is built on, each with its
	// own lifecycle: python:3.9-slim-bullseye is on Debian 11;
	// maven:3.9-eclipse-temurin-17 bundles Temurin 17.
	Components []ComponentStatus

	// Newest is the newest supported cycle of the product on the date and
	// NewestLTS the newest supported LTS cycle (nil when the product has none).
	Newest, NewestLTS *Cycle

	// Deprecated is set when the image itself is deprecated or moved.
	Deprecated *Successor
	// Gone reports a tag of a release that the tag set no longer holds any
	// tag of: the release is no longer built, so the tag gets no updates
	// even while the release is supported (docker:28-dind after docker 29
	// shipped).
	Gone bool

	// regularOnly: the image follows its OS's regular support only.
	regularOnly bool
}

// FreeExtendedSupport is c.FreeExtendedSupport for this image: an image
// that follows only the regular support of its OS (distroless) is not
// rebuilt during the free extended support, so it gets none.
func (s Status) FreeExtendedSupport(c *Cycle, date time.Time) (program, end string, ok bool) {
	if s.regularOnly {
		return "", "", false
	}
	return c.FreeExtendedSupport(date)
}

// ComponentStatus is one OS or runtime of a tag on a date.
type ComponentStatus struct {
	Component
	EOL bool // past end of support on the date
}

// OS returns the status of the operating system component, if known.
func (s Status) OS() (ComponentStatus, bool) {
	for _, c := range s.Components {
		if c.Kind == PartOS {
			return c, true
		}
	}
	return ComponentStatus{}, false
}

// Unsupported reports whether the image's release or any component it is
// built on is past end of support on the date.
func (s Status) Unsupported() bool {
	if s.EOL {
		return true
	}
	for _, c := range s.Components {
		if c.EOL {
			return true
		}
	}
	return false
}

// Status reports which release cycle ref's tag belongs to, which OS and
// runtime releases it is built on, and whether each is past end of support on
// date. It returns false when the catalog does not know the image.
func (c *Catalog) Status(ref Ref, date time.Time) (Status, bool) {
	im, ok := c.Lookup(ref)
	if !ok {
		return Status{}, false
	}
	d := Day(date)
	r := im.resolve(ref.TagOrLatest())
	st := Status{
		Image:      im.name,
		Tag:        r.info,
		Known:      r.entry >= 0,
		Prerelease: r.pre,
		Floating:   r.floating,
		Product:    r.product,
		Cycle:      r.cycle,
	}
	if st.Product == nil && len(im.products) > 0 {
		st.Product = im.products[0]
	}
	if r.cycle != nil {
		st.EOL = r.cycle.EOL.passed(d)
	} else if st.Product != nil && !r.pre && r.info.Version != "" && olderThanAll(st.Product, r.info.num) {
		// Older than every cycle the data knows: long out of support.
		st.EOL = true
	}
	for _, comp := range r.comps {
		st.Components = append(st.Components, ComponentStatus{
			Component: comp,
			EOL:       comp.Cycle != nil && comp.Cycle.EOL.passed(d),
		})
	}
	if st.Product != nil {
		st.Newest, st.NewestLTS = newest(st.Product, d)
	}
	if s, ok := deprecation(im.name); ok {
		st.Deprecated = &s
	}
	st.Gone = !st.EOL && unpublished(im, r)
	if nr, ok := parseNameRelease(im.name); ok {
		st.regularOnly = nr.regularOnly
	}
	return st, true
}

// olderThanAll reports a version below the oldest numbered cycle of p.
func olderThanAll(p *Product, v vnum) bool {
	if v.n == 0 {
		return false
	}
	seen := false
	for i := range p.Cycles {
		c := &p.Cycles[i]
		if !c.num.exact {
			continue
		}
		seen = true
		if v.cmp(c.num) >= 0 || c.num.hasPrefix(v) {
			return false
		}
	}
	return seen
}

// newest returns the newest supported cycle and the newest supported LTS cycle.
func newest(p *Product, d string) (all, lts *Cycle) {
	for i := range p.Cycles {
		c := &p.Cycles[i]
		if !c.supported(d) {
			continue
		}
		if all == nil || cmpCycles(c, all) > 0 {
			all = c
		}
		if c.isLTS(d) && (lts == nil || cmpCycles(c, lts) > 0) {
			lts = c
		}
	}
	return all, lts
}
