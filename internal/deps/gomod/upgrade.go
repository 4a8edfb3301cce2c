package gomod

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// maxCandidates bounds the versions of one direct dependency tried.
const maxCandidates = 60

// maxSettle bounds the rounds of raising requirements to the versions
// selected; each round reads the go.mod files of the raised ones.
const maxSettle = 16

// ErrVendored is wrapped by Upgrade's error for a module built from
// vendor/: the bump would need `go mod vendor` too.
var ErrVendored = errors.New("the build uses vendor/ (vendor/modules.txt): a bump needs go mod vendor too; GOFLAGS=-mod=mod builds without it")

// Upgrade implements deps.Project.
func (p *Project) Upgrade(ctx context.Context, targets []deps.Target, policy deps.Policy) (*deps.Plan, error) {
	g := p.dgraph
	viaOf := map[string][]string{}
	var directs []string
	unfixed := false
	for _, t := range targets {
		for _, i := range g.Find(t.Name) {
			if t.Fixed(g.Nodes[i].Version) {
				continue
			}
			unfixed = true
			via := g.Via(i)
			viaOf[t.Name] = append(viaOf[t.Name], via...)
			directs = append(directs, via...)
		}
	}
	slices.Sort(directs)
	directs = slices.Compact(directs)
	// MVS never selects less than go.mod requires: a target go.mod already
	// requires at a fixed version needs neither the graph nor a change.
	switch {
	case !unfixed:
	case p.envErr != nil:
		return nil, p.envErr
	case p.graph.err != nil:
		return nil, p.graph.err
	case p.vendored:
		return nil, fmt.Errorf("%s: %w", p.manifest, ErrVendored)
	}

	cur := p.graph
	why := map[string]string{} // target → why it stays unfixed, when not the policy
	var errs []error
	for _, d := range directs {
		var through []deps.Target
		for _, t := range targets {
			if slices.Contains(viaOf[t.Name], d) {
				through = append(through, t)
			}
		}
		next, reason, err := p.liftThrough(ctx, cur, d, through, policy)
		switch {
		case err != nil:
			errs = append(errs, err)
		case next != nil:
			cur = next
		case reason != "":
			for _, t := range through {
				why[t.Name] = reason
			}
		}
	}
	if len(errs) > 0 && cur == p.graph {
		return nil, errors.Join(errs...)
	}

	plan := &deps.Plan{}
	for _, t := range targets {
		v := cur.selected[t.Name]
		if v == "" || len(g.Find(t.Name)) == 0 {
			continue
		}
		if t.Fixed(v) {
			plan.Fixed = append(plan.Fixed, deps.Locked{Name: t.Name, Version: v})
			continue
		}
		via := slices.Compact(slices.Sorted(slices.Values(viaOf[t.Name])))
		reason := why[t.Name]
		switch {
		case reason != "":
		case len(via) == 0:
			reason = fmt.Sprintf("no direct requirement of %s brings in %s", p.manifest, t.Name)
		default:
			reason = fmt.Sprintf("no %s upgrade of %s selects a fixed %s", policy, strings.Join(via, " or "), t.Name)
		}
		plan.Unresolved = append(plan.Unresolved, deps.Unresolved{Name: t.Name, Via: via, Reason: reason})
	}
	if cur == p.graph {
		return plan, nil
	}
	for _, r := range cur.roots {
		from := p.graph.rootVersion(r.Path)
		if from != "" && from != r.Version && p.direct(r.Path) {
			plan.Upgrades = append(plan.Upgrades, deps.Upgrade{Name: r.Path, From: from, To: r.Version, Level: deps.Level(from, r.Version)})
		}
	}
	slices.SortFunc(plan.Upgrades, func(a, b deps.Upgrade) int { return strings.Compare(a.Name, b.Name) })
	if to, ok := p.newGoLine(cur); ok {
		// A newer go line is an upgrade too: the build needs a newer Go.
		from := p.goLine()
		plan.Upgrades = append(plan.Upgrades, deps.Upgrade{Name: "go", From: from, To: to, Level: deps.Level(from, to)})
	}
	edits, err := p.edits(ctx, cur)
	if err != nil {
		return nil, err
	}
	plan.Edits = edits
	return plan, nil
}

// liftThrough finds the smallest version of the direct dependency d,
// within policy, after which minimal version selection picks a fixed
// version of every target. It returns the graph after that bump (cur
// itself when they are fixed already), or nil with why when none does.
func (p *Project) liftThrough(ctx context.Context, cur *modGraph, d string, targets []deps.Target, policy deps.Policy) (*modGraph, string, error) {
	if allFixed(cur, targets) {
		return cur, "", nil
	}
	if p.replaced(d) {
		return nil, fmt.Sprintf("%s replaces %s, so its version is not go.mod's to bump", p.manifest, d), nil
	}
	from := cur.rootVersion(d)
	versions, err := p.proxy.versions(ctx, d)
	if err != nil {
		return nil, "", err
	}
	retracted := p.proxy.retractions(ctx, d, versions)
	var candidates []string
	for _, v := range versions {
		switch {
		case semver.Compare(v, from) <= 0,
			semver.Prerelease(v) != "" && semver.Prerelease(from) == "",
			!withinPolicy(from, v, policy),
			p.excluded(module.Version{Path: d, Version: v}),
			isRetracted(retracted, v):
			continue
		}
		candidates = append(candidates, v)
	}
	if len(candidates) > maxCandidates {
		candidates = candidates[:maxCandidates]
	}
	var lastErr error
	for _, v := range candidates {
		next, err := p.settle(ctx, withRoot(cur.roots, d, v))
		if err != nil {
			lastErr = err
			continue
		}
		if allFixed(next, targets) && !p.movesReplaced(next) {
			return next, "", nil
		}
	}
	if lastErr != nil && errors.Is(lastErr, deps.ErrNoRegistry) {
		return nil, "", lastErr
	}
	return nil, "", nil
}

// settle loads the graph of roots and raises each requirement to the
// version selected, as `go get` writes go.mod, until nothing moves. In a
// pruned graph, a module newly in the build that a raised requirement
// requires is added as an indirect requirement: the build may import its
// packages, and the go command then wants it listed.
func (p *Project) settle(ctx context.Context, roots []module.Version) (*modGraph, error) {
	for range maxSettle {
		g := p.loadGraph(ctx, roots)
		if g.err != nil {
			return nil, g.err
		}
		next := slices.Clone(roots)
		for i, r := range next {
			if v := g.selected[r.Path]; v != "" {
				next[i].Version = v
			}
		}
		if p.pruned {
			var added []module.Version
			for _, r := range next {
				if p.graph.rootVersion(r.Path) == r.Version {
					continue
				}
				for _, q := range g.reqs[module.Version{Path: r.Path, Version: r.Version}] {
					_, before := p.graph.selected[q.Path]
					if !before && g.rootVersion(q.Path) == "" && q.Path != p.mainPath() &&
						!slices.ContainsFunc(added, func(a module.Version) bool { return a.Path == q.Path }) {
						added = append(added, module.Version{Path: q.Path, Version: g.selected[q.Path]})
					}
				}
			}
			slices.SortFunc(added, func(a, b module.Version) int { return strings.Compare(a.Path, b.Path) })
			next = append(next, added...)
		}
		if slices.Equal(next, roots) {
			return g, nil
		}
		roots = next
	}
	return nil, fmt.Errorf("%s: the requirements do not settle after %d rounds", p.manifest, maxSettle)
}

// movesReplaced reports whether g selects another version of a module
// go.mod replaces: its go.sum lines are the replacement's, not the
// module's, and a bump should not move it.
func (p *Project) movesReplaced(g *modGraph) bool {
	for mp, v := range g.selected {
		if p.replaced(mp) && p.graph.selected[mp] != v {
			return true
		}
	}
	return false
}

// allFixed reports whether g selects a fixed version of every target (or
// none at all).
func allFixed(g *modGraph, targets []deps.Target) bool {
	for _, t := range targets {
		if v := g.selected[t.Name]; v != "" && !t.Fixed(v) {
			return false
		}
	}
	return true
}

// withinPolicy: patch keeps major.minor, minor keeps the major, major
// allows any newer version of the module path.
func withinPolicy(from, to string, policy deps.Policy) bool {
	switch policy {
	case deps.Patch:
		return semver.MajorMinor(from) == semver.MajorMinor(to)
	case deps.Minor:
		return semver.Major(from) == semver.Major(to)
	}
	return true
}

// isRetracted reports whether a retract directive covers v.
func isRetracted(rs []*modfile.Retract, v string) bool {
	for _, r := range rs {
		if semver.Compare(r.Low, v) <= 0 && semver.Compare(v, r.High) <= 0 {
			return true
		}
	}
	return false
}

// goLine is go.mod's go version; "" when it has no go line.
func (p *Project) goLine() string {
	if p.mod.Go == nil {
		return ""
	}
	return p.mod.Go.Version
}

// newGoLine is the go line go.mod needs with g, when the bump is what
// makes it newer than go.mod's: a selected module's go.mod declares a
// newer go, and `go get` raises the main module's to it.
func (p *Project) newGoLine(g *modGraph) (string, bool) {
	line := p.goLine()
	if line == "" {
		return "", false
	}
	newest := func(g *modGraph) string {
		n := line
		for mp, v := range g.selected {
			if gv, ok := g.goVers[module.Version{Path: mp, Version: v}]; ok && gover(gv, n) > 0 {
				n = gv
			}
		}
		return n
	}
	to := newest(g)
	return to, to != line && gover(to, newest(p.graph)) > 0
}
