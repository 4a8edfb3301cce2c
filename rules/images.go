package rules

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/internal/online"
	"github.com/dockerfix/dockerfix/lint"
)

// Images adapts the base-image catalog (and, with --online, a registry) to
// lint.Images, the view rules have of it through Pass.Env. It is safe for
// concurrent use.
type Images struct {
	Catalog *images.Catalog
	// Online, when set, refreshes tag sets and resolves digests; nil is
	// offline.
	Online images.TagLister
	// Report is told each failed online look-up, after which the embedded
	// catalog answers; nil drops them. online.Session.Report warns once
	// per host.
	Report func(error)
	// Platform is the platform builds target, for the configurations
	// read online ("linux/arm64"); "" is linux/amd64.
	Platform string

	// Each repository is listed, and each reference resolved, once per
	// run; the files that need it meanwhile wait for that one answer, and
	// files needing other images go on.
	refreshed online.Once[string, *images.Catalog]
	digests   online.Once[string, found]
	configs   online.Once[configKey, configResult]
	plain     memo[string, bool]

	// A tree of Dockerfiles names the same few images again and again, and
	// each answer depends only on its key: the image, and for answers that
	// change with time the day (images.Day: the catalog judges by the day).
	updates memo[updateKey, updateResult]
	users   memo[string, userResult]
	nonRoot memo[string, found]
	distros memo[string, string]
	pins    memo[dayKey, found]
	oses    memo[string, osResult]
}

type osResult struct {
	os lint.OSRelease
	ok bool
}

type updateKey struct {
	image  string
	day    int
	policy string
}

type dayKey struct {
	image string
	day   int
}

// dayOf is the day the catalog judges date by (images.Day), as a number:
// a memo key made without formatting the date on every lookup.
func dayOf(date time.Time) int {
	y, m, d := date.Date()
	return y*10000 + int(m)*100 + d
}

type updateResult struct {
	update lint.ImageUpdate
	ok     bool
}

type userResult struct {
	user        string
	root, known bool
}

// found is an answer that may be missing.
type found struct {
	name string
	ok   bool
}

// memo caches a function of its key; safe for concurrent use. Two callers
// may compute the same key at once: the function must be pure.
type memo[K comparable, V any] struct{ m sync.Map }

func (c *memo[K, V]) get(key K, compute func() V) V {
	if v, ok := c.m.Load(key); ok {
		return v.(V)
	}
	v := compute()
	c.m.Store(key, v)
	return v
}

// NewImages wraps cat; a nil cat loads the embedded catalog.
func NewImages(cat *images.Catalog) *Images {
	if cat == nil {
		cat, _ = images.Load() // the embedded data is checked by its own tests
	}
	return &Images{Catalog: cat}
}

var _ lint.Images = (*Images)(nil)

func (s *Images) ref(image string) (images.Ref, bool) {
	if s == nil || s.Catalog == nil {
		return images.Ref{}, false
	}
	r, err := images.ParseRef(image)
	return r, err == nil
}

// catalog returns the catalog to judge r by: the embedded one, or with
// --online one whose tag set for r's repository comes from the registry.
func (s *Images) catalog(r images.Ref) *images.Catalog {
	if s.Online == nil || r.IsScratch() {
		return s.Catalog
	}
	return s.refreshed.Get(r.Name, func() *images.Catalog {
		// The online source bounds its own time (online.Session).
		c, err := s.Catalog.Refresh(context.Background(), s.Online, r.Name)
		if err != nil {
			s.report(err)
			return s.Catalog
		}
		return c
	})
}

func (s *Images) report(err error) {
	if s.Report != nil {
		s.Report(err)
	}
}

// DefaultUser implements lint.Images.
func (s *Images) DefaultUser(image string) (string, bool, bool) {
	if s == nil || s.Catalog == nil {
		return "", false, false
	}
	u := s.users.get(image, func() userResult {
		r, ok := s.ref(image)
		if !ok {
			return userResult{}
		}
		var u userResult
		u.user, u.root, u.known = s.Catalog.DefaultUser(r)
		return u
	})
	return u.user, u.root, u.known
}

// NonRootUser implements lint.Images.
func (s *Images) NonRootUser(image string) (string, bool) {
	if s == nil || s.Catalog == nil {
		return "", false
	}
	u := s.nonRoot.get(image, func() found {
		r, ok := s.ref(image)
		if !ok {
			return found{}
		}
		name, ok := s.Catalog.KnownNonRootUser(r)
		return found{name, ok}
	})
	return u.name, u.ok
}

// DropsPrivileges implements lint.Images.
func (s *Images) DropsPrivileges(image string) (string, bool) {
	r, ok := s.ref(image)
	if !ok {
		return "", false
	}
	return s.Catalog.DropsPrivileges(r)
}

// Entrypoint implements lint.Images.
func (s *Images) Entrypoint(image string) lint.Entrypoint {
	r, ok := s.ref(image)
	if !ok {
		return lint.Entrypoint{}
	}
	e := s.Catalog.Entrypoint(r)
	return lint.Entrypoint{Known: e.Known, Reads: e.Reads}
}

// Distro implements lint.Images.
func (s *Images) Distro(image string) string {
	if s == nil || s.Catalog == nil {
		return ""
	}
	return s.distros.get(image, func() string {
		r, ok := s.ref(image)
		if !ok {
			return ""
		}
		return s.Catalog.Distro(r)
	})
}

// OSRelease implements lint.Images: the release of an OS image itself
// (debian:bookworm-slim), else of the OS its tag is built on, named or
// implicit (node:22-bookworm, node:22, python:3.13-alpine3.22); a tag
// whose OS floats (node:22-alpine) gives the release the catalog has it
// on. Red Hat's UBI images, which the catalog does not list, are read from
// their names (registry.access.redhat.com/ubi9/ubi-minimal is RHEL 9).
func (s *Images) OSRelease(image string) (lint.OSRelease, bool) {
	if s == nil || s.Catalog == nil {
		return lint.OSRelease{}, false
	}
	r := s.oses.get(image, func() osResult {
		ref, ok := s.ref(image)
		if !ok || ref.IsScratch() {
			return osResult{}
		}
		if rel, ok := ubiRelease(ref.Name); ok {
			return osResult{lint.OSRelease{Product: "rhel", Release: rel}, true}
		}
		st, ok := s.Catalog.Status(ref, time.Time{})
		if !ok {
			return osResult{}
		}
		if st.Product != nil && images.IsOS(st.Product.Name) {
			if st.Cycle == nil {
				return osResult{}
			}
			return osResult{lint.OSRelease{Product: st.Product.Name, Release: st.Cycle.Name}, true}
		}
		c, ok := st.OS()
		if !ok {
			return osResult{}
		}
		rel := c.Release
		if rel == "" && c.Cycle != nil {
			rel = c.Cycle.Name
		}
		if rel == "" {
			return osResult{}
		}
		return osResult{lint.OSRelease{Product: c.Product, Release: rel}, true}
	})
	return r.os, r.ok
}

// ubiRelease reads the RHEL release of a Red Hat Universal Base Image
// from its repository: registry.access.redhat.com/ubi9/ubi-minimal,
// redhat/ubi8-minimal, registry.redhat.io/ubi10.
func ubiRelease(name string) (string, bool) {
	if !strings.HasPrefix(name, "registry.access.redhat.com/") && !strings.HasPrefix(name, "registry.redhat.io/") && !strings.HasPrefix(name, "redhat/") {
		return "", false
	}
	for _, part := range strings.Split(name, "/")[1:] {
		rest, ok := strings.CutPrefix(part, "ubi")
		if !ok {
			continue
		}
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n > 0 && (n == len(rest) || rest[n] == '-') {
			return rest[:n], true
		}
	}
	return "", false
}

// Update implements lint.Images: the facts behind a bump under policy when
// the release, its OS or a runtime is past end of support (or only in free
// extended support), else a same-line bump when the tag pins an old patch.
// It says what the bump changes; whether that is safe is the rule's call.
func (s *Images) Update(image string, date time.Time, policy string) (lint.ImageUpdate, bool) {
	if s == nil || s.Catalog == nil {
		return lint.ImageUpdate{}, false
	}
	r := s.updates.get(updateKey{image, dayOf(date), policy}, func() updateResult {
		u, ok := s.update(image, date, policy)
		return updateResult{u, ok}
	})
	return r.update, r.ok
}

func (s *Images) update(image string, date time.Time, policy string) (lint.ImageUpdate, bool) {
	r, ok := s.ref(image)
	if !ok || r.IsScratch() {
		return lint.ImageUpdate{}, false
	}
	cat := s.catalog(r)
	st, ok := cat.Status(r, date)
	if !ok {
		return lint.ImageUpdate{}, false
	}
	if st.Unsupported() || st.Deprecated != nil || st.Gone {
		return endOfSupport(cat, r, st, date, policy), true
	}
	if r.HasDigest() {
		// A digest pin on a supported line is kept current by its owner (or
		// a bot); the catalog's idea of the latest patch is only a snapshot.
		return lint.ImageUpdate{}, false
	}
	u, ok := patchUpdate(cat, r, st)
	if !ok {
		return u, false
	}
	target := r
	target.Tag = tagOf(u.Ref)
	if eu, next, ok := pastEndedRuntime(cat, target, date, policy); ok {
		u.Ref, u.Unverified, target = eu.Ref, eu.Unverified, next
	}
	u.Changes = bundledChanges(cat, st, target)
	return u, true
}

// pastEndedRuntime is where DF101 sends a tag that bundles a runtime past
// its end (maven:3.9.16 bundles Temurin 26), when that stays in the
// repository and on the tag's OS release.
func pastEndedRuntime(cat *images.Catalog, target images.Ref, date time.Time, policy string) (lint.ImageUpdate, images.Ref, bool) {
	tst, ok := cat.Status(target, date)
	if !ok || !runtimeEnded(tst) {
		return lint.ImageUpdate{}, target, false
	}
	eu := endOfSupport(cat, target, tst, date, policy)
	if eu.Ref == "" || eu.Moved || eu.Note != "" {
		return lint.ImageUpdate{}, target, false
	}
	next := target
	next.Tag = tagOf(eu.Ref)
	nst, ok := cat.Status(next, date)
	was, _ := tst.OS()
	now, _ := nst.OS()
	return eu, next, ok && now.Cycle == was.Cycle
}

// runtimeEnded reports a tag that bundles a runtime past its end.
func runtimeEnded(st images.Status) bool {
	for _, c := range st.Components {
		if c.Kind == images.PartRuntime && c.EOL {
			return true
		}
	}
	return false
}

// tagOf is the tag of a reference, "" when it has none.
func tagOf(ref string) string {
	r, err := images.ParseRef(ref)
	if err != nil {
		return ""
	}
	return r.Tag
}

// endOfSupport describes what ended (or only left regular support) and
// the bump policy picks.
func endOfSupport(cat *images.Catalog, r images.Ref, st images.Status, date time.Time, policy string) lint.ImageUpdate {
	var ended, extended []string
	judge := func(c *images.Cycle) {
		if program, until, ok := st.FreeExtendedSupport(c, date); ok {
			extended = append(extended, fmt.Sprintf("%s left regular security support on %s; %s patches it until %s", c, c.EOL.Date, program, until))
		} else if c != nil {
			ended = append(ended, endedText(c))
		}
	}
	if st.EOL {
		judge(st.Cycle)
	}
	for _, c := range st.Components {
		if c.EOL {
			judge(c.Cycle)
		}
	}
	u := lint.ImageUpdate{Reason: "base"}
	switch {
	case st.Deprecated != nil:
		u.Reason = "deprecated"
	case st.EOL, st.Gone:
		u.Reason = "release"
	}
	switch {
	case len(ended) > 0:
		u.EOL = true
		u.Message = strings.Join(ended, "; ")
	case len(extended) > 0:
		u.Extended = true
		u.Message = strings.Join(extended, "; ")
	case st.Deprecated != nil:
		u.Message = r.Name + " is deprecated"
	case st.Gone:
		u.EOL = true
		u.Message = fmt.Sprintf("no tag of %s is published any more, so this one gets no updates", st.Cycle)
	default:
		// Past its end at an unknown date, or older than every release the
		// data knows.
		u.EOL = true
		u.Message = r.Raw + " is out of support"
	}
	if st.Deprecated != nil {
		u.EOL, u.Extended = true, false
		if len(extended) > 0 {
			u.Message = r.Name + " is deprecated; " + u.Message
		}
	}
	pol := images.LatestLTS
	if policy == "minimal" {
		pol = images.Minimal
	}
	p, ok := cat.Bump(r, date, pol)
	if !ok && pol == images.Minimal {
		p, ok = cat.Bump(r, date, images.LatestLTS)
	}
	if !ok {
		return u
	}
	u.Ref, u.Moved, u.Note, u.Unverified = p.Ref, p.Moved, p.Note, p.Unverified
	u.Changes = planChanges(cat, r, p)
	if p.Note != "" {
		u.Message += " (" + p.Note + ")"
	}
	return u
}

// planChanges lists the release lines p moves: the image's own, then its
// OS and runtimes.
func planChanges(cat *images.Catalog, r images.Ref, p images.Plan) []lint.ReleaseChange {
	var out []lint.ReleaseChange
	switch {
	case p.FromCycle != nil && p.ToCycle != nil:
		if p.FromCycle != p.ToCycle {
			out = append(out, lint.ReleaseChange{
				Kind: "release", Product: p.ToCycle.Product, FromProduct: p.FromCycle.Product,
				From: p.FromCycle.Name, To: p.ToCycle.Name, Explicit: true, OS: images.IsOS(p.ToCycle.Product),
				FromCodename: codename(p.FromCycle),
			})
		}
	default:
		// No lifecycle data on one side: compare the versions the tags name.
		if im, ok := cat.Lookup(r); ok {
			from := im.ParseTag(p.From).Version
			to := from
			if tr, err := images.ParseRef(p.Ref); err == nil {
				if target, ok := cat.Lookup(tr); ok {
					to = target.ParseTag(p.To).Version
				}
			}
			if from != to {
				out = append(out, lint.ReleaseChange{Kind: "release", Product: p.Image, From: from, To: to, Explicit: true})
			}
		}
	}
	for _, c := range p.Changes {
		ch := lint.ReleaseChange{Kind: "runtime", Product: c.Product, FromProduct: c.FromProduct, Explicit: c.Named}
		if c.Kind == images.PartOS {
			ch.Kind, ch.OS = "os", true
		}
		if c.From != nil {
			ch.From, ch.FromCodename = c.From.Name, codename(c.From)
		}
		if c.To != nil {
			ch.To = c.To.Name
		}
		if ch.From == "" && ch.To == "" && c.FromText != "" && c.ToText != "" {
			// Releases the data does not know: say it as the tags do
			// (cbl-mariner2.0 → azurelinux3.0).
			ch.Product, ch.FromProduct, ch.From, ch.To = "", "", c.FromText, c.ToText
		}
		if ch.From == ch.To && ch.From != "" && (ch.FromProduct == "" || ch.FromProduct == ch.Product) {
			continue
		}
		out = append(out, ch)
	}
	return out
}

// codename is the first word of a cycle's codename, lower case, as tags
// and apt sources spell it: "Jammy Jellyfish" → "jammy".
func codename(c *images.Cycle) string {
	name, _, _ := strings.Cut(strings.ToLower(c.Codename), " ")
	return name
}

func endedText(c *images.Cycle) string {
	s := c.String() + " reached end of support"
	if c.EOL.Date != "" {
		s += " on " + c.EOL.Date
	}
	return s
}

// patchUpdate proposes the newest patch of the same release line for a tag
// pinned to an older patch (node:24.1.0-alpine → node:24.19.0-alpine).
func patchUpdate(cat *images.Catalog, r images.Ref, st images.Status) (lint.ImageUpdate, bool) {
	c := st.Cycle
	v := st.Tag.Version
	if c == nil || st.Floating || st.Tag.Pre || v == "" || c.Latest == "" || v == c.Latest ||
		strings.Count(v, ".") != strings.Count(c.Latest, ".") || !strings.Contains(r.Tag, v) || !newer(c.Latest, v) {
		return lint.ImageUpdate{}, false
	}
	tag := strings.Replace(r.Tag, v, c.Latest, 1)
	im, ok := cat.Lookup(r)
	if !ok || !im.HasTag(tag) {
		return lint.ImageUpdate{}, false
	}
	return lint.ImageUpdate{
		Ref:        r.WithTag(tag),
		Reason:     "patch",
		Message:    fmt.Sprintf("%s %s is not the latest release of %s (%s)", r.Name, v, c.String(), c.Latest),
		Unverified: im.Unverified(tag),
	}, true
}

// bundledChanges lists the OS and runtime releases a patch bump to target
// may move: those target is built on or bundles, named in its tag or not,
// whose release the old tag's status does not show as the same. An old
// patch tag that left the tag set is no longer rebuilt, so what it leaves
// implicit is frozen at its build, and unknown: python:3.12.1 was built on
// Debian 12, python:3.12.14 is on Debian 13; maven:3.9.3 bundled Temurin
// 17, maven:3.9.16 bundles Temurin 26. The bump then needs a review.
func bundledChanges(cat *images.Catalog, old images.Status, target images.Ref) []lint.ReleaseChange {
	to, ok := cat.Status(target, time.Time{})
	if !ok {
		return nil
	}
	var out []lint.ReleaseChange
	for _, comp := range to.Components {
		if comp.Cycle == nil || comp.Kind != images.PartRuntime && comp.Kind != images.PartOS {
			continue
		}
		ch := lint.ReleaseChange{Kind: "runtime", Product: comp.Product, To: comp.Cycle.Name, Explicit: true}
		if comp.Kind == images.PartOS {
			ch.Kind, ch.OS = "os", true
		}
		for _, was := range old.Components {
			if was.Kind == comp.Kind && was.Product == comp.Product && was.Cycle != nil {
				ch.From, ch.FromCodename = was.Cycle.Name, codename(was.Cycle)
			}
		}
		if ch.From != ch.To {
			out = append(out, ch)
		}
	}
	return out
}

// newer compares dotted numeric versions; non-numeric parts compare as text.
func newer(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		var x, y int
		_, ex := fmt.Sscanf(as[i], "%d", &x)
		_, ey := fmt.Sscanf(bs[i], "%d", &y)
		if ex != nil || ey != nil {
			if as[i] != bs[i] {
				return as[i] > bs[i]
			}
			continue
		}
		if x != y {
			return x > y
		}
	}
	return len(as) > len(bs)
}

// Pin implements lint.Images.
func (s *Images) Pin(image string, date time.Time) (string, bool) {
	if s == nil || s.Catalog == nil {
		return "", false
	}
	p := s.pins.get(dayKey{image, dayOf(date)}, func() found {
		r, ok := s.ref(image)
		if !ok || r.IsScratch() {
			return found{}
		}
		tag, ok := s.catalog(r).Latest(r, date)
		if !ok {
			return found{}
		}
		return found{r.WithTag(tag), true}
	})
	return p.name, p.ok
}

// Exists implements lint.Images.
func (s *Images) Exists(image string) bool {
	r, ok := s.ref(image)
	if !ok {
		return false
	}
	st, ok := s.catalog(r).Status(r, time.Time{})
	return ok && st.Known
}

// Digest implements lint.Images.
func (s *Images) Digest(image string) (string, bool) {
	if s == nil || s.Online == nil {
		return "", false
	}
	d := s.digests.Get(image, func() found {
		d, err := s.Online.Digest(context.Background(), image)
		if err != nil {
			s.report(err)
			return found{}
		}
		return found{d, true}
	})
	return d.name, d.ok
}

var _ lint.ImageConfigs = (*Images)(nil)

// ReadsConfigs reports whether Config asks a registry (--online), and so
// knows images' platforms: rules that need them skip the look-ups when it
// does not.
func (s *Images) ReadsConfigs() bool {
	if s == nil {
		return false
	}
	_, ok := s.Online.(images.ConfigFetcher)
	return ok
}

type configKey struct{ image, platform string }

type configResult struct {
	cfg images.Config
	ok  bool
}

// Config implements lint.ImageConfigs: with --online, the configuration
// the registry serves for the platform (the build's, s.Platform, when
// platform is ""); offline, or when the registry does not answer, that of
// the official images that set nothing but PATH (images.PlainConfig),
// without a platform.
func (s *Images) Config(image, platform string) (lint.ImageConfig, bool) {
	if s == nil || s.Catalog == nil {
		return lint.ImageConfig{}, false
	}
	if platform == "" {
		platform = s.Platform
	}
	if platform == "" {
		platform = "linux/amd64"
	}
	if fetcher, ok := s.Online.(images.ConfigFetcher); ok && image != "scratch" {
		res := s.configs.Get(configKey{image, platform}, func() configResult {
			// The online source bounds its own time (online.Session).
			cfg, err := fetcher.Config(context.Background(), image, platform)
			if err != nil {
				s.report(err)
				return configResult{}
			}
			return configResult{cfg, true}
		})
		if res.ok {
			c := res.cfg
			return lint.ImageConfig{
				Env: c.Env, WorkingDir: c.WorkingDir, Entrypoint: c.Entrypoint, EntrypointKnown: true,
				OS: c.OS, Architecture: c.Architecture, Variant: c.Variant, Platform: platform,
			}, true
		}
	}
	if !mayBePlain(image) {
		return lint.ImageConfig{}, false // most images: no look-up
	}
	plain := s.plain.get(image, func() bool {
		r, ok := s.ref(image)
		return ok && images.PlainConfig(r)
	})
	if !plain {
		return lint.ImageConfig{}, false
	}
	return lint.ImageConfig{Env: []string{"PATH=" + lint.DefaultPath}, EntrypointKnown: true}, true
}

// mayBePlain reports whether image may name one of images.PlainConfig's
// images, without parsing it.
func mayBePlain(image string) bool {
	for _, name := range [...]string{"alpine", "debian", "ubuntu", "busybox"} {
		if strings.Contains(image, name) {
			return true
		}
	}
	return false
}
