// Package gomod is the Go modules ecosystem of package deps: go.mod and
// go.sum, the module graph read through the GOPROXY protocol, and minimal
// version selection (golang.org/x/mod for go.mod, versions, checksums and
// the checksum database).
//
// Where modules come from is the go command's environment (GoEnv):
// GOPROXY's list (file:// proxies included; "direct" means version
// control, which dockerfix does not do, so such a look-up fails and says
// so), GONOPROXY and GOPRIVATE, GOSUMDB and GONOSUMDB, and GOFLAGS' -mod.
// Documents are fetched through a deps.Fetcher: deps.LocalFetcher reads
// file:// proxies offline and hands the others to the online fetcher.
//
// The graph is the one the go command builds (pruned below go 1.17
// modules); a direct dependency is a requirement without "// indirect".
// Upgrade tries each newer version of a direct dependency the vulnerable
// module comes through, smallest first within the policy, until minimal
// version selection picks a fixed version of it; go.mod's requirements
// then move to the versions selected, as `go get` moves them. The edits
// change only the version tokens of those require lines (and add the
// modules newly needed), and in go.sum add the lines of the new versions,
// with h1: hashes computed from the module zips and go.mod files
// (sumdb/dirhash) and vouched for by the checksum database unless
// GONOSUMDB or GOSUMDB=off exempts them, and drop the lines of the
// versions no longer in the graph.
package gomod

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// Ecosystem reads Go module projects. Its zero value has no module
// source: the graph then has no edges below the direct requirements, and
// Upgrade fails with deps.ErrNoRegistry.
type Ecosystem struct {
	// Fetcher fetches proxy and checksum-database documents.
	Fetcher deps.Fetcher
	// Getenv reads the go command's variables (GOPROXY …); nil reads
	// none, so the go command's defaults apply.
	Getenv func(string) string
}

// Name is Go's OSV ecosystem.
func (Ecosystem) Name() string { return "Go" }

var _ deps.Ecosystem = Ecosystem{}

// Load reads the go.mod at manifest and the go.sum beside it, and the
// module graph through the proxy when it can.
func (e Ecosystem) Load(r deps.Reader, manifest string) (deps.Project, error) {
	return e.load(context.Background(), r, manifest)
}

func (e Ecosystem) load(ctx context.Context, r deps.Reader, manifest string) (*Project, error) {
	modSrc, err := r.ReadFile(manifest)
	if err != nil {
		return nil, err
	}
	mod, err := modfile.Parse(manifest, modSrc, nil)
	if err != nil {
		return nil, err
	}
	if mod.Module == nil {
		return nil, fmt.Errorf("%s: no module line", manifest)
	}
	dir := path.Dir(manifest)
	sumPath := path.Join(dir, "go.sum")
	sumSrc, err := r.ReadFile(sumPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w (go.sum)", manifest, deps.ErrNoLockfile)
	}
	if err != nil {
		return nil, err
	}
	sum, err := parseGoSum(sumPath, sumSrc)
	if err != nil {
		return nil, err
	}
	p := &Project{
		reader: r, dir: dir, manifest: manifest, sumPath: sumPath,
		modSrc: modSrc, mod: mod, sumSrc: sumSrc, sum: sum,
		pruned: mod.Go != nil && gover(mod.Go.Version, "1.17") >= 0,
	}
	p.env, p.envErr = ReadGoEnv(e.Getenv)
	p.proxy = &proxy{env: p.env, fetcher: e.Fetcher}
	p.sumdb = &sumDB{env: p.env, fetcher: e.Fetcher}
	if _, err := r.ReadFile(path.Join(dir, "vendor", "modules.txt")); err == nil {
		// The go command builds from vendor/ when go.mod is at go 1.14 or
		// later, unless -mod says otherwise.
		p.vendored = p.env.ModFlag == "vendor" || p.env.ModFlag == "" && mod.Go != nil && gover(mod.Go.Version, "1.14") >= 0
	}
	var roots []module.Version
	for _, req := range mod.Require {
		roots = append(roots, req.Mod)
	}
	if p.envErr == nil {
		p.graph = p.loadGraph(ctx, roots)
	} else {
		// No proxy to ask: go.mod's own requirements are the graph.
		p.graph = &modGraph{roots: roots, selected: map[string]string{}, err: p.envErr}
		for _, r := range roots {
			if !p.excluded(r) && semver.Compare(r.Version, p.graph.selected[r.Path]) > 0 {
				p.graph.selected[r.Path] = r.Version
			}
		}
	}
	p.dgraph = p.depsGraph(p.graph)
	return p, nil
}

// Project is a Go module read from the build context.
type Project struct {
	reader            deps.Reader
	dir               string // go.mod's directory in the build context
	manifest, sumPath string
	modSrc, sumSrc    []byte
	mod               *modfile.File
	sum               []sumLine
	pruned            bool // go 1.17 or later: the graph is pruned
	vendored          bool // the build uses vendor/
	env               GoEnv
	envErr            error
	proxy             *proxy
	sumdb             *sumDB
	graph             *modGraph
	dgraph            *deps.Graph
}

// Graph is the module graph: one node per module the build selects, at
// the selected version; its edges are those of the go.mod files read, so
// without a module source only the direct requirements hang from the
// root.
func (p *Project) Graph() *deps.Graph { return p.dgraph }

func (p *Project) mainPath() string { return p.mod.Module.Mod.Path }

// direct reports whether modPath is a direct requirement of the main
// module.
func (p *Project) direct(modPath string) bool {
	for _, r := range p.mod.Require {
		if r.Mod.Path == modPath {
			return !r.Indirect
		}
	}
	return false
}

// depsGraph makes the deps.Graph of g.
func (p *Project) depsGraph(g *modGraph) *deps.Graph {
	out := &deps.Graph{Manifest: p.manifest, Lockfile: p.sumPath}
	paths := make([]string, 0, len(g.selected))
	for mp := range g.selected {
		paths = append(paths, mp)
	}
	slices.Sort(paths)
	index := map[string]int{}
	out.Nodes = append(out.Nodes, deps.Node{Name: p.mainPath()})
	for i, mp := range paths {
		index[mp] = i + 1
		out.Nodes = append(out.Nodes, deps.Node{Name: mp, Version: g.selected[mp]})
	}
	edges := func(from []module.Version) []int {
		var out []int
		for _, r := range from {
			if i, ok := index[r.Path]; ok && !slices.Contains(out, i) {
				out = append(out, i)
			}
		}
		slices.Sort(out)
		return out
	}
	var direct []module.Version
	for _, r := range p.mod.Require {
		if !r.Indirect {
			direct = append(direct, r.Mod)
		}
	}
	out.Nodes[0].Deps = edges(direct)
	for i, mp := range paths {
		out.Nodes[i+1].Deps = edges(g.reqs[module.Version{Path: mp, Version: g.selected[mp]}])
	}
	return out
}

// sumLine is one go.sum line.
type sumLine struct {
	mod        module.Version // Version without "/go.mod"
	goMod      bool           // the "/go.mod" hash
	hash       string
	start, end int // the line's bytes, newline included
}

// parseGoSum reads go.sum's lines: "path version[/go.mod] h1:hash".
func parseGoSum(name string, src []byte) ([]sumLine, error) {
	var out []sumLine
	for at, n := 0, 1; at < len(src); n++ {
		end := len(src)
		if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
			end = at + i + 1
		}
		f := strings.Fields(string(src[at:end]))
		switch {
		case len(f) == 0:
		case len(f) == 3:
			l := sumLine{mod: module.Version{Path: f[0], Version: f[1]}, hash: f[2], start: at, end: end}
			if v, ok := strings.CutSuffix(f[1], "/go.mod"); ok {
				l.mod.Version, l.goMod = v, true
			}
			out = append(out, l)
		default:
			return nil, fmt.Errorf("%s:%d: malformed go.sum line", name, n)
		}
		at = end
	}
	return out, nil
}

// hasSum reports whether go.sum has the line for m (goMod: its go.mod).
func (p *Project) hasSum(m module.Version, goMod bool) bool {
	return slices.ContainsFunc(p.sum, func(l sumLine) bool { return l.mod == m && l.goMod == goMod })
}
