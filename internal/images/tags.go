package images

import (
	"strings"
)

// PartKind classifies one element of a tag's variant.
type PartKind uint8

const (
	// PartWord is a plain variant word: slim, jdk, fpm, apache, perl, scm.
	PartWord PartKind = iota
	// PartOS names the operating system the image is built on: bookworm,
	// alpine3.24, jammy, windowsservercore-ltsc2022, ubi9-minimal.
	PartOS
	// PartRuntime names another product the image bundles, whose lifecycle the
	// image shares: eclipse-temurin-17 (maven), jdk21 (tomcat), php8.3
	// (wordpress), otp-28 (elixir).
	PartRuntime
)

// Part is one element of a tag's variant.
type Part struct {
	Text    string   // as written in the tag
	Kind    PartKind // word, OS or runtime
	Product string   // OS/runtime product key in the catalog ("debian", "alpine", "eclipse-temurin"); "" for words
	Cycle   string   // release the part pins ("12", "3.24", "17"); "" when it floats ("alpine")
	// Style is Text with the release replaced by "{}" ("alpine{}", "{}" for a
	// codename, "eclipse-temurin-{}"): two parts of the same style differ only
	// in the release they pin, which is what a bump may change.
	Style string
}

// TagInfo is a tag split into its version and its variant.
type TagInfo struct {
	Tag string
	// Version is the product version as written ("14.17.0", "3.9", "8u502-b07",
	// "11.0.32_9", "3.15.0rc1"); "" when the tag has none.
	Version string
	// Alias is the word used in place of a version: "latest", "lts",
	// "current", "stable", "mainline", or a codename ("krypton", "bookworm",
	// "ltsc2022"); "" when the tag has a version or only a variant.
	Alias string
	// Build is a date or build stamp next to an alias or version
	// ("20260803" in bookworm-20260803-slim).
	Build string
	// Pre marks pre-releases (rc, beta, ea, dev): never proposed as targets.
	Pre bool
	// Prefix is set when the variant comes before the version (deno's "alpine-2.9.1").
	Prefix bool
	// Parts is the variant, in tag order.
	Parts []Part

	num      vnum   // numeric components of Version
	suffix   bool   // Version carries more than dotted numbers (build, update, stamp)
	vprefix  bool   // Version is spelt with a leading 'v' (traefik)
	aliasCyc string // release a pinned alias names (codenames); "" for floating aliases
	pinned   bool   // Alias names one release (a codename) rather than floating
}

// Variant returns the variant text: the tag without its version or alias.
func (t TagInfo) Variant() string {
	var b strings.Builder
	for i, p := range t.Parts {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// OS returns the tag's explicit OS part, if any.
func (t TagInfo) OS() (Part, bool) {
	for _, p := range t.Parts {
		if p.Kind == PartOS {
			return p, true
		}
	}
	return Part{}, false
}

// Floating reports whether the tag names no fixed release of the image
// itself: "latest", "lts", "alpine", "slim-bookworm".
func (t TagInfo) Floating() bool {
	return t.Version == "" && !t.pinned
}

type atomKind uint8

const (
	aWord atomKind = iota
	aOS
	aRuntime
	aNum
	aPre
	aStamp
)

type atom struct {
	kind                  atomKind
	start, end            int // byte span in the tag
	product, cycle, style string
}

// floatingAlias reports words that stand for "whatever release is current"
// in the official images: never a fixed release.
func floatingAlias(w string) bool {
	switch w {
	case "latest", "lts", "current", "stable", "mainline", "rolling", "devel", "edge",
		"oldstable", "oldoldstable", "testing", "unstable", "sid", "experimental", "rc-buggy",
		"rawhide", "innovation", "production", "canary", "tip", "nightly", "beta", "rc",
		"preview", "insider", "weekly":
		return true
	}
	return false
}

// variantWord reports words that are variants wherever they appear, even at
// the start of a tag ("slim", "fpm-alpine").
func variantWord(w string) bool {
	switch w {
	case "slim", "jdk", "jre", "full", "headless", "headful", "generic", "native", "minimal",
		"fips", "fpm", "apache", "cli", "zts", "management", "perl", "otel", "threaded", "scm",
		"curl", "backports", "kitten", "glibc", "musl", "uclibc", "bin", "community",
		"developer", "enterprise", "datacenter-app", "datacenter-search", "lta", "sdk", "lein",
		"tools-deps", "chiseled", "extra", "composite", "onbuild", "graal", "corretto",
		"temurin", "browsers", "nonroot", "dev", "debug", "shell", "static", "base", "core",
		"runtime", "build", "server", "client", "windowsservercore", "nanoserver":
		return true
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isXY matches N.N (an Alpine or PHP release).
func isXY(s string) bool {
	a, b, ok := strings.Cut(s, ".")
	return ok && allDigits(a) && allDigits(b)
}

// ubuntuRelease matches YY.MM (24.04).
func ubuntuRelease(s string) bool {
	return len(s) == 5 && s[2] == '.' && allDigits(s[:2]) && allDigits(s[3:])
}

// isRelease matches dotted numbers (22, 3.13, 22.19.0) and nothing else.
func isRelease(s string) bool {
	v, _ := parseVnum(s)
	return v.exact && s != "" && isDigit(s[0])
}

// leading returns the first n dotted components of a version: leading("3.13.14", 2) = "3.13".
func leading(s string, n int) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			if n--; n == 0 {
				return s[:i]
			}
		}
	}
	return s
}

func isVersionish(s string) bool {
	if s == "" {
		return false
	}
	i := 0
	if s[0] == 'v' && len(s) > 1 && isDigit(s[1]) {
		i = 1
	}
	if !isDigit(s[i]) {
		return false
	}
	for ; i < len(s); i++ {
		c := s[i]
		if !(isDigit(c) || c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func isPreWord(s string) bool {
	for _, p := range [...]string{"rc", "RC", "beta", "alpha", "dev", "ea", "preview", "pre"} {
		if rest, ok := strings.CutPrefix(s, p); ok && (rest == "" || allDigits(rest)) {
			return true
		}
	}
	return false
}

// isStamp matches a date stamp (20260803, 20260811.1) or a build marker
// (b07 of 8u502-b07, KB4493509 of Windows patch tags).
func isStamp(s string) bool {
	if len(s) >= 8 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && allDigits(s[:8]) {
		rest := s[8:]
		return rest == "" || rest[0] == '.' && allDigits(rest[1:])
	}
	if rest, ok := strings.CutPrefix(s, "KB"); ok && allDigits(rest) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "b"); ok && allDigits(rest) && len(rest) <= 3 {
		return true
	}
	return false
}

// windowsRelease maps a Windows release token to its cycle: ltsc2022 -> 2022,
// 1809 -> 1809, 20H2 -> 20h2.
func windowsRelease(s string) (string, bool) {
	if y, ok := strings.CutPrefix(s, "ltsc"); ok && len(y) == 4 && allDigits(y) {
		return y, true
	}
	switch strings.ToLower(s) {
	case "1607", "1709", "1803", "1809", "1903", "1909", "2004", "20h2":
		return strings.ToLower(s), true
	}
	return "", false
}

// lex splits a tag into atoms. It knows the tag vocabulary of the official
// images; codenames come from the catalog tables.
func (t *tables) lex(tag string, out []atom) []atom {
	var tb [40]string
	var ob [41]int
	toks, offs := tb[:0], ob[:0]
	for s, off := tag, 0; ; {
		i := strings.IndexByte(s, '-')
		offs = append(offs, off)
		if i < 0 || len(toks) == len(tb)-1 {
			toks = append(toks, s)
			break
		}
		toks = append(toks, s[:i])
		off += i + 1
		s = s[i+1:]
	}
	offs = append(offs, len(tag)+1)
	span := func(i, n int) (int, int) { return offs[i], offs[i+n] - 1 }
	tok := func(i int) string {
		if i < len(toks) {
			return toks[i]
		}
		return ""
	}
	emit := func(k atomKind, i, n int, product, cycle, style string) {
		s, e := span(i, n)
		out = append(out, atom{kind: k, start: s, end: e, product: product, cycle: cycle, style: style})
	}
	for i := 0; i < len(toks); {
		w := toks[i]
		lw := strings.ToLower(w)
		next, next2 := tok(i+1), tok(i+2)
		switch {
		case w == "":
			i++
			continue
		// Runtimes a derived image bundles.
		case w == "eclipse" && next == "temurin":
			if allDigits(next2) {
				emit(aRuntime, i, 3, "eclipse-temurin", next2, "eclipse-temurin-{}")
				i += 3
			} else {
				emit(aRuntime, i, 2, "eclipse-temurin", "", "eclipse-temurin")
				i += 2
			}
		case w == "ibm" && next == "semeru":
			if allDigits(next2) {
				emit(aRuntime, i, 3, "ibm-semeru", next2, "ibm-semeru-{}")
				i += 3
			} else {
				emit(aRuntime, i, 2, "ibm-semeru", "", "ibm-semeru")
				i += 2
			}
		case (w == "temurin" || w == "openjdk" || w == "amazoncorretto" || w == "ibmjava" || w == "sapmachine") && allDigits(next) && len(next) <= 2:
			prod := w
			if w == "temurin" {
				prod = "eclipse-temurin"
			}
			emit(aRuntime, i, 2, prod, next, w+"-{}")
			i += 2
		case w == "amazoncorretto" || w == "ibmjava" || w == "sapmachine":
			emit(aRuntime, i, 1, w, "", w)
			i++
		case w == "jdk" && allDigits(next) && next2 == "and" && allDigits(tok(i+3)):
			// gradle's two-JDK images: jdk-25-and-26
			emit(aWord, i, 4, "", "", "")
			i += 4
		case w == "jdk" && allDigits(next) && len(next) <= 2:
			// old maven/gradle spelling "3-jdk-8": an OpenJDK build
			emit(aRuntime, i, 2, "openjdk", next, "jdk-{}")
			i += 2
		case w == "otp" && allDigits(next):
			emit(aRuntime, i, 2, "erlang", next, "otp-{}")
			i += 2
		case (strings.HasPrefix(w, "jdk") || strings.HasPrefix(w, "jre")) && allDigits(w[3:]) && len(w) <= 5:
			emit(aRuntime, i, 1, "eclipse-temurin", w[3:], w[:3]+"{}")
			i++
		case strings.HasPrefix(w, "php") && isXY(w[3:]):
			emit(aRuntime, i, 1, "php", w[3:], "php{}")
			i++
		case w == "python" && isRelease(next):
			// Jupyter's python-3.13.14
			emit(aRuntime, i, 2, "python", leading(next, 2), "python-{}")
			i += 2
		case strings.HasPrefix(w, "python") && isRelease(w[6:]):
			// astral-sh/uv's python3.12-bookworm-slim, tiangolo's python3.11
			emit(aRuntime, i, 1, "python", leading(w[6:], 2), "python{}")
			i++
		case w == "node" && isRelease(next):
			// Cypress's node-22.19.0-chrome-…
			emit(aRuntime, i, 2, "node", leading(next, 1), "node-{}")
			i += 2
		case strings.HasPrefix(w, "node") && isRelease(w[4:]):
			emit(aRuntime, i, 1, "node", leading(w[4:], 1), "node{}")
			i++
		// Operating systems.
		case w == "alpine" && isXY(next) && strings.HasPrefix(next, "3."):
			emit(aOS, i, 2, "alpine", next, "alpine-{}")
			i += 2
		case strings.HasPrefix(w, "alpine") && isXY(w[6:]):
			emit(aOS, i, 1, "alpine", w[6:], "alpine{}")
			i++
		case w == "alpine":
			emit(aOS, i, 1, "alpine", "", "alpine")
			i++
		case lw == "windowsservercore" || lw == "nanoserver":
			prod := "windows-server-core"
			if lw == "nanoserver" {
				prod = "windows-nano-server"
			}
			if c, ok := windowsRelease(next); ok {
				emit(aOS, i, 2, prod, c, w+"-{}")
				i += 2
			} else {
				emit(aOS, i, 1, prod, "", w)
				i++
			}
		case strings.HasPrefix(w, "ltsc") && len(w) == 8 && allDigits(w[4:]):
			emit(aOS, i, 1, "windows", w[4:], "ltsc{}")
			i++
		case t.debian[w] != "":
			emit(aOS, i, 1, "debian", t.debian[w], "{}")
			i++
		case t.ubuntu[w] != "":
			emit(aOS, i, 1, "ubuntu", t.ubuntu[w], "{}")
			i++
		case w == "debian" && t.debian[next] != "":
			emit(aOS, i, 2, "debian", t.debian[next], "debian-{}")
			i += 2
		case w == "ubuntu" && t.ubuntu[next] != "":
			emit(aOS, i, 2, "ubuntu", t.ubuntu[next], "ubuntu-{}")
			i += 2
		// Release numbers spelt out (Dev Containers' debian12 and
		// ubuntu24.04, Jupyter's ubuntu-24.04): a style of their own, so
		// that a bump keeps numbers and codenames apart.
		case w == "debian" && allDigits(next) && len(next) <= 2:
			emit(aOS, i, 2, "debian", next, "debian-{#}")
			i += 2
		case strings.HasPrefix(w, "debian") && allDigits(w[6:]) && len(w) <= 8:
			emit(aOS, i, 1, "debian", w[6:], "debian{#}")
			i++
		case w == "ubuntu" && ubuntuRelease(next):
			emit(aOS, i, 2, "ubuntu", next, "ubuntu-{#}")
			i += 2
		case strings.HasPrefix(w, "ubuntu") && ubuntuRelease(w[6:]):
			emit(aOS, i, 1, "ubuntu", w[6:], "ubuntu{#}")
			i++
		case w == "debian" || w == "ubuntu":
			emit(aOS, i, 1, w, "", w)
			i++
		case w == "rhel" && strings.HasPrefix(next, "ubi") && allDigits(next[3:]):
			emit(aOS, i, 2, "rhel", next[3:], "rhel-ubi{}")
			i += 2
		case strings.HasPrefix(w, "ubi") && allDigits(w[3:]) && len(w) > 3:
			if next == "minimal" {
				emit(aOS, i, 2, "rhel", w[3:], "ubi{}-minimal")
				i += 2
			} else {
				emit(aOS, i, 1, "rhel", w[3:], "ubi{}")
				i++
			}
		case w == "ubi":
			emit(aOS, i, 1, "rhel", "", "ubi")
			i++
		case w == "al2" || w == "al2023":
			emit(aOS, i, 1, "amazonlinux", w[2:], "al{}")
			i++
		case strings.HasPrefix(w, "amazonlinux") && allDigits(w[11:]):
			emit(aOS, i, 1, "amazonlinux", w[11:], "amazonlinux{}")
			i++
		case strings.HasPrefix(w, "oraclelinux") && allDigits(w[11:]):
			emit(aOS, i, 1, "oracle-linux", w[11:], "oraclelinux{}")
			i++
		case w == "oracle":
			emit(aOS, i, 1, "oracle-linux", "", "oracle")
			i++
		case strings.HasPrefix(w, "azurelinux") && isXY(w[10:]):
			emit(aOS, i, 1, "azurelinux", w[10:], "azurelinux{}")
			i++
		case w == "azurelinux" && isXY(next):
			emit(aOS, i, 2, "azurelinux", next, "azurelinux-{}")
			i += 2
		case w == "cbl" && strings.HasPrefix(next, "mariner") && isXY(next[7:]):
			// Azure Linux is CBL-Mariner renamed: one family for bumps
			emit(aOS, i, 2, "azurelinux", next[7:], "azurelinux{}")
			i += 2
		case w == "distroless":
			emit(aOS, i, 1, "distroless", "", "distroless")
			i++
		// Multi-token words.
		case w == "rc" && next == "buggy", w == "datacenter" && (next == "app" || next == "search"),
			w == "tools" && next == "deps":
			n := 2
			if w == "tools" && isVersionish(next2) {
				n = 3 // tools-deps-1.12.5.1664
			}
			emit(aWord, i, n, "", "", "")
			i += n
		case (w == "lein" || w == "cli") && isVersionish(next):
			// a tool's own version (clojure's lein, wordpress' wp-cli), not the image's
			emit(aWord, i, 2, "", "", "")
			i += 2
		case i > 0 && isStamp(w):
			emit(aStamp, i, 1, "", "", "")
			i++
		case isVersionish(w):
			emit(aNum, i, 1, "", "", "")
			i++
		case isPreWord(w):
			emit(aPre, i, 1, "", "", "")
			i++
		default:
			emit(aWord, i, 1, "", "", "")
			i++
		}
	}
	return out
}

// tagContext is what interpreting a tag needs to know about its image.
type tagContext struct {
	t     *tables
	own   string          // first product of the image ("" for tags-only images)
	words map[string]bool // words the image uses after a version: variants, never aliases
}

// osOwned reports whether an OS atom names the image's own product (a
// codename on debian/ubuntu, ltscYYYY on the Windows images).
func (c tagContext) osOwned(a atom) bool {
	if a.cycle == "" {
		return false
	}
	switch a.product {
	case "debian", "ubuntu":
		return c.own == a.product
	case "windows":
		return strings.HasPrefix(c.own, "windows")
	}
	return false
}

// parse interprets a tag in the context of its image.
func (c tagContext) parse(tag string) TagInfo {
	var ab [24]atom
	atoms := c.t.lex(tag, ab[:0])
	info := TagInfo{Tag: tag}
	text := func(a atom) string { return tag[a.start:a.end] }

	vstart, vend := -1, -1 // version run
	astart, aend := -1, -1 // alias run
	if len(atoms) > 0 {
		a0 := atoms[0]
		w := text(a0)
		switch {
		case a0.kind == aNum && isStamp(w) && len(w) >= 8:
			// a dated snapshot of a development branch (alpine's 20260805 = edge)
			vstart = 0
			info.Pre = true
		case a0.kind == aNum:
			vstart = 0
		case a0.kind == aOS && c.osOwned(a0):
			astart, aend = 0, 1
			info.pinned, info.aliasCyc = true, a0.cycle
		case a0.kind == aWord && c.own == "centos" && strings.HasPrefix(w, "centos") && isVersionish(w[6:]):
			vstart = 0 // centos7.9.2009
		case a0.kind == aWord && c.own == "centos-stream" && strings.HasPrefix(w, "stream") && allDigits(w[6:]):
			vstart = 0
		case (a0.kind == aWord || a0.kind == aPre) && floatingAlias(w):
			astart, aend = 0, 1
		case a0.kind == aWord && c.own == "node" && c.t.node[w] != "":
			astart, aend = 0, 1
			info.pinned, info.aliasCyc = true, c.t.node[w]
		case a0.kind == aWord && !variantWord(firstToken(w)) && !c.words[w] && c.own != "" && !hasNum(atoms[1:]):
			// A word the image never uses as a variant: an alias of one
			// release (traefik's "langres"), resolved through its tag group.
			astart, aend = 0, 1
			info.pinned = true
		}
	}
	if astart >= 0 {
		// "lts-krypton": an alias may be refined by a codename.
		for aend < len(atoms) && atoms[aend].kind == aWord && c.own == "node" && c.t.node[text(atoms[aend])] != "" {
			info.pinned, info.aliasCyc = true, c.t.node[text(atoms[aend])]
			aend++
		}
		info.Alias = tag[atoms[astart].start:atoms[aend-1].end]
	}
	if vstart < 0 && astart < 0 {
		// Variant before the version: deno's "alpine-2.9.1".
		for i, a := range atoms {
			if a.kind == aNum {
				vstart = i
				info.Prefix = i > 0
				break
			}
			if a.kind != aWord && a.kind != aOS {
				break
			}
		}
	}
	if vstart >= 0 {
		vend = vstart + 1
		for vend < len(atoms) && (atoms[vend].kind == aPre || atoms[vend].kind == aStamp || atoms[vend].kind == aNum) {
			vend++
		}
		info.Version = tag[atoms[vstart].start:atoms[vend-1].end]
		first := text(atoms[vstart])
		if c.own == "centos" {
			first = strings.TrimPrefix(first, "centos")
		} else if c.own == "centos-stream" {
			first = strings.TrimPrefix(first, "stream")
		}
		info.num, info.vprefix = parseVnum(first)
		info.suffix = vend-vstart > 1 || !info.num.exact
	}
	var pb [12]Part
	parts := pb[:0]
	for i, a := range atoms {
		if i >= vstart && i < vend || i >= astart && i < aend {
			if a.kind == aPre {
				info.Pre = true
			}
			if a.kind == aStamp && info.Build == "" {
				info.Build = text(a)
			}
			continue
		}
		switch a.kind {
		case aPre:
			info.Pre = true
		case aStamp:
			if info.Build == "" {
				info.Build = text(a)
			}
			if astart >= 0 || vstart >= 0 {
				info.suffix = true
			}
		case aNum:
			// a stray number after the variant: keep it as a word
			parts = append(parts, Part{Text: text(a), Kind: PartWord})
		case aWord:
			parts = append(parts, Part{Text: text(a), Kind: PartWord})
		case aOS, aRuntime:
			k := PartOS
			if a.kind == aRuntime {
				k = PartRuntime
			}
			parts = append(parts, Part{Text: text(a), Kind: k, Product: a.product, Cycle: a.cycle, Style: a.style})
		}
	}
	if vstart >= 0 && info.num.n > 0 {
		// Pre-release spelt inside the number: 3.15.0rc1, 19beta3, 8.5.0RC1.
		if info.num.pre {
			info.Pre = true
		}
		// Perl's odd minors are its development series (5.45 = devel).
		if c.own == "perl" && info.num.n >= 2 && info.num.c[1]%2 == 1 {
			info.Pre = true
		}
	}
	if len(parts) > 0 {
		info.Parts = append([]Part(nil), parts...)
	}
	if astart >= 0 && aend-astart == 1 && info.Alias != "" && !info.pinned && !floatingAlias(info.Alias) {
		info.pinned = true
	}
	if astart >= 0 && (atoms[astart].kind == aPre || unstableAlias(info.Alias)) {
		info.Pre = true
	}
	for i := vstart + 1; vstart >= 0 && i < vend; i++ {
		// dart's 3.14.0-95.2.beta
		if atoms[i].kind == aNum && hasPreMarker(text(atoms[i])) {
			info.Pre = true
		}
	}
	return info
}

// unstableAlias reports floating aliases of development series.
func unstableAlias(w string) bool {
	switch w {
	case "devel", "edge", "rawhide", "sid", "unstable", "experimental", "testing", "rc-buggy",
		"tip", "nightly", "canary", "insider", "beta", "rc", "preview":
		return true
	}
	return false
}

func hasPreMarker(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "rc") || strings.Contains(s, "beta") || strings.Contains(s, "alpha") || strings.Contains(s, "dev")
}

func hasNum(as []atom) bool {
	for _, a := range as {
		if a.kind == aNum {
			return true
		}
	}
	return false
}

func firstToken(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		return w[:i]
	}
	return w
}
