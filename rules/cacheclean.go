package rules

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// PackageCacheNotCleaned flags a RUN that installs with yum, dnf,
// microdnf, tdnf, zypper or yarn and leaves the manager's cache in its
// layer: metadata and packages, often a hundred megabytes. The fix
// appends the manager's clean command to the RUN.
var PackageCacheNotCleaned = &lint.Rule{
	ID: "DF318", Name: "package-cache-not-cleaned",
	Aliases:  []string{"DL3032", "DL3040", "DL3036", "DL3060", "DS-0015", "DS-0019", "DS-0020", "DS-0027"},
	Title:    "Package manager cache is not cleaned in the RUN that fills it",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
	Check:    checkCacheClean,
}

// cacheKind is a package manager's cache: how to tell the commands that
// fill and clean it, where it lives, and the command that cleans it.
type cacheKind struct {
	managers []string // the programs that share the cache
	fills    []string // subcommands that fill it
	dirs     []string // where it lives: an rm of one cleans it
	// mountFragments: a cache mount whose target contains one keeps the
	// cache out of the layer (hadolint's test, for caches under $HOME).
	mountFragments []string
	// dirVar moves the cache where an ENV or ARG sets it: a cache mount
	// there keeps it out of the layer (YARN_CACHE_FOLDER).
	dirVar string
	clean  string // the subcommand that cleans it: "clean all"
}

// cacheKinds are the caches DF318 checks.
func cacheKinds() []cacheKind {
	return []cacheKind{
		{managers: []string{"yum", "dnf"}, fills: []string{"install", "in", "groupinstall", "localinstall", "update", "upgrade",
			"up", "update-minimal", "upgrade-minimal", "up-min", "reinstall", "rei", "downgrade", "distro-sync", "makecache", "group", "module"},
			dirs: lint.RPMCacheDirs(), mountFragments: []string{".cache/libdnf5"}, clean: "clean all"},
		{managers: []string{"microdnf"}, fills: []string{"install", "update", "upgrade", "reinstall", "makecache", "module"},
			dirs: lint.RPMCacheDirs(), clean: "clean all"},
		{managers: []string{"tdnf"}, fills: []string{"install", "update", "upgrade", "reinstall", "makecache", "distro-sync"},
			dirs: []string{"/var/cache/tdnf"}, clean: "clean all"},
		{managers: []string{"zypper"}, fills: []string{"install", "in", "update", "up", "dist-upgrade", "dup", "patch",
			"source-install", "si", "install-new-recommends", "inr", "refresh", "ref"},
			dirs: []string{lint.ZypperCacheDir}, clean: "clean --all"},
		{managers: []string{"yarn"}, fills: []string{"", "install", "add"},
			mountFragments: []string{".cache/yarn"}, dirVar: "YARN_CACHE_FOLDER", clean: "cache clean"},
	}
}

func (k *cacheKind) fillsCache(pc *lint.PackageCommand) bool {
	if !slices.Contains(k.managers, pc.Manager) {
		return false
	}
	if pc.VerbAt < 0 {
		// A bare `yarn` installs; `yarn --version` (docker-node's smoke
		// test) and `yarn --help` only print.
		return slices.Contains(k.fills, "") && !pc.HasOption("--version", "-v", "--help", "-h")
	}
	return pc.VerbIs(k.fills...)
}

func (k *cacheKind) cleansCache(pc *lint.PackageCommand) bool {
	if !slices.Contains(k.managers, pc.Manager) {
		return false
	}
	verb, arg, _ := strings.Cut(k.clean, " ")
	switch verb {
	case "cache": // yarn cache clean
		return pc.VerbIs("cache") && len(pc.Args) > 0 && pc.Args[0].Text == "clean"
	case "clean":
		if pc.Manager == "zypper" {
			return pc.VerbIs("clean", "cc") // any of its forms
		}
		return pc.VerbIs("clean") && len(pc.Args) > 0 && pc.Args[0].Text == strings.TrimPrefix(arg, "--")
	}
	return false
}

func (k *cacheKind) mounted(f *lint.File, in *lint.Instruction) bool {
	mounts := in.CacheMounts(f)
	if len(mounts) == 0 {
		return false
	}
	if k.dirVar != "" {
		if dir, ok := f.VarsAt(in).Get(k.dirVar); ok && path.IsAbs(dir) {
			return slices.ContainsFunc(mounts, func(t string) bool { return lint.PathWithin(dir, t) })
		}
	}
	for _, t := range mounts {
		for _, d := range k.dirs {
			if lint.PathWithin(d, t) {
				return true
			}
		}
		for _, frag := range k.mountFragments {
			if strings.Contains(t, frag) {
				return true
			}
		}
	}
	return false
}

func checkCacheClean(p *lint.Pass) {
	f := p.File
	for in, sc := range f.RunScripts(f.Ships, "yum", "dnf", "zypper", "yarn") {
		pcs := sc.PackageCommands()
		kinds := cacheKinds()
		for ki := range kinds {
			k := &kinds[ki]
			last := -1
			for i := range pcs {
				if k.fillsCache(&pcs[i]) {
					last = i
				}
			}
			if last < 0 || k.mounted(f, in) || cleanedAfter(sc, k, pcs[last:]) {
				continue
			}
			p.Report(cacheCleanDiagnostic(p, in, sc, k, &pcs[last]))
		}
	}
	// An exec-form RUN runs one command: nothing can clean after it.
	for in, pc := range f.ExecPackageCommands(f.Ships) {
		kinds := cacheKinds()
		for ki := range kinds {
			if k := &kinds[ki]; k.fillsCache(pc) && !k.mounted(f, in) {
				verb := pc.Verb
				if verb == "" {
					verb = "install"
				}
				p.Report(in.ExecFinding(fmt.Sprintf("%s %s leaves its cache in the layer", pc.Manager, verb),
					fmt.Sprintf("nothing can run after it: use the shell form and end the RUN with %s %s", pc.Manager, k.clean)))
			}
		}
	}
}

// cleanedAfter reports a clean of k's cache by the first of pcs or after
// it: its clean command, or an rm of its folder.
func cleanedAfter(sc *lint.Script, k *cacheKind, pcs []lint.PackageCommand) bool {
	for i := range pcs[1:] {
		if k.cleansCache(&pcs[1+i]) {
			return true
		}
	}
	after := int(pcs[0].Call.End().Offset())
	for _, d := range k.dirs {
		if sc.Removes(after, d) {
			return true
		}
	}
	if slices.Contains(k.managers, "yarn") {
		return sc.RemovesMatching(after, func(op string) bool { return strings.Contains(op, ".cache/yarn") })
	}
	return false
}

func cacheCleanDiagnostic(p *lint.Pass, in *lint.Instruction, sc *lint.Script, k *cacheKind, pc *lint.PackageCommand) lint.Diagnostic {
	clean := pc.Manager + " " + k.clean
	if pc.Sudo {
		clean = "sudo " + clean
	}
	verb := pc.Verb
	if verb == "" {
		verb = "install"
	}
	d := lint.Diagnostic{
		Range:   sc.Range(pc.Call.Args[pc.At]),
		Message: fmt.Sprintf("%s %s leaves its cache in the layer: run %s at the end of the RUN", pc.Manager, verb, clean),
	}
	e, ok := sc.AppendCommand(p.File, in, clean)
	if !ok {
		return d
	}
	fx := lint.Fix{Message: "Append " + clean, Safe: true, Edits: []lint.Edit{e}}
	if pc.Manager == "yarn" {
		if why := yarnCacheNeeded(p.Context()); why != "" {
			fx.Safe = false
			d.Message += " (needs review: " + why + ")"
		}
	}
	d.Fixes = []lint.Fix{fx}
	return d
}

// yarnCacheNeeded says why cleaning yarn's cache may break the image, ""
// when the build context shows Yarn 1 (package.json's packageManager, or a
// yarn.lock in Yarn 1's format), whose cache is only a cache. Yarn 2 and
// later with Plug'n'Play load the packages from their cache at run time.
func yarnCacheNeeded(ctx lint.ContextReader) string {
	const berry = "with Yarn 2 and later, Plug'n'Play loads the packages from the cache at run time"
	if ctx == nil {
		return "the build context is not at hand to tell Yarn 1 from Yarn 2 and later; " + berry
	}
	if _, err := ctx.ReadFile(".yarnrc.yml"); err == nil {
		return ".yarnrc.yml is Yarn 2 and later's; " + berry
	}
	if b, err := ctx.ReadFile("package.json"); err == nil {
		var pkg struct {
			PackageManager string `json:"packageManager"`
		}
		if json.Unmarshal(b, &pkg) == nil && pkg.PackageManager != "" {
			if strings.HasPrefix(pkg.PackageManager, "yarn@1.") {
				return ""
			}
			return "package.json's packageManager is " + pkg.PackageManager + "; " + berry
		}
	}
	if b, err := ctx.ReadFile("yarn.lock"); err == nil && strings.Contains(string(b), "# yarn lockfile v1") {
		return ""
	}
	return "nothing in the build context (package.json's packageManager, yarn.lock) shows Yarn 1; " + berry
}
