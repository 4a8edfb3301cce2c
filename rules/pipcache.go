package rules

import (
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// PipWithoutNoCacheDir flags pip install without --no-cache-dir: pip keeps
// every wheel it downloads or builds in ~/.cache/pip, in the layer, where
// nothing will use them again. The fix adds --no-cache-dir.
var PipWithoutNoCacheDir = &lint.Rule{
	ID: "DF317", Name: "pip-without-no-cache-dir",
	Aliases:  []string{"DL3042"},
	Title:    "pip install without --no-cache-dir leaves its cache in the layer",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
	Check:    checkPipCache,
}

// pipTruthy reports the values of PIP_NO_CACHE_DIR that turn the cache
// off, as hadolint reads them.
func pipTruthy(v string) bool {
	switch v {
	case "1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES":
		return true
	}
	return false
}

func checkPipCache(p *lint.Pass) {
	f := p.File
	keep := func(in *lint.Instruction) bool { return f.Ships(in) && !pipCacheMounted(f, in) }
	for in, sc := range f.RunScripts(keep, "pip") {
		envOff := -1 // PIP_NO_CACHE_DIR from ENV or ARG: looked up once, when needed
		for _, pc := range sc.PackageCommands() {
			if !pipInstallCaches(&pc) || pipCacheOffInScript(sc, pc.Call) || pipCachePurged(sc, pc.Call) {
				continue
			}
			if envOff < 0 {
				envOff = 0
				if pipCacheOffByVar(f, in) {
					envOff = 1
				}
			}
			if envOff == 1 {
				break
			}
			msg := "pip install without --no-cache-dir keeps the downloaded packages in " + pipCacheName(f, in) + " in the layer"
			rel, old := oldPip(p, in)
			if old {
				msg += " (needs review: " + rel + "'s own pip predates 6.0, which has no --no-cache-dir and keeps no cache; a pip the image upgrades has both)"
			}
			p.Report(lint.Diagnostic{
				Range:   sc.Range(pc.Call.Args[pc.At]),
				Message: msg,
				Fixes: []lint.Fix{{Message: "Add --no-cache-dir", Safe: !old,
					Edits: []lint.Edit{sc.InsertAfter(pc.VerbWord(), " --no-cache-dir")}}},
			})
		}
	}
	for in, pc := range f.ExecPackageCommands(keep) {
		if !pipInstallCaches(pc) || pipCacheOffByVar(f, in) {
			continue
		}
		p.Report(in.ExecFinding("pip install without --no-cache-dir keeps the downloaded packages in "+pipCacheName(f, in)+" in the layer",
			"add --no-cache-dir to the array by hand"))
	}
}

// oldPip reports a stage built on an OS release whose own pip predates
// 6.0, which brought both the cache and --no-cache-dir: Ubuntu 14.04 (pip
// 1.5.4) and older, Debian 8 (1.5.6) and older. The official python and
// pypy images install a pip of their own, not the distribution's.
func oldPip(p *lint.Pass, in *lint.Instruction) (release string, old bool) {
	if name := lint.OfficialImage(in.Stage.Root().ImageExpanded); name == "python" || name == "pypy" {
		return "", false
	}
	rel, ok := p.OSRelease(in.Stage)
	if ok && (rel.Before("ubuntu", "16.04") || rel.Before("debian", "9")) {
		return rel.String(), true
	}
	return "", false
}

// pipInstallCaches reports a pip install that keeps what it downloads in
// pip's cache. uv's pip interface keeps its cache elsewhere, under
// options of its own (--no-cache, UV_NO_CACHE). pip's option parser takes
// an unambiguous prefix of a long option, so --no-cache is --no-cache-dir.
func pipInstallCaches(pc *lint.PackageCommand) bool {
	return pc.Family == "pip" && pc.Manager != "uv pip" && pc.VerbIs("install") &&
		!pc.HasOption("--no-cache-dir", "--no-cache", "--no-cache-", "--no-cache-d", "--no-cache-di")
}

// pipCacheOffByVar reports PIP_NO_CACHE_DIR set true by an ENV or ARG
// that in sees.
func pipCacheOffByVar(f *lint.File, in *lint.Instruction) bool {
	v, ok := f.VarsAt(in).Get("PIP_NO_CACHE_DIR")
	return ok && pipTruthy(v)
}

// pipCacheMounted reports a cache or tmpfs mount on pip's cache: a target
// ending in .cache/pip (hadolint's test) or a .cache folder above it; or,
// where an ENV or ARG moves the cache (PIP_CACHE_DIR, XDG_CACHE_HOME), on
// that folder or one above it.
func pipCacheMounted(f *lint.File, in *lint.Instruction) bool {
	mounts := in.CacheMounts(f)
	if len(mounts) == 0 {
		return false
	}
	dir, _ := pipCacheDir(f, in)
	for _, t := range mounts {
		t = strings.TrimSuffix(t, "/")
		switch {
		case dir != "":
			if lint.PathWithin(dir, t) {
				return true
			}
		case strings.Contains(t, ".cache/pip"), strings.HasSuffix(t, "/.cache"):
			return true
		}
	}
	return false
}

// pipCacheDir is the absolute folder the Dockerfile's variables move pip's
// cache to, and the variable that does; "" when they leave it in
// ~/.cache/pip.
func pipCacheDir(f *lint.File, in *lint.Instruction) (dir, by string) {
	vars := f.VarsAt(in)
	if v, ok := vars.Get("PIP_CACHE_DIR"); ok && path.IsAbs(v) {
		return path.Clean(v), "PIP_CACHE_DIR"
	}
	if v, ok := vars.Get("XDG_CACHE_HOME"); ok && path.IsAbs(v) {
		return path.Join(v, "pip"), "XDG_CACHE_HOME"
	}
	return "", ""
}

// pipCacheName names pip's cache for a message: ~/.cache/pip, or where a
// variable moves it.
func pipCacheName(f *lint.File, in *lint.Instruction) string {
	if dir, by := pipCacheDir(f, in); dir != "" {
		return dir + " (" + by + ")"
	}
	return "~/.cache/pip"
}

// pipCacheOffInScript reports PIP_NO_CACHE_DIR set to a true value for
// call: on the call itself (PIP_NO_CACHE_DIR=1 pip install …), or by an
// assignment or export the script runs before it.
func pipCacheOffInScript(sc *lint.Script, call *syntax.CallExpr) bool {
	off := false
	// check reads the assignments in order: the last one counts.
	check := func(a *syntax.Assign) {
		if a.Name != nil && a.Name.Value == "PIP_NO_CACHE_DIR" && a.Value != nil {
			v, ok := lint.LitWord(a.Value)
			off = ok && pipTruthy(v)
		}
	}
	for _, a := range sc.Assignments() {
		// Declarations, and assignments standing alone, before the call.
		alone := a.Call != nil && len(a.Call.Args) == 0
		if (a.Decl != nil || alone) && call.Pos().After(a.Assign.Pos()) {
			check(a.Assign)
		}
	}
	for _, a := range call.Assigns {
		check(a)
	}
	return off
}

// pipCachePurged reports a pip cache purge, or an rm of pip's cache (or
// the .cache folder above it), after call.
func pipCachePurged(sc *lint.Script, call *syntax.CallExpr) bool {
	for _, pc := range sc.PackageCommands() {
		if pc.Family == "pip" && pc.VerbIs("cache") && pc.Call.Pos().After(call.Pos()) &&
			len(pc.Args) > 0 && pc.Args[0].Text == "purge" {
			return true
		}
	}
	return sc.RemovesMatching(int(call.End().Offset()), func(op string) bool {
		op = strings.TrimSuffix(strings.TrimSuffix(op, "*"), "/")
		return strings.HasSuffix(op, ".cache/pip") || strings.HasSuffix(op, "/.cache") || op == "~/.cache"
	})
}
