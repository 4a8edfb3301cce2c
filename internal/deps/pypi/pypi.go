// Package pypi is the PyPI ecosystem of package deps: requirements files
// with == pins, plain or compiled by pip-compile (whose "# via"
// annotations say which pins are direct and who requires the others),
// the PyPI JSON API for candidate versions (/pypi/<name>/json) and their
// requirements (/pypi/<name>/<version>/json requires_dist), and PEP 440
// specifiers (deps.dev/util/semver's PyPI system).
//
// A compiled file pins the whole tree: Upgrade re-resolves the part a
// bump changes as pip-compile does when told to upgrade one package. A
// pin that still satisfies every requirement on it stays; one that does
// not, a new requirement, and each vulnerable pin are picked again (the
// highest version every requirement admits, installable on the file's
// Python); pins nothing requires any more are dropped, and the changed
// pins' annotations are rewritten. A plain file pins direct requirements
// only: its transitive packages are pip's choice at build time, so
// Upgrade bumps pins of the file and checks them against each other.
//
// When the compiled file names its input (# via -r requirements.in) and
// the build context has it, the input is the manifest: a bump its
// specifier already admits changes the compiled file only, and one it
// does not also rewrites the input's specifier.
//
// pyproject.toml with poetry.lock or uv.lock is not read: rewriting
// those locks means their content hashes and per-file metadata, which
// this package does not reproduce.
package pypi

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// DefaultRegistry is PyPI's JSON API.
const DefaultRegistry = "https://pypi.org/pypi/"

// Ecosystem reads Python projects. Its zero value reads them offline.
type Ecosystem struct {
	// Fetcher fetches JSON API documents; nil means offline: Upgrade
	// then fails with deps.ErrNoRegistry.
	Fetcher deps.Fetcher
	// Registry is the JSON API's base URL when the project names no index
	// (the config's pypi-registry); "" means DefaultRegistry.
	Registry string
	// Python is the image's Python ("3.12"), for markers and
	// requires_python when a compiled file's header names none; ""
	// means DefaultPython.
	Python string
}

// Name is PyPI's OSV ecosystem.
func (Ecosystem) Name() string { return "PyPI" }

// Normalize is a project name as PEP 503 compares it: "Flask_Login" is
// "flask-login".
func Normalize(name string) string { return normalize(name) }

// Load reads the requirements file at manifest: it is its own lockfile.
// A compiled file's input (requirements.in), when the build context has
// it, is read as the manifest its direct requirements come from.
func (e Ecosystem) Load(r deps.Reader, manifest string) (deps.Project, error) {
	return e.load(r, manifest)
}

var _ deps.Ecosystem = Ecosystem{}

func (e Ecosystem) load(r deps.Reader, file string) (*Project, error) {
	src, err := r.ReadFile(file)
	if err != nil {
		return nil, err
	}
	f, err := parseRequirements(file, src)
	if err != nil {
		return nil, err
	}
	if len(f.entries) == 0 {
		return nil, fmt.Errorf("%s: %w (it pins no package)", file, deps.ErrNoLockfile)
	}
	p := &Project{eco: e, file: f, manifestPath: file}
	if in := f.input(); in != "" {
		inPath := path.Join(path.Dir(file), in)
		switch b, err := r.ReadFile(inPath); {
		case err == nil:
			if p.input, err = parseRequirements(inPath, b); err != nil {
				return nil, err
			}
			p.manifestPath = inPath
		case !errors.Is(err, fs.ErrNotExist):
			return nil, err
		}
	}
	p.env = environment{Python: f.python}
	if p.env.Python == "" {
		p.env.Python = e.Python
	}
	p.registry = e.registryFor(r, f)
	p.graph = p.buildGraph()
	return p, nil
}

// input is the requirements input the annotations name ("-r
// requirements.in"), "" when none or several.
func (f *reqFile) input() string {
	var in string
	for _, e := range f.entries {
		for _, v := range e.via {
			if name, ok := strings.CutPrefix(v, "-r "); ok {
				if in != "" && in != name {
					return ""
				}
				in = name
			}
		}
	}
	return in
}

// registryFor is the JSON API the project's index points to: the file's
// --index-url, else a pip.conf beside it, else the configured one.
func (e Ecosystem) registryFor(r deps.Reader, f *reqFile) string {
	index := f.indexURL
	if index == "" {
		if b, err := r.ReadFile(path.Join(path.Dir(f.path), "pip.conf")); err == nil {
			index = pipConfIndex(string(b))
		}
	}
	if api := jsonAPI(index); api != "" {
		return api
	}
	if e.Registry != "" {
		return withSlash(e.Registry)
	}
	return DefaultRegistry
}

// pipConfIndex is index-url in pip.conf's [global] or [install] section.
func pipConfIndex(conf string) string {
	section, index := "", ""
	for _, l := range strings.Split(conf, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			section = strings.TrimSpace(l[1 : len(l)-1])
			continue
		}
		k, v, ok := strings.Cut(l, "=")
		if ok && (section == "global" || section == "install") && strings.TrimSpace(k) == "index-url" {
			index = strings.TrimSpace(v)
		}
	}
	return index
}

// jsonAPI maps a simple index URL to the JSON API beside it, as PyPI,
// Nexus and Artifactory lay them out: …/simple → …/pypi. "" when the
// URL does not end in /simple.
func jsonAPI(index string) string {
	base, ok := strings.CutSuffix(strings.TrimRight(index, "/"), "/simple")
	if !ok || !strings.HasPrefix(base, "http") {
		return ""
	}
	return base + "/pypi/"
}

func withSlash(s string) string {
	if strings.HasSuffix(s, "/") {
		return s
	}
	return s + "/"
}

// Project is a requirements file read from the build context.
type Project struct {
	eco          Ecosystem
	file         *reqFile
	input        *reqFile // the compiled file's input; nil when not read
	manifestPath string
	env          environment
	registry     string
	graph        *deps.Graph
}

// Graph is the pinned graph. Node names are as the file writes them.
func (p *Project) Graph() *deps.Graph { return p.graph }

// Python is the Python version markers are evaluated for.
func (p *Project) Python() string { return p.env.values()["python_version"] }

func (p *Project) buildGraph() *deps.Graph {
	f := p.file
	g := &deps.Graph{Manifest: p.manifestPath, Lockfile: f.path}
	g.Nodes = []deps.Node{{}}
	index := map[string]int{}
	for _, e := range f.entries {
		if e.version == "" {
			continue
		}
		index[e.req.key] = len(g.Nodes)
		g.Nodes = append(g.Nodes, deps.Node{Name: e.req.name, Version: e.version})
	}
	for _, e := range f.entries {
		i, ok := index[e.req.key]
		if !ok {
			continue
		}
		if !f.compiled || e.direct() {
			g.Nodes[0].Deps = append(g.Nodes[0].Deps, i)
		}
		for _, v := range e.via {
			if j, ok := index[normalize(v)]; ok && !isSource(v) {
				g.Nodes[j].Deps = append(g.Nodes[j].Deps, i)
			}
		}
	}
	for i := range g.Nodes {
		slices.Sort(g.Nodes[i].Deps)
	}
	return g
}

// Upgrade implements deps.Project.
func (p *Project) Upgrade(ctx context.Context, targets []deps.Target, policy deps.Policy) (*deps.Plan, error) {
	return p.upgrade(ctx, targets, policy)
}
