// Package npm is the npm ecosystem of package deps: package.json with
// package-lock.json or npm-shrinkwrap.json (lockfileVersion 2 and 3), the
// registry's abbreviated packuments for candidate versions and their
// dependency ranges, and npm's range semantics (deps.dev/util/semver's
// NPM system).
//
// Upgrade re-resolves the lockfile as npm would for the changed part
// only: the bumped direct dependency, the vulnerable nodes dropped and
// picked again, and whatever they newly require. A requirement is met by
// the nearest node_modules entry up the tree when its version satisfies
// the range; else the highest satisfying version (dist-tags.latest when
// it satisfies) is placed at the top level when that breaks nothing, or
// nested under the node that needs it. Nodes no longer reached are
// dropped. Every other lockfile entry keeps its bytes.
package npm

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// DefaultRegistry is npm's public registry.
const DefaultRegistry = "https://registry.npmjs.org/"

// Ecosystem reads npm projects. Its zero value reads them offline.
type Ecosystem struct {
	// Fetcher fetches packuments; nil means offline: Upgrade then fails
	// with deps.ErrNoRegistry.
	Fetcher deps.Fetcher
	// Registry is the registry URL when the project's .npmrc names none
	// (the config's npm-registry); "" means DefaultRegistry.
	Registry string
	// Override, when set, is used whatever .npmrc says (npm_config_registry
	// in the environment, as npm itself honours it).
	Override string
}

// Name is npm's OSV ecosystem.
func (Ecosystem) Name() string { return "npm" }

// Lockfiles are the lockfile names npm reads beside package.json, in the
// order it prefers them.
var Lockfiles = []string{"npm-shrinkwrap.json", "package-lock.json"}

// Load reads the package.json at manifest and its lockfile.
func (e Ecosystem) Load(r deps.Reader, manifest string) (deps.Project, error) {
	return e.load(r, manifest)
}

func (e Ecosystem) load(r deps.Reader, manifest string) (*Project, error) {
	dir := path.Dir(manifest)
	msrc, err := r.ReadFile(manifest)
	if err != nil {
		return nil, err
	}
	mval, err := parseJSON(msrc)
	if err != nil || mval.kind != '{' {
		if err == nil {
			err = errors.New("not a JSON object")
		}
		return nil, fmt.Errorf("%s: %v", manifest, err)
	}
	var lockPath string
	var lsrc []byte
	for _, name := range Lockfiles {
		p := path.Join(dir, name)
		if lsrc, err = r.ReadFile(p); err == nil {
			lockPath = p
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	if lockPath == "" {
		return nil, fmt.Errorf("%s: %w (package-lock.json or npm-shrinkwrap.json)", manifest, deps.ErrNoLockfile)
	}
	lock, err := parseLockfile(lockPath, lsrc)
	if err != nil {
		return nil, err
	}
	p := &Project{
		eco: e, manifestPath: manifest, manifest: msrc, mval: mval, lock: lock,
		registry: e.registryFor(r, dir),
	}
	p.graph = p.buildGraph(lock.entries)
	return p, nil
}

// registryFor is the registry URL of the project in dir: the override, the
// project's .npmrc, the configured one, or npm's default; scoped
// registries (@scope:registry=) are kept too.
func (e Ecosystem) registryFor(r deps.Reader, dir string) registries {
	regs := registries{def: e.Registry, scopes: map[string]string{}}
	if regs.def == "" {
		regs.def = DefaultRegistry
	}
	if b, err := r.ReadFile(path.Join(dir, ".npmrc")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			k, v, ok := strings.Cut(line, "=")
			if !ok || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";") {
				continue
			}
			k, v = strings.TrimSpace(k), strings.Trim(strings.TrimSpace(v), `"'`)
			if !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") {
				// npm speaks HTTP to a registry; a file:// URL in a build
				// context's .npmrc must not make dockerfix read local files.
				continue
			}
			switch {
			case k == "registry":
				regs.def = v
			case strings.HasPrefix(k, "@") && strings.HasSuffix(k, ":registry"):
				regs.scopes[strings.TrimSuffix(k, ":registry")] = v
			}
		}
	}
	if e.Override != "" {
		regs.def = e.Override
	}
	return regs
}

// registries are a project's registry URLs.
type registries struct {
	def    string
	scopes map[string]string // "@corp" → URL
}

// url is the packument URL of name.
func (r registries) url(name string) string {
	base := r.def
	if scope, _, ok := strings.Cut(name, "/"); ok && strings.HasPrefix(scope, "@") {
		if s, ok := r.scopes[scope]; ok {
			base = s
		}
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	// npm asks for @scope%2fname.
	return base + strings.Replace(name, "/", "%2f", 1)
}

// Project is an npm project read from the build context.
type Project struct {
	eco          Ecosystem
	manifestPath string
	manifest     []byte
	mval         *value
	lock         *lockfile
	registry     registries
	graph        *deps.Graph
	keys         []string // graph node i is lock.entries[keys[i]]; keys[0] is ""
}

// Graph is the project's locked graph; node names are the names packages
// are installed under.
func (p *Project) Graph() *deps.Graph { return p.graph }

// Lockfile is the path of the lockfile read.
func (p *Project) Lockfile() string { return p.lock.path }

// buildGraph makes the deps.Graph of entries.
func (p *Project) buildGraph(entries map[string]*entry) *deps.Graph {
	g := &deps.Graph{Manifest: p.manifestPath, Lockfile: p.lock.path}
	keys := []string{""}
	for _, k := range sortedKeys(entries) {
		if k != "" && !entries[k].link {
			keys = append(keys, k)
		}
	}
	index := make(map[string]int, len(keys))
	for i, k := range keys {
		index[k] = i
	}
	g.Nodes = make([]deps.Node, len(keys))
	for i, k := range keys {
		e := entries[k]
		n := deps.Node{Name: e.name, Version: e.version, Dev: e.dev}
		for _, d := range e.edges() {
			if found := lookup(entries, k, d.name); found != "" {
				if j, ok := index[follow(entries, found)]; ok {
					n.Deps = append(n.Deps, j)
				}
			}
		}
		g.Nodes[i] = n
	}
	p.keys = keys
	return g
}

// lookup is Node's module resolution in a lockfile: the entry name
// resolves to from the package at key, or "".
func lookup(entries map[string]*entry, key, name string) string {
	for cur := key; ; cur = parentKey(cur) {
		k := childKey(cur, name)
		if _, ok := entries[k]; ok {
			return k
		}
		if cur == "" {
			return ""
		}
	}
}

// follow resolves a workspace link entry to the entry it points to.
func follow(entries map[string]*entry, key string) string {
	if e := entries[key]; e != nil && e.link {
		return e.resolved
	}
	return key
}

// parentKey is the key of the package whose node_modules holds key.
func parentKey(key string) string {
	if i := strings.LastIndex(key, "/node_modules/"); i >= 0 {
		return key[:i]
	}
	return ""
}

func childKey(parent, name string) string {
	if parent == "" {
		return "node_modules/" + name
	}
	return parent + "/node_modules/" + name
}

// nameOfKey is the name a package is installed under at key.
func nameOfKey(key string) string {
	if i := strings.LastIndex(key, "node_modules/"); i >= 0 {
		return key[i+len("node_modules/"):]
	}
	return path.Base(key)
}

// registryName is the registry package behind an install name and spec:
// "npm:real@^1" aliases another package.
func registryName(name, spec string) (string, string) {
	if rest, ok := strings.CutPrefix(spec, "npm:"); ok {
		at := strings.LastIndexByte(rest, '@')
		if at > 0 {
			return rest[:at], rest[at+1:]
		}
		return rest, "*"
	}
	return name, spec
}

// ensure Ecosystem implements deps.Ecosystem.
var _ deps.Ecosystem = Ecosystem{}

// Upgrade implements deps.Project.
func (p *Project) Upgrade(ctx context.Context, targets []deps.Target, policy deps.Policy) (*deps.Plan, error) {
	return p.upgrade(ctx, targets, policy)
}
