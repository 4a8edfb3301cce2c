package rules

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dockerfix/dockerfix/lint"
)

// EOLSoftwareDownload notes a package file fetched and installed by hand
// whose release has ended, onto a base whose distribution no longer ships
// it: a libssl1.1_*.deb on Debian 12 or Ubuntu 22.04 and later. The
// distribution's updates never reach it. Info: the image may need it for
// an old binary; the finding says what it costs.
var EOLSoftwareDownload = &lint.Rule{
	ID: "DF509", Name: "eol-software-download",
	Title:    "A package fetched by hand is past its end of support",
	Severity: lint.Info,
	Check:    checkEOLDownloads,
}

// eolPackage is a package file name whose release has ended, and the
// distribution releases from which on the distribution does not ship it.
type eolPackage struct {
	prefix  string // of the file's base name: "libssl1.1_"
	product string // "OpenSSL 1.1.1"
	ended   time.Time
	// debian and ubuntu are the first releases without it.
	debian, ubuntu string
}

var eolPackages = []eolPackage{
	{"libssl1.1_", "OpenSSL 1.1.1", eolDate(2023, 9, 11), "12", "22.04"},
	{"libssl1.0.2_", "OpenSSL 1.0.2", eolDate(2019, 12, 31), "10", "0"}, // never in Ubuntu
	{"libssl1.0.0_", "OpenSSL 1.0", eolDate(2019, 12, 31), "9", "20.04"},
	{"libssl0.9.8_", "OpenSSL 0.9.8", eolDate(2015, 12, 31), "7", "12.04"},
	{"python2.7_", "Python 2.7", eolDate(2020, 1, 1), "12", "24.04"},
	{"libpython2.7_", "Python 2.7", eolDate(2020, 1, 1), "12", "24.04"},
	{"libpython2.7-stdlib_", "Python 2.7", eolDate(2020, 1, 1), "12", "24.04"},
	{"libpython2.7-minimal_", "Python 2.7", eolDate(2020, 1, 1), "12", "24.04"},
	{"python2.7-minimal_", "Python 2.7", eolDate(2020, 1, 1), "12", "24.04"},
}

func eolDate(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func checkEOLDownloads(p *lint.Pass) {
	f := p.File
	now := p.Env.Date()
	named := false // mayFetchEOLPackage, asked at the first download
	for _, in := range f.Instructions {
		downloads := in.Downloads(f)
		if len(downloads) == 0 || in.IsRun() && !f.RunsBourneShell(in) {
			continue
		}
		if !named {
			if !mayFetchEOLPackage(f.Src) {
				return
			}
			named = true
		}
		var rel lint.OSRelease
		osKnown := false
		for _, d := range downloads {
			pkg, base, ok := eolPackageOf(d, now)
			if !ok {
				continue
			}
			if !osKnown {
				if root := in.Stage.Root(); root.ImageResolved && p.Env != nil && p.Env.Images != nil {
					rel, osKnown = p.Env.Images.OSRelease(root.ImageExpanded)
				}
			}
			onto := "onto an image the catalog does not know"
			if osKnown {
				first := map[string]string{"debian": pkg.debian, "ubuntu": pkg.ubuntu}[rel.Product]
				if first != "" && lint.NaturalCompare(rel.Release, first) < 0 {
					continue // the distribution still ships (and patches) it
				}
				onto = "onto " + rel.String()
				if first != "" {
					onto += ", which no longer ships it"
				}
			}
			p.Report(lint.Diagnostic{Range: d.URLRange, Message: fmt.Sprintf(
				"%s is %s, past its end of support since %s, fetched by hand %s: no update reaches it",
				base, pkg.product, pkg.ended.Format("2006-01-02"), onto)})
		}
	}
}

// mayFetchEOLPackage reports whether src names a .deb and what every
// eolPackages name holds (ssl, python; a test keeps them in step): a URL's
// name, even one variables make, is written in the file. Most files name
// neither.
func mayFetchEOLPackage(src []byte) bool {
	return bytes.Contains(src, []byte(".deb")) && (bytes.Contains(src, []byte("ssl")) || bytes.Contains(src, []byte("python")))
}

// eolPackageOf finds the ended package file a download fetches: a .deb
// named for one of eolPackages.
func eolPackageOf(d lint.Download, now time.Time) (eolPackage, string, bool) {
	// A .deb by name, or a name whose end a variable may make .deb: the
	// rest (node-v${V}-linux-x64.tar.xz) are not expanded.
	if base := lint.URLBase(d.URL); !strings.HasSuffix(base, ".deb") &&
		(!strings.Contains(base, "$") || !strings.HasSuffix(".deb", literalTail(base))) {
		return eolPackage{}, "", false
	}
	for _, u := range d.URLs() {
		base := lint.URLBase(u)
		if !strings.HasSuffix(base, ".deb") {
			continue
		}
		for _, pkg := range eolPackages {
			if strings.HasPrefix(base, pkg.prefix) && now.After(pkg.ended) {
				return pkg, base, true
			}
		}
	}
	return eolPackage{}, "", false
}

// literalTail is what follows the last variable of a word as WordKey
// writes it (${NAME}, ${NAME:-x}, $(cmd), $1): the end its value has
// whatever the variable holds.
func literalTail(word string) string {
	i := strings.LastIndexByte(word, '$')
	if i < 0 {
		return word
	}
	rest := word[i+1:]
	if rest != "" && (rest[0] == '{' || rest[0] == '(') {
		if j := strings.IndexAny(rest, "})"); j >= 0 {
			return strings.TrimLeft(rest[j+1:], "})") // the ends of the expressions it is nested in
		}
		return ""
	}
	if rest != "" && (rest[0] == '@' || rest[0] == '*' || rest[0] == '#' || rest[0] == '?') {
		return rest[1:]
	}
	return strings.TrimLeft(rest, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
}
