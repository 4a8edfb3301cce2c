package pypi

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"deps.dev/util/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// maxCandidates bounds the versions of one direct requirement tried.
const maxCandidates = 60

// pin is one package as pinned while Upgrade works; pins are replaced,
// never modified, so states share them.
type pin struct {
	key, name, version string
	extras             []string
	direct             bool
	// edges are the keys of the pins it requires: the file's annotations
	// for a pin as read, its requires_dist once it changed (recomputed).
	edges   []string
	changed bool
}

// state is the pins by key.
type state map[string]*pin

// solver re-resolves one project.
type solver struct {
	p   *Project
	reg *registry
}

// initial is the file's pins, with the annotations' edges.
func (p *Project) initial() state {
	s := state{}
	f := p.file
	for _, e := range f.entries {
		if e.version == "" {
			continue
		}
		s[e.req.key] = &pin{key: e.req.key, name: e.req.name, version: e.version, extras: e.req.extras, direct: !f.compiled || e.direct()}
	}
	for _, e := range f.entries {
		for _, v := range e.via {
			if x := s[normalize(v)]; x != nil && !isSource(v) && s[e.req.key] != nil {
				x.edges = append(x.edges, e.req.key)
			}
		}
	}
	return s
}

func (p *Project) upgrade(ctx context.Context, targets []deps.Target, policy deps.Policy) (*deps.Plan, error) {
	sv := &solver{p: p, reg: &registry{fetcher: p.eco.Fetcher, base: p.registry, env: p.env}}
	orig := p.initial()
	cur := orig
	plan := &deps.Plan{}

	var directs []string
	viaOf := map[string][]string{}
	for _, t := range targets {
		for _, i := range p.graph.Find(t.Name) {
			if t.Fixed(p.graph.Nodes[i].Version) {
				continue
			}
			via := p.graph.Via(i)
			viaOf[t.Name] = append(viaOf[t.Name], via...)
			for _, v := range via {
				directs = append(directs, normalize(v))
			}
		}
	}
	slices.Sort(directs)
	directs = slices.Compact(directs)

	var errs []error
	for _, d := range directs {
		next, err := sv.liftThrough(ctx, cur, d, targets, policy)
		switch {
		case err != nil:
			errs = append(errs, err)
		case next != nil:
			cur = next
		}
	}
	if len(errs) > 0 && sameState(cur, orig) {
		return nil, errors.Join(errs...)
	}
	plan.Upgrades = p.upgrades(orig, cur)
	for _, t := range targets {
		var left bool
		for _, k := range slices.Sorted(maps.Keys(cur)) {
			x := cur[k]
			if normalize(x.name) != normalize(t.Name) {
				continue
			}
			if t.Fixed(x.version) {
				plan.Fixed = append(plan.Fixed, deps.Locked{Name: x.name, Version: x.version})
			} else {
				left = true
			}
		}
		if left {
			via := slices.Compact(slices.Sorted(slices.Values(viaOf[t.Name])))
			plan.Unresolved = append(plan.Unresolved, deps.Unresolved{
				Name: t.Name, Via: via,
				Reason: fmt.Sprintf("no %s upgrade of %s pins a fixed %s", policy, strings.Join(via, " or "), t.Name),
			})
		}
	}
	if !sameState(cur, orig) {
		edits, err := sv.edits(ctx, orig, cur, plan.Upgrades)
		if err != nil {
			return nil, err
		}
		plan.Edits = edits
	}
	return plan, nil
}

// upgrades are the direct requirements whose pins moved.
func (p *Project) upgrades(orig, final state) []deps.Upgrade {
	var out []deps.Upgrade
	for _, k := range slices.Sorted(maps.Keys(orig)) {
		o, n := orig[k], final[k]
		if !o.direct || n == nil || n.version == o.version {
			continue
		}
		up := deps.Upgrade{Name: o.name, From: o.version, To: n.version, Level: deps.Level(o.version, n.version)}
		if p.input != nil {
			if e := p.input.find(k); e != nil {
				up.InRange = matches(string(p.input.src[e.specStart:e.specEnd]), n.version)
			}
		}
		out = append(out, up)
	}
	return out
}

// liftThrough finds the smallest version of the direct requirement d,
// within policy, after which no unfixed target is pinned through it:
// its pinned version with the unfixed pins picked again first, then each
// newer version. It returns nil when none works.
func (sv *solver) liftThrough(ctx context.Context, cur state, d string, targets []deps.Target, policy deps.Policy) (state, error) {
	locked := cur[d]
	if locked == nil {
		return nil, nil
	}
	doc, err := sv.reg.project(ctx, d)
	if err != nil {
		return nil, err
	}
	candidates := []string{locked.version}
	for _, v := range doc.sorted {
		pv, err := semver.PyPI.Parse(v)
		if err != nil || pv.IsPrerelease() || semver.PyPI.Compare(v, locked.version) <= 0 || deps.Level(locked.version, v) > policy {
			continue
		}
		candidates = append(candidates, v)
	}
	if len(candidates) > maxCandidates {
		candidates = candidates[:maxCandidates]
	}
	var lastErr error
	for _, v := range candidates {
		if unfixedAt(targets, locked.name, v) {
			continue // the direct requirement is a target itself
		}
		next := state(maps.Clone(cur))
		var queue []string
		if v != locked.version {
			np := *locked
			np.version, np.changed = v, true
			next[d] = &np
			queue = append(queue, d)
		}
		for _, k := range slices.Sorted(maps.Keys(next)) {
			x := next[k]
			if k == d || x.direct || !unfixedAt(targets, x.name, x.version) {
				continue // a direct target is lifted on its own
			}
			// Pick it again: whoever requires it asks for it anew.
			dependents, err := sv.dependents(ctx, next, k)
			if err != nil {
				return nil, err
			}
			delete(next, k)
			queue = append(queue, dependents...)
		}
		if err := sv.resolve(ctx, next, queue, cur, targets); err != nil {
			lastErr = err
			continue
		}
		sv.prune(next)
		if !reachesUnfixed(next, d, targets) {
			return next, nil
		}
	}
	if lastErr != nil && errors.Is(lastErr, deps.ErrNoRegistry) {
		return nil, lastErr
	}
	return nil, nil
}

// unfixedAt reports whether name at version is a target not fixed there.
func unfixedAt(targets []deps.Target, name, version string) bool {
	for _, t := range targets {
		if normalize(t.Name) == normalize(name) && !t.Fixed(version) {
			return true
		}
	}
	return false
}

// requirements are what x requires on the project's environment.
func (sv *solver) requirements(ctx context.Context, x *pin) ([]requirement, error) {
	return sv.reg.requirements(ctx, x.key, x.version, x.extras)
}

// dependents are the keys of the pins of s that require key.
func (sv *solver) dependents(ctx context.Context, s state, key string) ([]string, error) {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(s)) {
		reqs, err := sv.requirements(ctx, s[k])
		if err != nil {
			return nil, err
		}
		if slices.ContainsFunc(reqs, func(r requirement) bool { return r.key == key }) {
			out = append(out, k)
		}
	}
	return out, nil
}

// constraints are the specifiers the pins of s put on key.
func (sv *solver) constraints(ctx context.Context, s state, key string) ([]string, []string, error) {
	var specs, extras []string
	for _, k := range slices.Sorted(maps.Keys(s)) {
		reqs, err := sv.requirements(ctx, s[k])
		if err != nil {
			return nil, nil, err
		}
		for _, r := range reqs {
			if r.key == key {
				specs = append(specs, r.spec)
				extras = append(extras, r.extras...)
			}
		}
	}
	return specs, extras, nil
}

// resolve meets the requirements of the queued pins, picking a pin again
// wherever its version no longer meets them, as pip-compile does: the
// highest version they all admit, a fixed one for a target when there
// is one.
func (sv *solver) resolve(ctx context.Context, s state, queue []string, before state, targets []deps.Target) error {
	compiled := sv.p.file.compiled
	done := map[string]bool{}
	for len(queue) > 0 {
		key := queue[0]
		queue = queue[1:]
		x := s[key]
		if x == nil || done[key+"\x00"+x.version] {
			continue
		}
		done[key+"\x00"+x.version] = true
		reqs, err := sv.requirements(ctx, x)
		if err != nil {
			return err
		}
		for _, r := range reqs {
			have := s[r.key]
			if have != nil && matches(r.spec, have.version) && subset(r.extras, have.extras) {
				continue
			}
			if have == nil && (!compiled && before[r.key] == nil || sv.p.file.unsafe[r.key]) {
				continue // pip's choice at build time, or left out as unsafe
			}
			specs, extras, err := sv.constraints(ctx, s, r.key)
			if err != nil {
				return err
			}
			doc, err := sv.reg.project(ctx, r.key)
			if err != nil {
				return err
			}
			v, ok := doc.pick(specs, func(v string) bool { return !unfixedAt(targets, r.name, v) })
			if !ok {
				v, ok = doc.pick(specs, nil)
			}
			if !ok {
				return fmt.Errorf("no version of %s meets %s (required by %s %s)", r.name, strings.Join(slices.DeleteFunc(specs, func(s string) bool { return s == "" }), ", "), x.name, x.version)
			}
			np := &pin{key: r.key, name: r.key, version: v, changed: true}
			if o := before[r.key]; o != nil {
				np.name, np.direct, np.extras = o.name, o.direct, o.extras
			}
			np.extras = union(np.extras, extras)
			s[r.key] = np
			queue = append(queue, r.key)
		}
	}
	// Changed pins require what their new versions require.
	for _, k := range slices.Sorted(maps.Keys(s)) {
		x := s[k]
		if !x.changed {
			continue
		}
		reqs, err := sv.requirements(ctx, x)
		if err != nil {
			return err
		}
		np := *x
		np.edges = nil
		for _, r := range reqs {
			if s[r.key] != nil && r.key != k {
				np.edges = append(np.edges, r.key)
			}
		}
		slices.Sort(np.edges)
		np.edges = slices.Compact(np.edges)
		s[k] = &np
	}
	return nil
}

// prune drops the pins of a compiled file that nothing requires any more.
func (sv *solver) prune(s state) {
	if !sv.p.file.compiled {
		return
	}
	seen := map[string]bool{}
	var queue []string
	for k, x := range s {
		if x.direct {
			queue = append(queue, k)
		}
	}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		if seen[k] || s[k] == nil {
			continue
		}
		seen[k] = true
		queue = append(queue, s[k].edges...)
	}
	for k := range s {
		if !seen[k] {
			delete(s, k)
		}
	}
}

// reachesUnfixed reports whether an unfixed target is pinned through key.
func reachesUnfixed(s state, key string, targets []deps.Target) bool {
	seen := map[string]bool{}
	queue := []string{key}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		x := s[k]
		if seen[k] || x == nil {
			continue
		}
		seen[k] = true
		if unfixedAt(targets, x.name, x.version) {
			return true
		}
		queue = append(queue, x.edges...)
	}
	return false
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

func sameState(a, b state) bool {
	return maps.EqualFunc(a, b, func(x, y *pin) bool { return x == y })
}

// Check verifies the file against the registry's metadata: every pinned
// version meets what the other pins require of it (their requires_dist
// on the project's Python), and a compiled file pins everything they
// require but what it lists as unsafe. It needs the registry.
func (p *Project) Check(ctx context.Context) error {
	reg := &registry{fetcher: p.eco.Fetcher, base: p.registry, env: p.env}
	s := p.initial()
	var errs []error
	for _, k := range slices.Sorted(maps.Keys(s)) {
		x := s[k]
		reqs, err := reg.requirements(ctx, x.key, x.version, x.extras)
		if err != nil {
			return err
		}
		for _, r := range reqs {
			switch dep := s[r.key]; {
			case dep != nil && !matches(r.spec, dep.version):
				errs = append(errs, fmt.Errorf("%s %s requires %s %s; %s pins %s", x.name, x.version, r.name, r.spec, p.file.path, dep.version))
			case dep == nil && p.file.compiled && !p.file.unsafe[r.key]:
				errs = append(errs, fmt.Errorf("%s %s requires %s, which %s does not pin", x.name, x.version, r.name, p.file.path))
			}
		}
	}
	return errors.Join(errs...)
}
