package gomod

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// fetchWorkers bounds the go.mod files fetched at once; the online session
// bounds them per host too.
const fetchWorkers = 8

// modGraph is the module graph the go command builds for the main module
// (go help modules, "Module graph pruning"): the main module's
// requirements (roots), the go.mod of each root, and, below a dependency
// whose go.mod is older than go 1.17 (not pruned), every go.mod it
// reaches. Minimal version selection picks, for each module path, the
// highest version anything in the graph requires.
type modGraph struct {
	roots    []module.Version                    // the main module's requirements, in go.mod's order
	reqs     map[module.Version][]module.Version // the requirements of each module whose go.mod was read
	goVers   map[module.Version]string           // the go line of each go.mod read
	selected map[string]string                   // path → the version MVS selects
	err      error                               // the first go.mod that could not be read
}

// read reports whether m's go.mod is part of the graph (go.sum needs its
// "/go.mod" line).
func (g *modGraph) read(m module.Version) bool {
	_, ok := g.reqs[m]
	return ok
}

// rootVersion is the version the main module requires of path; "" when it
// requires none.
func (g *modGraph) rootVersion(p string) string {
	for _, r := range g.roots {
		if r.Path == p {
			return r.Version
		}
	}
	return ""
}

// withRoot is roots with path required at version v (added when absent).
func withRoot(roots []module.Version, p, v string) []module.Version {
	out := slices.Clone(roots)
	for i := range out {
		if out[i].Path == p {
			out[i].Version = v
			return out
		}
	}
	return append(out, module.Version{Path: p, Version: v})
}

// loadGraph builds the module graph of the main module with roots as its
// requirements.
func (p *Project) loadGraph(ctx context.Context, roots []module.Version) *modGraph {
	g := &modGraph{
		roots:    roots,
		reqs:     map[module.Version][]module.Version{},
		goVers:   map[module.Version]string{},
		selected: map[string]string{},
	}
	type item struct {
		m        module.Version
		unpruned bool // everything below it is loaded
	}
	seen := map[item]bool{}
	pruned := map[module.Version]bool{} // its go.mod is go 1.17 or later
	var queue []item
	enqueue := func(m module.Version, unpruned bool) {
		it := item{m, unpruned}
		if m.Path == p.mainPath() || p.excluded(m) || seen[it] {
			return
		}
		seen[it] = true
		queue = append(queue, it)
	}
	for _, r := range roots {
		enqueue(r, !p.pruned)
	}
	var errs []error
	for len(queue) > 0 {
		batch := queue
		queue = nil
		mods := make([]*goMod, len(batch))
		var wg sync.WaitGroup
		sem := make(chan struct{}, fetchWorkers)
		for i, it := range batch {
			if _, done := g.reqs[it.m]; done {
				continue
			}
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				mods[i] = p.depGoMod(ctx, it.m)
			})
		}
		wg.Wait()
		for i, it := range batch {
			if gm := mods[i]; gm != nil { // else read in an earlier batch
				if gm.err != nil {
					errs = append(errs, gm.err)
					continue
				}
				var reqs []module.Version
				for _, r := range gm.require {
					if !p.excluded(r) {
						reqs = append(reqs, r)
					}
				}
				g.reqs[it.m] = reqs
				g.goVers[it.m] = gm.goVersion
				pruned[it.m] = gm.pruned
			}
			// Below a module older than go 1.17, or one loaded whole
			// already, everything is loaded.
			for _, r := range g.reqs[it.m] {
				if it.unpruned || !pruned[it.m] {
					enqueue(r, true)
				}
			}
		}
	}
	if len(errs) > 0 {
		slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
		g.err = errs[0]
	}
	pick := func(m module.Version) {
		if m.Path != p.mainPath() && semver.Compare(m.Version, g.selected[m.Path]) > 0 {
			g.selected[m.Path] = m.Version
		}
	}
	for _, r := range roots {
		if !p.excluded(r) {
			pick(r)
		}
	}
	for _, rs := range g.reqs {
		for _, r := range rs {
			pick(r)
		}
	}
	return g
}

// depGoMod reads the go.mod of a dependency: from its replacement when
// go.mod replaces it (a module version from the proxy, a directory from
// the build context), else from the proxy.
func (p *Project) depGoMod(ctx context.Context, m module.Version) *goMod {
	r, ok := p.replacement(m)
	if !ok {
		return p.proxy.goMod(ctx, m)
	}
	if r.Version != "" {
		return p.proxy.goMod(ctx, r)
	}
	dir := r.Path
	if !path.IsAbs(dir) {
		dir = path.Join(p.dir, dir)
	}
	data, err := p.reader.ReadFile(path.Join(dir, "go.mod"))
	if err != nil {
		return &goMod{err: fmt.Errorf("%s (replacement of %s): %v", r.Path, m.Path, err)}
	}
	gm := &goMod{data: data}
	gm.require, gm.pruned, gm.goVersion, gm.err = parseDepGoMod(m, data)
	return gm
}

// replacement is what go.mod's replace directives put in place of m: a
// version-specific replacement first, then one for every version.
func (p *Project) replacement(m module.Version) (module.Version, bool) {
	var all *modfile.Replace
	for _, r := range p.mod.Replace {
		if r.Old.Path != m.Path {
			continue
		}
		if r.Old.Version == m.Version {
			return r.New, true
		}
		if r.Old.Version == "" {
			all = r
		}
	}
	if all != nil {
		return all.New, true
	}
	return module.Version{}, false
}

// replaced reports whether go.mod replaces any version of path.
func (p *Project) replaced(modPath string) bool {
	for _, r := range p.mod.Replace {
		if r.Old.Path == modPath {
			return true
		}
	}
	return false
}

// excluded reports whether go.mod excludes m: the go command ignores a
// requirement of an excluded version.
func (p *Project) excluded(m module.Version) bool {
	for _, x := range p.mod.Exclude {
		if x.Mod == m {
			return true
		}
	}
	return false
}
