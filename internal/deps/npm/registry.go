package npm

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"deps.dev/util/semver"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// acceptPackument asks for the abbreviated packument ("corgi"): the
// versions with their dependencies and dist, without readmes.
const acceptPackument = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"

// packument is the part of a registry's package document Upgrade reads.
type packument struct {
	Name     string              `json:"name"`
	DistTags map[string]string   `json:"dist-tags"`
	Versions map[string]*version `json:"versions"`
	sorted   []string            // versions, lowest first
}

// version is one published version.
type version struct {
	Version              string                     `json:"version"`
	Dependencies         map[string]string          `json:"dependencies"`
	OptionalDependencies map[string]string          `json:"optionalDependencies"`
	PeerDependencies     map[string]string          `json:"peerDependencies"`
	PeerDependenciesMeta map[string]json.RawMessage `json:"peerDependenciesMeta"`
	Deprecated           any                        `json:"deprecated"`
	HasInstallScript     bool                       `json:"hasInstallScript"`
	Bin                  json.RawMessage            `json:"bin"`
	Engines              json.RawMessage            `json:"engines"`
	OS                   json.RawMessage            `json:"os"`
	CPU                  json.RawMessage            `json:"cpu"`
	License              any                        `json:"license"`
	Dist                 struct {
		Tarball   string `json:"tarball"`
		Integrity string `json:"integrity"`
		Shasum    string `json:"shasum"`
	} `json:"dist"`
}

// deprecated reports whether the version is marked deprecated.
func (v *version) deprecated() bool {
	s, ok := v.Deprecated.(string)
	return ok && s != "" || v.Deprecated == true
}

// requirements are the version's dependencies as lockfile edges.
func (v *version) requirements() []dep {
	var out []dep
	for _, n := range sortedNames(v.Dependencies) {
		out = append(out, dep{name: n, spec: v.Dependencies[n]})
	}
	for _, n := range sortedNames(v.OptionalDependencies) {
		out = append(out, dep{name: n, spec: v.OptionalDependencies[n], optional: true})
	}
	for _, n := range sortedNames(v.PeerDependencies) {
		var meta struct {
			Optional bool `json:"optional"`
		}
		_ = json.Unmarshal(v.PeerDependenciesMeta[n], &meta)
		out = append(out, dep{name: n, spec: v.PeerDependencies[n], peer: true, optional: meta.Optional})
	}
	return out
}

func sortedNames(m map[string]string) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// registry fetches and parses packuments for one Upgrade.
type registry struct {
	fetcher deps.Fetcher
	urls    registries
	mu      sync.Mutex
	docs    map[string]*packument
}

func (r *registry) packument(ctx context.Context, name string) (*packument, error) {
	r.mu.Lock()
	doc, ok := r.docs[name]
	r.mu.Unlock()
	if ok {
		return doc, nil
	}
	if r.fetcher == nil {
		return nil, fmt.Errorf("versions of %s: %w", name, deps.ErrNoRegistry)
	}
	u := r.urls.url(name)
	b, err := r.fetcher.Fetch(ctx, u, acceptPackument)
	if err != nil {
		return nil, err
	}
	doc = &packument{}
	if err := json.Unmarshal(b, doc); err != nil {
		return nil, fmt.Errorf("%s: packument of %s: %v", u, name, err)
	}
	for v := range doc.Versions {
		if _, err := semver.NPM.Parse(v); err == nil {
			doc.sorted = append(doc.sorted, v)
		}
	}
	slices.SortFunc(doc.sorted, semver.NPM.Compare)
	r.mu.Lock()
	if r.docs == nil {
		r.docs = map[string]*packument{}
	}
	r.docs[name] = doc
	r.mu.Unlock()
	return doc, nil
}

// pick is the version npm installs for spec: dist-tags.latest when it
// satisfies, else the highest satisfying version that is not deprecated,
// else the highest deprecated one. ok is false when none satisfies or spec
// is no range (a URL, a path, a tag other than latest).
func (p *packument) pick(spec string) (*version, bool) {
	c, err := semver.NPM.ParseConstraint(rangeOf(spec))
	if err != nil {
		return nil, false
	}
	if l, ok := p.Versions[p.DistTags["latest"]]; ok && c.Match(l.Version) {
		return l, true
	}
	var deprecated *version
	for i := len(p.sorted) - 1; i >= 0; i-- {
		v := p.Versions[p.sorted[i]]
		if !c.Match(p.sorted[i]) {
			continue
		}
		if !v.deprecated() {
			return v, true
		}
		if deprecated == nil {
			deprecated = v
		}
	}
	return deprecated, deprecated != nil
}

// rangeOf is the semver range a spec stands for: "" and "latest" are any.
func rangeOf(spec string) string {
	switch spec {
	case "", "latest":
		return "*"
	}
	return spec
}

// satisfies reports whether version meets spec; a spec that is no range
// (a URL, a path) is taken as met by whatever the lockfile has.
func satisfies(ver, spec string) bool {
	c, err := semver.NPM.ParseConstraint(rangeOf(spec))
	if err != nil {
		return true
	}
	return c.Match(ver)
}

// isRange reports whether spec is a semver range npm resolves from the
// registry.
func isRange(spec string) bool {
	_, err := semver.NPM.ParseConstraint(rangeOf(spec))
	return err == nil
}
