package npm

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

// maxCandidates bounds the versions of one direct dependency tried, so a
// package with hundreds of releases costs bounded work.
const maxCandidates = 60

// state is a lockfile's "packages" as Upgrade changes it; entries are
// replaced, never modified in place.
type state map[string]*entry

// upgrade is Project.Upgrade.
func (p *Project) upgrade(ctx context.Context, targets []deps.Target, policy deps.Policy) (*deps.Plan, error) {
	reg := &registry{fetcher: p.eco.Fetcher, urls: p.registry}
	cur := state(maps.Clone(p.lock.entries))
	plan := &deps.Plan{}

	// The direct dependencies the unfixed packages come through, in order.
	var directs []string
	viaOf := map[string][]string{}
	for _, t := range targets {
		for _, i := range p.graph.Find(t.Name) {
			if t.Fixed(p.graph.Nodes[i].Version) {
				continue
			}
			via := p.graph.Via(i)
			viaOf[t.Name] = append(viaOf[t.Name], via...)
			directs = append(directs, via...)
		}
	}
	slices.Sort(directs)
	directs = slices.Compact(directs)

	var errs []error
	for _, d := range directs {
		next, up, err := p.liftThrough(ctx, reg, cur, d, targets, policy)
		switch {
		case err != nil:
			errs = append(errs, err)
		case next != nil:
			cur = next
			if up != nil {
				plan.Upgrades = append(plan.Upgrades, *up)
			}
		}
	}
	if len(errs) > 0 && len(plan.Upgrades) == 0 && sameState(cur, p.lock.entries) {
		return nil, errors.Join(errs...)
	}

	for _, t := range targets {
		left := unfixed(cur, t)
		for _, k := range sortedKeys(cur) {
			if e := cur[k]; k != "" && e.name == t.Name && !slices.Contains(left, k) {
				plan.Fixed = append(plan.Fixed, deps.Locked{Name: e.name, Version: e.version})
			}
		}
		if len(left) > 0 {
			via := slices.Compact(slices.Sorted(slices.Values(viaOf[t.Name])))
			plan.Unresolved = append(plan.Unresolved, deps.Unresolved{
				Name: t.Name, Via: via,
				Reason: fmt.Sprintf("no %s upgrade of %s locks a fixed %s", policy, strings.Join(via, " or "), t.Name),
			})
		}
	}
	plan.Fixed = slices.Compact(plan.Fixed)
	if len(plan.Unresolved) < len(targets) || len(plan.Upgrades) > 0 {
		edits, err := p.edits(cur, plan.Upgrades)
		if err != nil {
			return nil, err
		}
		plan.Edits = edits
	}
	return plan, nil
}

// liftThrough finds the smallest version of the direct dependency name,
// within policy, after which no unfixed target is reached through it:
// first its locked version with the unfixed nodes picked again, then each
// newer version. It returns the new state (nil when none works) and the
// upgrade (nil when the locked version does).
func (p *Project) liftThrough(ctx context.Context, reg *registry, cur state, name string, targets []deps.Target, policy deps.Policy) (state, *deps.Upgrade, error) {
	key := childKey("", name)
	locked := cur[key]
	if locked == nil || locked.link {
		return nil, nil, nil
	}
	spec, _ := p.rootSpec(name)
	candidates := []string{locked.version}
	var doc *packument
	if isRange(spec) {
		var err error
		if doc, err = reg.packument(ctx, locked.registryPackage()); err != nil {
			return nil, nil, err
		}
		for _, v := range doc.sorted {
			pv, err := semver.NPM.Parse(v)
			if err != nil || pv.IsPrerelease() || semver.NPM.Compare(v, locked.version) <= 0 || deps.Level(locked.version, v) > policy {
				continue
			}
			candidates = append(candidates, v)
		}
	}
	if len(candidates) > maxCandidates {
		candidates = candidates[:maxCandidates]
	}
	var lastErr error
	for _, v := range candidates {
		next := state(maps.Clone(cur))
		var up *deps.Upgrade
		if v != locked.version {
			e := newEntry(key, locked.name, locked.pkg, doc.Versions[v])
			e.dev = locked.dev
			next[key] = e
			dropSubtree(next, key)
			up = &deps.Upgrade{Name: name, From: locked.version, To: v, Level: deps.Level(locked.version, v), InRange: satisfies(v, spec)}
			next[""] = p.withRootSpec(next[""], name, newSpec(spec, v))
		}
		for _, t := range targets {
			for _, k := range unfixed(next, t) {
				if k != key {
					delete(next, k)
					dropSubtree(next, k)
				}
			}
		}
		if err := resolve(ctx, reg, next); err != nil {
			lastErr = err
			continue
		}
		prune(next)
		if !reachesUnfixed(next, key, targets) {
			return next, up, nil
		}
	}
	if lastErr != nil && errors.Is(lastErr, deps.ErrNoRegistry) {
		return nil, nil, lastErr
	}
	return nil, nil, nil
}

// rootSpec is the requirement the project's lockfile root has for name.
func (p *Project) rootSpec(name string) (string, bool) {
	for _, d := range p.lock.entries[""].deps {
		if d.name == name {
			return d.spec, true
		}
	}
	return "", false
}

// withRootSpec is the root entry with name's requirement set to spec.
func (p *Project) withRootSpec(root *entry, name, spec string) *entry {
	r := *root
	r.deps = slices.Clone(root.deps)
	for i := range r.deps {
		if r.deps[i].name == name {
			r.deps[i].spec = spec
		}
	}
	return &r
}

// newSpec is the manifest requirement for version v in the spelling of
// old: ^ and ~ keep their operator, an exact pin stays exact, a range that
// already admits v stays, anything else becomes ^v.
func newSpec(old, v string) string {
	switch {
	case strings.HasPrefix(old, "^"), strings.HasPrefix(old, "~"):
		return old[:1] + v
	}
	if pv, err := semver.NPM.Parse(strings.TrimPrefix(old, "=")); err == nil && !pv.IsWildcard() {
		return v
	}
	if satisfies(v, old) {
		return old
	}
	return "^" + v
}

// newEntry is a lockfile entry for version v installed at key.
func newEntry(key, name, pkg string, v *version) *entry {
	return &entry{
		key: key, name: name, pkg: pkg, doc: v,
		version: v.Version, resolved: v.Dist.Tarball, integrity: v.Dist.Integrity,
		deps: v.requirements(),
	}
}

// unfixed returns the keys of the entries named t.Name at an unfixed
// version.
func unfixed(s state, t deps.Target) []string {
	var out []string
	for k, e := range s {
		if k != "" && !e.link && e.name == t.Name && !t.Fixed(e.version) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// dropSubtree removes the entries nested under key.
func dropSubtree(s state, key string) {
	prefix := key + "/node_modules/"
	for k := range s {
		if strings.HasPrefix(k, prefix) {
			delete(s, k)
		}
	}
}

// resolve meets every requirement of s, adding entries as npm would.
func resolve(ctx context.Context, reg *registry, s state) error {
	queue := sortedKeys(s)
	for len(queue) > 0 {
		key := queue[0]
		queue = queue[1:]
		e := s[key]
		if e == nil || e.link {
			continue
		}
		for _, d := range e.edges() {
			found := lookup(s, key, d.name)
			if found != "" && satisfies(s[follow(s, found)].version, d.spec) {
				continue
			}
			if found == "" && d.peer && d.optional {
				continue
			}
			pkg, spec := registryName(d.name, d.spec)
			if !isRange(spec) {
				if found != "" {
					continue
				}
				return fmt.Errorf("%s requires %s@%s, which is not a registry range", e.name, d.name, d.spec)
			}
			doc, err := reg.packument(ctx, pkg)
			if err != nil {
				if d.optional {
					continue
				}
				return err
			}
			v, ok := doc.pick(spec)
			if !ok {
				if d.optional {
					continue
				}
				return fmt.Errorf("no version of %s satisfies %s (required by %s)", pkg, spec, e.name)
			}
			at := childKey(key, d.name)
			switch {
			case found == "":
				at = childKey("", d.name)
			case parentKey(found) == "" && dependentsAccept(s, found, v.Version):
				at = found
			}
			if s[at] != nil {
				dropSubtree(s, at)
			}
			alias := ""
			if pkg != d.name {
				alias = pkg
			}
			s[at] = newEntry(at, d.name, alias, v)
			queue = append(queue, at)
		}
	}
	return nil
}

// dependentsAccept reports whether every entry that resolves to key
// accepts version v instead.
func dependentsAccept(s state, key, v string) bool {
	name := nameOfKey(key)
	for k, e := range s {
		for _, d := range e.edges() {
			if d.name == name && lookup(s, k, name) == key && !satisfies(v, d.spec) {
				return false
			}
		}
	}
	return true
}

// prune drops the entries no requirement reaches from the root, and
// marks as dev exactly those reached only through development
// dependencies.
func prune(s state) {
	prod := reach(s, false)
	all := reach(s, true)
	for k, e := range s {
		switch {
		case k == "":
		case !all[k]:
			delete(s, k)
		case e.dev == prod[k]:
			// A package now needed in production loses its dev flag (or
			// the reverse), or npm ci --omit=dev would leave it out.
			c := *e
			c.dev = !prod[k]
			s[k] = &c
		}
	}
}

// reach returns the keys reached from the root; dev says whether the
// root's devDependencies count.
func reach(s state, dev bool) map[string]bool {
	seen := map[string]bool{"": true}
	queue := []string{""}
	for len(queue) > 0 {
		key := queue[0]
		queue = queue[1:]
		for _, d := range s[key].edges() {
			if d.dev && !dev {
				continue
			}
			found := lookup(s, key, d.name)
			if found == "" {
				continue
			}
			for _, k := range []string{found, follow(s, found)} {
				if _, ok := s[k]; ok && !seen[k] {
					seen[k] = true
					queue = append(queue, k)
				}
			}
		}
	}
	return seen
}

// reachesUnfixed reports whether an unfixed target is reached from key.
func reachesUnfixed(s state, key string, targets []deps.Target) bool {
	seen := map[string]bool{}
	queue := []string{key}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		if seen[k] || s[k] == nil {
			continue
		}
		seen[k] = true
		e := s[k]
		for _, t := range targets {
			if e.name == t.Name && !t.Fixed(e.version) {
				return true
			}
		}
		for _, d := range e.edges() {
			if found := lookup(s, k, d.name); found != "" {
				queue = append(queue, follow(s, found))
			}
		}
	}
	return false
}

func sameState(a, b state) bool {
	return maps.EqualFunc(a, b, func(x, y *entry) bool { return x == y })
}
