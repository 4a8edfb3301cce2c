package rules

import (
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
	Fix:      lint.FixSafe,
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
	keep := func(in *lint.Instruction) bool { return f.Ships(in) && !pipCacheMounted(in) }
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
			p.Report(lint.Diagnostic{
				Range:   sc.Range(pc.Call.Args[pc.At]),
				Message: "pip install without --no-cache-dir keeps the downloaded packages in ~/.cache/pip in the layer",
				Fixes: []lint.Fix{{Message: "Add --no-cache-dir", Safe: true,
					Edits: []lint.Edit{sc.InsertAfter(pc.VerbWord(), " --no-cache-dir")}}},
			})
		}
	}
	for in, pc := range f.ExecPackageCommands(keep) {
		if !pipInstallCaches(pc) || pipCacheOffByVar(f, in) {
			continue
		}
		p.Report(in.ExecFinding("pip install without --no-cache-dir keeps the downloaded packages in ~/.cache/pip in the layer",
			"add --no-cache-dir to the array by hand"))
	}
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
// ending in .cache/pip (hadolint's test) or a .cache folder above it.
func pipCacheMounted(in *lint.Instruction) bool {
	for _, t := range in.CacheMounts() {
		t = strings.TrimSuffix(t, "/")
		if strings.Contains(t, ".cache/pip") || strings.HasSuffix(t, "/.cache") {
			return true
		}
	}
	return false
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
