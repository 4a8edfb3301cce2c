// Package images knows base images: it parses image references, splits tags
// into version and variant, and answers lifecycle questions from an embedded
// catalog generated from the shared data snapshot (release cycles from
// endoflife.date, tag sets from docker-library/official-images). Everything
// that depends on "today" takes the date as an argument.
package images

import (
	_ "embed" // the catalog
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:generate go run ./gen -data ../../../shared/data-2026-12 -out catalog.txt

//go:embed catalog.txt
var catalogData string

// Catalog is the base-image catalog: products with their release cycles and
// images with their tag sets. It is immutable and safe for concurrent use.
type Catalog struct {
	t      *tables
	images map[string]*Image
}

// tables is the part of a catalog that WithTags shares between copies.
type tables struct {
	snapshot, generated string
	sources             []Source
	products            map[string]*Product
	// codename -> release: debian ("bookworm" -> "12"), ubuntu ("jammy" ->
	// "22.04"), node LTS lines ("krypton" -> "24").
	debian, ubuntu, node map[string]string
}

// Source is one upstream of the catalog data.
type Source struct {
	Name, Commit, Date string
}

// Product is a piece of software with release cycles (an eol.json product).
type Product struct {
	Name, Title string
	// Cycles are newest first, as endoflife.date lists them.
	Cycles []Cycle
	lts    bool // some cycle is (or becomes) an LTS
}

// End is a support deadline.
type End struct {
	Date  string // YYYY-MM-DD; "" when no date is known
	Ended bool   // support ended at an unknown date (eol.json "true")
}

// Set reports whether a deadline is known at all.
func (e End) Set() bool { return e.Date != "" || e.Ended }

// Passed reports whether support has ended on date.
func (e End) Passed(date time.Time) bool { return e.passed(Day(date)) }

func (e End) passed(d string) bool { return e.Ended || e.Date != "" && d >= e.Date }

// Cycle is one release line of a product: node 24, python 3.12, debian 12.
type Cycle struct {
	Product  string
	Name     string // "24", "3.12", "12", "2022"
	Codename string // "Bookworm", "Jammy Jellyfish"
	Label    string
	Release  string // first GA, YYYY-MM-DD
	// EOL is the end of (security) support: what "supported" means here.
	EOL End
	// ActiveEnd is the end of active (bug-fix) support, where the product has one.
	ActiveEnd End
	// ExtendedEnd is the end of extended support (ESM, Debian LTS, commercial).
	ExtendedEnd End
	// LTS marks a long-term-support line; LTSFrom is the date a line enters
	// LTS when that is later than its release (Node.js, Jenkins).
	LTS     bool
	LTSFrom string
	// Latest is the newest patch release recorded, LatestRelease its date.
	Latest, LatestRelease string

	num vnum
}

// Supported reports whether the cycle is released and not past its end of
// support on date.
func (c *Cycle) Supported(date time.Time) bool { return c.supported(Day(date)) }

func (c *Cycle) supported(d string) bool {
	return c != nil && (c.Release == "" || c.Release <= d) && !c.EOL.passed(d)
}

// FreeExtendedSupport reports a release past its regular security support
// that is still patched for free, with the program that patches it and the
// date that support ends: Debian LTS, whose official images go on being
// rebuilt. Paid programs (Ubuntu Pro/ESM, vendor ELS) give a container image
// nothing, so they do not count. ok is false before the regular end, after
// the free one, and for products without such a program.
func (c *Cycle) FreeExtendedSupport(date time.Time) (program, end string, ok bool) {
	if c == nil || c.Product != "debian" || c.ExtendedEnd.Date == "" {
		return "", "", false
	}
	d := Day(date)
	if !c.EOL.passed(d) || c.ExtendedEnd.passed(d) {
		return "", "", false
	}
	return "Debian LTS", c.ExtendedEnd.Date, true
}

// IsLTS reports whether the cycle is a long-term-support line on date.
func (c *Cycle) IsLTS(date time.Time) bool { return c.isLTS(Day(date)) }

func (c *Cycle) isLTS(d string) bool {
	if c == nil {
		return false
	}
	if c.Product == "nginx" {
		// nginx has no LTS flag: even minors are the "stable" branch, odd
		// minors "mainline"; production guidance is the stable branch.
		return c.num.n >= 2 && c.num.c[1]%2 == 0
	}
	return c.LTS || c.LTSFrom != "" && d >= c.LTSFrom
}

// String returns "product cycle", e.g. "node 24".
func (c *Cycle) String() string {
	if c == nil {
		return ""
	}
	return c.Product + " " + c.Name
}

// Day is the date as the catalog judges it: every answer that depends on
// the date depends only on this day, so it may be cached by it.
func Day(t time.Time) string { return t.Format(time.DateOnly) }

// cmpCycles orders two cycles of one product: by version when both names are
// numbers, else by release date. Windows releases go by build number: the
// names mix years (2016, 2019) and SAC versions (1803, 1809, 20h2).
func cmpCycles(a, b *Cycle) int {
	if strings.HasPrefix(a.Product, "windows") && strings.HasPrefix(b.Product, "windows") {
		x, _ := parseVnum(a.Latest)
		y, _ := parseVnum(b.Latest)
		if x.n > 0 && y.n > 0 {
			return x.cmp(y)
		}
	}
	if a.num.exact && b.num.exact {
		return a.num.cmp(b.num)
	}
	return strings.Compare(a.Release, b.Release)
}

// Image is one repository the catalog knows: its products (lifecycles) and
// its tag set. Tags are parsed on first use.
type Image struct {
	name     string
	products []*Product
	groups   []rawGroup
	t        *tables

	once sync.Once
	ix   *index
}

type rawGroup struct {
	windows, synthetic, online bool
	dir, tags, shared          string // tags space-separated
}

// Name returns the normalised repository name.
func (im *Image) Name() string { return im.name }

// Products returns the products whose lifecycle the image follows, main first;
// empty for images with no lifecycle of their own (busybox, buildpack-deps).
func (im *Image) Products() []*Product { return im.products }

// Cycles returns the release cycles of the image's main product, newest first.
func (im *Image) Cycles() []Cycle {
	if len(im.products) == 0 {
		return nil
	}
	return im.products[0].Cycles
}

// Tags returns every tag in the image's tag set, in catalog order.
func (im *Image) Tags() []string {
	ix := im.index()
	out := make([]string, len(ix.entries))
	for i := range ix.entries {
		out[i] = ix.entries[i].info.Tag
	}
	return out
}

// HasTag reports whether tag is in the image's tag set.
func (im *Image) HasTag(tag string) bool {
	_, ok := im.index().byTag[tag]
	return ok
}

// ParseTag splits a tag into version and variant with this image's conventions.
func (im *Image) ParseTag(tag string) TagInfo {
	ix := im.index()
	if i, ok := ix.byTag[tag]; ok {
		return ix.entries[i].info
	}
	return im.ctx(ix.words).parse(tag)
}

// Unverified reports whether tag is in the image's tag set only through
// documented conventions, not a registry or official-images listing.
func (im *Image) Unverified(tag string) bool {
	ix := im.index()
	i, ok := ix.byTag[tag]
	return ok && im.groups[ix.entries[i].group].synthetic
}

// Synthetic reports whether the image's tag set was derived from documented
// conventions rather than listed from a registry or official-images.
func (im *Image) Synthetic() bool {
	for _, g := range im.groups {
		if g.synthetic {
			return true
		}
	}
	return false
}

func (im *Image) ctx(words map[string]bool) tagContext {
	own := ""
	if len(im.products) > 0 {
		own = im.products[0].Name
	}
	return tagContext{t: im.t, own: own, words: words}
}

// ParseTag splits a tag into version and variant with the catalog's
// vocabulary but no image's conventions (use Image.ParseTag when the image is known).
func (c *Catalog) ParseTag(tag string) TagInfo {
	return tagContext{t: c.t}.parse(tag)
}

// Load parses the embedded catalog. It is cheap (see BenchmarkLoad) and meant
// to be called once per process.
func Load() (*Catalog, error) { return parse(catalogData) }

// SnapshotDate returns the date the catalog data is as of (the newest upstream
// commit it was built from), YYYY-MM-DD.
func (c *Catalog) SnapshotDate() string { return c.t.snapshot }

// FreshDays is how many days after its snapshot the catalog is taken to
// know what it knows of today: ends of support are mostly announced months
// ahead. Past it, the CLI warns, and what "today" means to a fix (the tag
// latest resolves to) needs a look.
const FreshDays = 90

// AgeDays is how many days date is after the catalog's snapshot; false for
// a catalog without a date.
func (c *Catalog) AgeDays(date time.Time) (int, bool) { return AgeDays(c.t.snapshot, date) }

// AgeDays is how many days the day of date (see Day) is after snapshot, a
// YYYY-MM-DD date; false when snapshot is no such date.
func AgeDays(snapshot string, date time.Time) (int, bool) {
	snap, err := time.Parse(time.DateOnly, snapshot)
	if err != nil {
		return 0, false
	}
	d, err := time.Parse(time.DateOnly, Day(date))
	if err != nil {
		return 0, false
	}
	return int(d.Sub(snap).Hours()) / 24, true
}

// Sources returns the upstream snapshots the catalog was built from.
func (c *Catalog) Sources() []Source { return c.t.sources }

// Product returns a product by its eol.json key ("node", "debian").
func (c *Catalog) Product(name string) (*Product, bool) {
	p, ok := c.t.products[name]
	return p, ok
}

// Cycle returns one release cycle of a product.
func (c *Catalog) Cycle(product, name string) (*Cycle, bool) {
	cy := c.t.cycle(product, name)
	return cy, cy != nil
}

func (t *tables) cycle(product, name string) *Cycle {
	p := t.products[product]
	if p == nil || name == "" {
		return nil
	}
	for i := range p.Cycles {
		if strings.EqualFold(p.Cycles[i].Name, name) {
			return &p.Cycles[i]
		}
	}
	if v, _ := parseVnum(name); v.n > 0 {
		if cy, _ := p.match(v, name); cy != nil {
			return cy
		}
	}
	return nil
}

// mirrorPrefixes are registries that mirror Docker Hub's official images
// under their own path, and the per-architecture namespaces the official
// images are also published under (amd64/alpine is alpine built for
// amd64): a FROM through them is the official image.
var mirrorPrefixes = [...]string{
	"mcr.microsoft.com/mirror/docker/library/",
	"public.ecr.aws/docker/library/",
	"registry.hub.docker.com/library/",
	// PowerShell's pull-through cache of Docker Hub (its Dockerfiles'
	// ARG hostRegistry=psdockercache.azurecr.io stands for docker.io).
	"psdockercache.azurecr.io/",
	"amd64/", "arm32v5/", "arm32v6/", "arm32v7/", "arm64v8/", "i386/",
	"mips64le/", "ppc64le/", "riscv64/", "s390x/", "windows-amd64/",
}

// Lookup finds the catalog entry of a reference's repository.
func (c *Catalog) Lookup(ref Ref) (*Image, bool) {
	return c.lookupName(ref.Name)
}

func (c *Catalog) lookupName(name string) (*Image, bool) {
	if im, ok := c.images[name]; ok {
		return im, true
	}
	for _, p := range mirrorPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok && !strings.Contains(rest, "/") {
			im, ok := c.images[rest]
			return im, ok
		}
	}
	// Vendors that publish an official image's tags on their own registry
	// too: Elastic (eol.json's elasticsearch notes), Oracle, and the
	// retired CentOS registry.
	switch name {
	case "docker.elastic.co/elasticsearch/elasticsearch", "docker.elastic.co/kibana/kibana", "docker.elastic.co/logstash/logstash",
		"ghcr.io/oracle/oraclelinux", "registry.centos.org/centos/centos":
		im, ok := c.images[name[strings.LastIndexByte(name, '/')+1:]]
		return im, ok
	case "registry.centos.org/centos":
		im, ok := c.images["centos"]
		return im, ok
	}
	return nil, false
}

// WithTags returns a catalog in which repo's tag set also holds tags (a
// registry listing). Tags the catalog already knows keep their group; new ones
// form groups of their own. The receiver is not modified.
func (c *Catalog) WithTags(repo string, tags []string) *Catalog {
	if r, err := ParseRef(repo); err == nil {
		repo = r.Name
	}
	nc := &Catalog{t: c.t, images: make(map[string]*Image, len(c.images)+1)}
	for k, v := range c.images {
		nc.images[k] = v
	}
	old, ok := c.images[repo]
	im := &Image{name: repo, t: c.t}
	if ok {
		im.products = old.products
		im.groups = append(im.groups, old.groups...)
	}
	seen := map[string]bool{}
	if ok {
		for _, e := range old.index().entries {
			seen[e.info.Tag] = true
		}
	}
	for _, tg := range tags {
		if !seen[tg] && validTag(tg) {
			seen[tg] = true
			im.groups = append(im.groups, rawGroup{online: true, dir: "online", tags: tg})
		}
	}
	nc.images[repo] = im
	return nc
}

// parse reads the catalog format written by internal/catgen.
func parse(data string) (*Catalog, error) {
	const magic = "dockerfix-catalog\t1\n"
	if !strings.HasPrefix(data, magic) {
		return nil, errors.New("images: catalog: bad header")
	}
	// The N record gives the record counts: one backing array each, so that
	// Load allocates a handful of slices rather than one object per record.
	var f [12]string
	rest := data[len(magic):]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 || splitTabs(rest[:nl], f[:]) < 5 || f[0] != "N" {
		return nil, errors.New("images: catalog: missing N record")
	}
	var counts [4]int
	for i := range counts {
		n, err := strconv.Atoi(f[i+1])
		if err != nil || n < 0 || n > len(data) {
			return nil, errors.New("images: catalog: bad N record")
		}
		counts[i] = n
	}
	rest = rest[nl+1:]
	nProducts, nImages := counts[0], counts[2]
	t := &tables{
		products: make(map[string]*Product, nProducts),
		debian:   make(map[string]string, 24),
		ubuntu:   make(map[string]string, 48),
		node:     make(map[string]string, 12),
	}
	c := &Catalog{t: t, images: make(map[string]*Image, nImages)}
	cycles := make([]Cycle, 0, counts[1])
	products := make([]Product, 0, nProducts)
	images := make([]Image, 0, nImages)
	groups := make([]rawGroup, 0, counts[3])
	var prod *Product
	var img *Image
	cycleStart, groupStart := 0, 0
	closeProduct := func() {
		if prod != nil {
			prod.Cycles = cycles[cycleStart:len(cycles):len(cycles)]
			for i := range prod.Cycles {
				if prod.Cycles[i].LTS || prod.Cycles[i].LTSFrom != "" {
					prod.lts = true
				}
			}
		}
	}
	closeImage := func() {
		if img != nil {
			img.groups = groups[groupStart:len(groups):len(groups)]
		}
	}
	for lineNo := 3; rest != ""; lineNo++ {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		n := splitTabs(line, f[:])
		switch f[0] {
		case "S":
			switch {
			case f[1] == "snapshot" && n >= 3:
				t.snapshot = f[2]
			case f[1] == "generated" && n >= 3:
				t.generated = f[2]
			case f[1] == "source" && n >= 5:
				t.sources = append(t.sources, Source{Name: f[2], Commit: f[3], Date: f[4]})
			}
		case "K":
			if n < 4 {
				return nil, fmt.Errorf("images: catalog line %d: short K record", lineNo)
			}
			switch f[1] {
			case "debian":
				t.debian[f[2]] = f[3]
			case "ubuntu":
				t.ubuntu[f[2]] = f[3]
			case "node":
				t.node[f[2]] = f[3]
			}
		case "P":
			if len(products) == cap(products) {
				return nil, fmt.Errorf("images: catalog line %d: unexpected P record", lineNo)
			}
			closeProduct()
			products = append(products, Product{Name: f[1], Title: f[2]})
			prod = &products[len(products)-1]
			t.products[prod.Name] = prod
			cycleStart = len(cycles)
		case "C":
			if prod == nil || n < 11 || len(cycles) == cap(cycles) {
				return nil, fmt.Errorf("images: catalog line %d: bad C record", lineNo)
			}
			cy := Cycle{
				Product: prod.Name, Name: f[1], Release: f[2],
				EOL: end(f[3]), ActiveEnd: end(f[4]), ExtendedEnd: end(f[5]),
				Latest: f[7], LatestRelease: f[8], Codename: f[9], Label: f[10],
			}
			switch f[6] {
			case "":
			case "1":
				cy.LTS = true
			default:
				cy.LTSFrom = f[6]
			}
			cy.num, _ = parseVnum(cy.Name)
			cycles = append(cycles, cy)
		case "I":
			if len(images) == cap(images) {
				return nil, fmt.Errorf("images: catalog line %d: unexpected I record", lineNo)
			}
			closeProduct()
			prod = nil
			closeImage()
			images = append(images, Image{name: f[1], t: t})
			img = &images[len(images)-1]
			c.images[img.name] = img
			groupStart = len(groups)
			if n >= 3 && f[2] != "" {
				for _, p := range strings.Split(f[2], ",") {
					if pp := t.products[p]; pp != nil {
						img.products = append(img.products, pp)
					}
				}
			}
		case "G":
			if img == nil || n < 5 || len(groups) == cap(groups) {
				return nil, fmt.Errorf("images: catalog line %d: bad G record", lineNo)
			}
			groups = append(groups, rawGroup{
				windows:   strings.Contains(f[1], "w"),
				synthetic: strings.Contains(f[1], "s"),
				dir:       f[2], tags: f[3], shared: f[4],
			})
		case "":
		default:
			return nil, fmt.Errorf("images: catalog line %d: unknown record %q", lineNo, f[0])
		}
	}
	closeProduct()
	closeImage()
	return c, nil
}

func end(s string) End {
	switch s {
	case "":
		return End{}
	case "1":
		return End{Ended: true}
	}
	return End{Date: s}
}

// splitTabs splits a line on tabs into f without allocating; it returns the
// number of fields and clears the rest.
func splitTabs(line string, f []string) int {
	n := 0
	for n < len(f)-1 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		f[n], line = line[:i], line[i+1:]
		n++
	}
	f[n] = line
	n++
	for i := n; i < len(f); i++ {
		f[i] = ""
	}
	return n
}
