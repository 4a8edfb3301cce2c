package rules

import (
	"fmt"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// UnpinnedRemoteTool notes a tool the final image gets at whatever version
// is newest when it is built: git clone of a default or moving branch, and
// global tool installs at latest or at no version (corepack prepare
// pnpm@latest, npm install -g yarn, go install x@latest, cargo install x).
// Two builds of the same Dockerfile then ship different code.
var UnpinnedRemoteTool = &lint.Rule{
	ID: "DF505", Name: "unpinned-remote-tool",
	// hadolint's DL3062 asks the same of go install, go get and go run.
	Aliases:  []string{"DL3062"},
	Title:    "Pin the version of a tool fetched from the network",
	Severity: lint.Info,
	Check:    checkUnpinnedTools,
}

// movingRefs are branch names that name no release.
var movingRefs = []string{"main", "master", "develop", "development", "dev", "trunk", "head", "latest", "nightly", "edge", "canary", "next", "unstable"}

func checkUnpinnedTools(p *lint.Pass) {
	f := p.File
	for _, in := range f.Instructions {
		// Words every case has: git clone, corepack, npm -g/--global,
		// yarn global add, go install x@latest, go get, cargo install.
		if !in.IsRun() || !f.FeedsFinalImage(in.Stage) ||
			!in.MayCall(f, "clone", "corepack", "@latest", "cargo", "go get") && !(in.MayCall(f, "npm", "yarn") && in.MayCall(f, "-g", "global")) ||
			!f.RunsBourneShell(in) {
			continue
		}
		sc := in.Shell(f)
		if sc == nil {
			continue
		}
		calls, cmds := sc.Calls(), sc.Commands()
		for i, call := range calls {
			c := cmds[i]
			switch c.Name {
			case "git", "corepack", "cargo":
			default:
				continue // no need to read the words of the rest
			}
			args := lint.LitArgs(call, c.At+1)
			report := func(w *syntax.Word, msg string) {
				p.Report(lint.Diagnostic{Range: sc.Range(w), Message: msg})
			}
			switch c.Name {
			case "git":
				if url, ref, w, ok := unpinnedClone(call, c.At, args, calls[i+1:], cmds[i+1:]); ok {
					branch := "its default branch"
					if ref != "" {
						branch = "branch " + ref
					}
					report(w, fmt.Sprintf("git clone %s takes %s as it is at build time; clone a tag or check out a commit", url, branch))
				}
			case "corepack":
				// corepack prepare|install|use pnpm@latest; a bare
				// `corepack prepare --activate` reads package.json's
				// packageManager, which pins.
				if len(args) == 0 || args[0] != "prepare" && args[0] != "install" && args[0] != "use" {
					continue
				}
				for k, a := range args[1:] {
					if strings.HasPrefix(a, "-") || a == "" {
						continue
					}
					if name, version := splitToolSpec(a); version == "" || movingVersion(version) {
						report(call.Args[c.At+2+k], fmt.Sprintf("corepack %s %s installs %s at whatever version is newest at build time; name a version", args[0], a, name))
					}
				}
			case "cargo":
				for _, tool := range unpinnedCargoInstalls(call, c.At, args) {
					report(tool.word, tool.message)
				}
			}
		}
		pcs := sc.PackageCommands()
		for i := range pcs {
			if pcs[i].Family == "go" && pcs[i].Verb == "get" && checksOutLater(f, in) {
				// GOPATH's go get, then git checkout "$VERSION" in the
				// source it fetched (jessfraz's consul, vault, nomad).
				continue
			}
			for _, tool := range unpinnedGlobalTools(&pcs[i]) {
				if pcs[i].Family == "go" && copiedToGOPATH(in, tool.name) {
					continue // COPY . /go/src/<pkg>: go get -d reads the copy
				}
				p.Report(lint.Diagnostic{Range: sc.Range(tool.word), Message: tool.message})
			}
		}
	}
}

// copiedToGOPATH reports a COPY or ADD before in, in its stage, to a
// GOPATH source directory of the package (/go/src/github.com/org/tool):
// GOPATH's go get then builds that copy, fetching no other.
func copiedToGOPATH(in *lint.Instruction, pkg string) bool {
	for _, x := range in.Stage.Instructions {
		if x.Index >= in.Index {
			break
		}
		if cp, ok := x.Copy(); ok && strings.HasSuffix(strings.TrimSuffix(strings.Trim(cp.Dest.Text, `"'`), "/"), "/src/"+pkg) {
			return true
		}
	}
	return false
}

// checksOutLater reports a git checkout, reset or switch in the RUN or a
// later one of its stage, which may pin what an earlier step fetched.
func checksOutLater(f *lint.File, in *lint.Instruction) bool {
	for _, x := range in.Stage.Instructions {
		if x.Index >= in.Index && x.IsRun() && x.MayCall(f, "git") && x.MayRun(f, "checkout", "reset", "switch") {
			return true
		}
	}
	return false
}

// unpinnedClone reports a git clone of a repository at its default branch
// or a moving one, that no later command of the RUN checks out at another
// ref.
func unpinnedClone(call *syntax.CallExpr, at int, args []string, later []*syntax.CallExpr, laterCmds []lint.Command) (url, ref string, w *syntax.Word, ok bool) {
	// git's own options before the subcommand: -C dir and -c k=v take one.
	k := 0
	for k < len(args) && strings.HasPrefix(args[k], "-") {
		if args[k] == "-C" || args[k] == "-c" {
			k++
		}
		k++
	}
	if k >= len(args) || args[k] != "clone" {
		return "", "", nil, false
	}
	hasRef := false
	var operands []int
	for j := k + 1; j < len(args); j++ {
		a := args[j]
		switch {
		case a == "-b" || a == "--branch" || a == "--revision":
			if j+1 < len(args) {
				ref, hasRef = args[j+1], true
				if lint.WordKey(call.Args[at+2+j]) != args[j+1] || args[j+1] == "" {
					ref = "$" // a variable: a version the build names
				}
			}
			j++
		case strings.HasPrefix(a, "--branch=") || strings.HasPrefix(a, "--revision="):
			_, ref, _ = strings.Cut(a, "=")
			hasRef = true
		case a == "" && !strings.HasPrefix(lint.WordKey(call.Args[at+1+j]), "-"):
			operands = append(operands, j)
		case strings.HasPrefix(a, "-"):
			switch a {
			case "-o", "--origin", "-u", "--upload-pack", "--reference", "--separate-git-dir", "--depth", "--shallow-since",
				"--shallow-exclude", "-c", "--config", "--template", "--filter", "-j", "--jobs":
				j++
			}
		default:
			operands = append(operands, j)
		}
	}
	if len(operands) == 0 || hasRef && !movingVersion(ref) {
		return "", "", nil, false
	}
	// A later checkout, reset or switch in the RUN pins it.
	for i, l := range later {
		c := laterCmds[i]
		if c.Name != "git" {
			continue
		}
		for _, a := range lint.LitArgs(l, c.At+1) {
			if a == "checkout" || a == "reset" || a == "switch" {
				return "", "", nil, false
			}
		}
	}
	w = call.Args[at+1+operands[0]]
	return lint.WordKey(w), ref, w, true
}

// movingVersion reports a version or ref that names no release: latest,
// a branch such as main, or none.
func movingVersion(v string) bool {
	if strings.HasPrefix(v, "$") {
		return false
	}
	lower := strings.ToLower(v)
	return lower == "" || lower == "latest" || lower == "stable" || lower == "lts" || lower == "*" || slices.Contains(movingRefs, lower)
}

// splitToolSpec splits name@version (@scope/name@version included).
func splitToolSpec(s string) (name, version string) {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 {
		return s, ""
	}
	return s[:at], s[at+1:]
}

// unpinnedGoTools lists what go install and go run fetch at @latest, and
// what go get adds at its newest version (no version, @latest or
// @upgrade, -tool too). A package without a version, in go install and go
// run, is the version the module's go.mod requires (outside a module they
// refuse it), and a local path or pattern (./..., .) is the module's own
// code: neither is reported.
func unpinnedGoTools(pc *lint.PackageCommand) []unpinnedTool {
	var out []unpinnedTool
	pkgs := pc.Packages()
	if pc.Verb == "run" && len(pkgs) > 1 {
		pkgs = pkgs[:1] // the words after the package are the program's
	}
	for _, a := range pkgs {
		if a.Name == "" || strings.HasPrefix(a.Name, ".") || strings.HasPrefix(a.Name, "/") || strings.HasPrefix(a.Name, "$") || strings.Contains(a.Name, "...") {
			continue
		}
		latest := a.Version == "latest"
		switch pc.Verb {
		case "install":
			if latest {
				out = append(out, unpinnedTool{pc.Call.Args[a.At], a.Name, fmt.Sprintf("go install %s fetches the newest %s at build time; name a version", a.Text, a.Name)})
			}
		case "run":
			if latest {
				out = append(out, unpinnedTool{pc.Call.Args[a.At], a.Name, fmt.Sprintf("go run %s runs the newest %s at build time; name a version", a.Text, a.Name)})
			}
		case "get":
			if latest || a.Version == "" || a.Version == "upgrade" {
				out = append(out, unpinnedTool{pc.Call.Args[a.At], a.Name, fmt.Sprintf("go get %s takes the newest %s at build time; name a version (%s@<version>)", a.Text, a.Name, a.Name)})
			}
		}
	}
	return out
}

type unpinnedTool struct {
	word    *syntax.Word
	name    string // the tool as named, without its version
	message string
}

// unpinnedGlobalTools lists the tools a global install fetches at latest
// or at no version: npm install -g (pnpm's too), yarn global add, go
// install x@latest. Project installs are left to the manifest and its
// lockfile.
func unpinnedGlobalTools(pc *lint.PackageCommand) []unpinnedTool {
	var out []unpinnedTool
	var tools []lint.PackageArg
	switch pc.Family {
	case "npm":
		global := pc.HasOption("-g", "--global")
		if o, ok := pc.Option("--location"); ok && o.Value == "global" {
			global = true
		}
		if !global || !pc.Installs() {
			return nil
		}
		tools = pc.Args
	case "yarn":
		if pc.Verb != "global" || len(pc.Args) == 0 || pc.Args[0].Text != "add" {
			return nil
		}
		tools = pc.Args[1:]
	case "go":
		return unpinnedGoTools(pc)
	}
	cmd := pc.Manager + " install -g"
	if pc.Family == "yarn" {
		cmd = "yarn global add"
	}
	for _, a := range tools {
		if !a.Package || strings.HasPrefix(a.Text, "-") || strings.Contains(a.Text, ":") {
			continue // a variable, a path, URL or tarball
		}
		if v := a.Version; v == "" || movingVersion(v) || v == "next" {
			out = append(out, unpinnedTool{pc.Call.Args[a.At], a.Name, fmt.Sprintf("%s %s installs %s at whatever version is newest at build time; name a version (%s@<version>)", cmd, a.Text, a.Name, a.Name)})
		}
	}
	return out
}

// unpinnedCargoInstalls lists the crates cargo install fetches at no
// version, unless it names one (--version) or its own source (--path,
// --git).
func unpinnedCargoInstalls(call *syntax.CallExpr, at int, args []string) []unpinnedTool {
	if len(args) == 0 || args[0] != "install" {
		return nil
	}
	for _, a := range args[1:] {
		if a == "--version" || a == "--vers" || strings.HasPrefix(a, "--version=") || strings.HasPrefix(a, "--vers=") ||
			a == "--path" || a == "--git" {
			return nil
		}
	}
	var out []unpinnedTool
	for j, a := range args[1:] {
		if a == "" || strings.HasPrefix(a, "-") {
			continue
		}
		if j > 0 && strings.HasPrefix(args[j], "-") && cargoValueOption(args[j]) {
			continue
		}
		if name, version := splitToolSpec(a); version == "" {
			out = append(out, unpinnedTool{call.Args[at+2+j], name, fmt.Sprintf("cargo install %s fetches the newest %s at build time; add --version or %s@<version>", a, a, a)})
		}
	}
	return out
}

// cargoValueOption reports a cargo install option that takes a value.
func cargoValueOption(o string) bool {
	switch o {
	case "--root", "--index", "--registry", "--target", "--target-dir", "--features", "-F", "--profile", "-j", "--jobs", "--bin", "--example", "--branch", "--tag", "--rev":
		return true
	}
	return false
}
