package lint

import (
	"fmt"

	"mvdan.cc/sh/v3/syntax"
)

// Where package managers keep what they download, and what reads it: the
// package-manager rules (DF313, DF315, DF316, DF318) share these facts.
const (
	AptListsDir = "/var/lib/apt/lists" // apt's package lists
	APKCacheDir = "/var/cache/apk"     // apk's index (and cache)
	// APKCacheLink is the cache apk uses, indexes included, when it is a
	// directory (apk-cache(5)): the mount Docker's cache guide puts there.
	APKCacheLink   = "/etc/apk/cache"
	ZypperCacheDir = "/var/cache/zypp" // zypper's metadata and packages
)

// RPMCacheDirs are the caches of yum, dnf, dnf5 and tdnf; microdnf uses
// yum's.
func RPMCacheDirs() []string {
	return []string{"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/tdnf"}
}

// AptListFree reports the apt subcommands that work without package lists.
func AptListFree(verb string) bool {
	switch verb {
	case "", "update", "clean", "autoclean", "distclean", "dist-clean", "remove", "purge", "autoremove", "autopurge",
		"check", "mark", "markauto", "unmarkauto":
		return true
	}
	return false
}

// APKFetchesIndex reports -U (--update, --update-cache): the apk command
// downloads the index into the cache itself.
func (pc *PackageCommand) APKFetchesIndex() bool {
	return pc.HasOption("-U", "--update", "--update-cache")
}

// ReadsCachedAPKIndex says whether an apk command reads the index in
// /var/cache/apk: any subcommand but del, update and cache, unless it
// fetches its own (--no-cache, --update, -U). An add or upgrade in the
// same RUN does not count: it gets --no-cache from its own finding, in the
// same round of fixes. In a later RUN it counts until it has its own.
func (pc *PackageCommand) ReadsCachedAPKIndex(sameRun bool) bool {
	if pc.Family != "apk" || pc.VerbIs("", "del", "update", "cache", "stats") {
		return false
	}
	if sameRun && pc.VerbIs("add", "upgrade") {
		return false
	}
	return !pc.HasOption("--no-cache") && !pc.APKFetchesIndex()
}

// VarWord is a word BuildKit expands (a FROM's image, an ENV value …) and
// where it is in the file.
type VarWord struct {
	Text  string
	Range Range
}

// RenameVarFix is the unsafe fix that reads match where the words read
// name: the suggestion for a misspelt variable (DF416, DF418). None when
// a word spans lines.
func RenameVarFix(f *File, words []VarWord, name, match string) []Fix {
	if !syntax.ValidName(match) {
		return nil // $match would read another name
	}
	fx := Fix{Message: fmt.Sprintf("Read $%s instead of $%s", match, name)}
	for _, w := range words {
		if w.Range.Len() != len(w.Text) {
			return nil // continued over lines: offsets in text are not offsets in Src
		}
		for _, ref := range VarRefs(w.Text, f.Escape) {
			if ref.Name == name {
				fx.Edits = append(fx.Edits, Edit{Range: Range{Start: w.Range.Start + ref.NameStart, End: w.Range.Start + ref.NameEnd}, New: match})
			}
		}
	}
	if len(fx.Edits) == 0 {
		return nil
	}
	return []Fix{fx}
}
