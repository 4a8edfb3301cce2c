// Package deps reads an application's locked dependency graph from the
// manifest and lockfile a Dockerfile copies, and proposes the top-level
// bump that fixes a vulnerable transitive package where it comes from,
// instead of a `RUN npm install minimist@1.2.6` pin on top.
//
// An ecosystem is one package (deps/npm, deps/gomod, deps/pypi)
// whose type implements Ecosystem:
//
//   - Load reads the graph from the build context: the manifest the
//     Dockerfile copies and the lockfile beside it (Project.Graph).
//   - Graph.Via finds the direct dependencies a package comes through.
//   - Project.Upgrade proposes, for each such direct dependency, the
//     smallest upgrade within a Policy (patch, minor or major) that
//     resolves every Target to a fixed version. It fetches candidate
//     versions and their dependency ranges itself, through a Fetcher.
//   - The Plan it returns holds the manifest and lockfile changes as byte
//     edits over the files as read, so that everything outside them is
//     kept; the lockfile stays consistent with the manifest (the
//     ecosystem's own tool accepts it as it is).
//
// Which advisories make a version unfixed is the caller's business
// (Target.Fixed): OSV records, or the version a RUN pin asks for. The
// package touches neither the disk nor the network directly: files come
// through a Reader, registry documents through a Fetcher (the CLI's is a
// LocalFetcher, which reads file:// URLs offline and hands the others to
// an HTTPFetcher behind --online, bounded by the run's online session and
// cached on disk).
package deps

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Reader reads a file of the build context by slash path relative to the
// Dockerfile's directory (lint.ContextReader).
type Reader interface {
	ReadFile(path string) ([]byte, error)
}

// Fetcher fetches a registry document (an npm packument, a module proxy's
// version list) by URL; accept is the Accept header. Implementations cache
// and bound the network work; a document that does not exist is an error
// wrapping ErrNotFound.
type Fetcher interface {
	Fetch(ctx context.Context, url, accept string) ([]byte, error)
}

// ErrNoRegistry is wrapped by Upgrade's error when candidate versions are
// needed and there is no Fetcher (offline).
var ErrNoRegistry = errors.New("no package registry (offline)")

// Ecosystem is one packaging system's reader and solver.
type Ecosystem interface {
	// Name is the OSV ecosystem: "npm", "Go", "PyPI".
	Name() string
	// Load reads the project whose manifest is at path (a build-context
	// path such as "app/package.json"), with the lockfile beside it. An
	// error wrapping ErrNoLockfile means the manifest has none.
	Load(r Reader, manifest string) (Project, error)
}

// ErrNoLockfile is wrapped by Load's error when the manifest has no lockfile.
var ErrNoLockfile = errors.New("no lockfile")

// Project is a loaded manifest and lockfile.
type Project interface {
	Graph() *Graph
	// Upgrade proposes the smallest upgrades of direct dependencies, each
	// within policy, after which every package named by targets is locked
	// at a fixed version. A target that no such upgrade fixes is listed in
	// Plan.Unresolved; the plan then fixes the others, if any.
	Upgrade(ctx context.Context, targets []Target, policy Policy) (*Plan, error)
}

// Target is a package to lift to a fixed version.
type Target struct {
	Name string
	// Fixed reports whether version is free of what is being fixed (the
	// advisories, or "below the version a pin asks for").
	Fixed func(version string) bool
}

// Graph is a locked dependency graph. Nodes[0] is the project itself;
// its Deps are the direct dependencies.
type Graph struct {
	Manifest, Lockfile string // build-context paths
	Nodes              []Node
}

// Node is one locked package. A package locked at two versions (npm's
// nested node_modules) is two nodes.
type Node struct {
	Name, Version string
	Deps          []int // indices in Graph.Nodes
	Dev           bool  // reached only through development dependencies
}

// Via returns the names of the direct dependencies through which the node
// i is reached, sorted; a direct dependency is reached through itself.
func (g *Graph) Via(i int) []string {
	var out []string
	for _, d := range g.Nodes[0].Deps {
		if g.reaches(d, i) {
			out = append(out, g.Nodes[d].Name)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (g *Graph) reaches(from, to int) bool {
	seen := make([]bool, len(g.Nodes))
	stack := []int{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == to {
			return true
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		stack = append(stack, g.Nodes[n].Deps...)
	}
	return false
}

// Find returns the indices of the nodes named name.
func (g *Graph) Find(name string) []int {
	var out []int
	for i, n := range g.Nodes[1:] {
		if n.Name == name {
			out = append(out, i+1)
		}
	}
	return out
}

// Policy bounds how far an upgrade of a direct dependency may go.
type Policy int

const (
	Patch Policy = iota + 1 // same major and minor
	Minor                   // same major (the default)
	Major                   // any newer version
)

// ParsePolicy reads "patch", "minor" or "major"; "" is Minor.
func ParsePolicy(s string) (Policy, error) {
	switch s {
	case "patch":
		return Patch, nil
	case "", "minor":
		return Minor, nil
	case "major":
		return Major, nil
	}
	return 0, fmt.Errorf("want major, minor or patch, got %q", s)
}

func (p Policy) String() string {
	switch p {
	case Patch:
		return "patch"
	case Minor:
		return "minor"
	case Major:
		return "major"
	}
	return fmt.Sprintf("Policy(%d)", int(p))
}

// Upgrade is one direct dependency's bump.
type Upgrade struct {
	Name, From, To string
	// Level is the most significant part of the version that changes.
	Level Policy
	// InRange: the manifest's requirement already admits To, so only
	// the lockfile (and the requirement's floor) moves.
	InRange bool
}

// Safe reports whether the bump keeps to the fix-safety contract: within
// the manifest's range, or a patch release.
func (u Upgrade) Safe() bool { return u.InRange || u.Level == Patch }

func (u Upgrade) String() string { return u.Name + " " + u.From + " → " + u.To }

// Locked is a package at a version.
type Locked struct{ Name, Version string }

// Plan is a proposed change of a project.
type Plan struct {
	// Upgrades are the direct dependencies bumped, by name; empty when
	// the manifest's ranges already admit fixed versions and only the
	// lockfile changes.
	Upgrades []Upgrade
	// Fixed are the targets' packages as locked after the change.
	Fixed []Locked
	// Unresolved names the targets that no upgrade within the policy
	// lifts to a fixed version, with why.
	Unresolved []Unresolved
	// Edits change the manifest and the lockfile, sorted by path and
	// offset; none when nothing needs to change.
	Edits []Edit
}

// Unresolved is a target the plan cannot fix.
type Unresolved struct {
	Name   string
	Via    []string // the direct dependencies it comes through
	Reason string   // "no version of mkdirp within minor upgrades requires a fixed minimist"
}

// Safe reports whether every upgrade of the plan is safe.
func (p *Plan) Safe() bool {
	for _, u := range p.Upgrades {
		if !u.Safe() {
			return false
		}
	}
	return true
}

// Describe is the plan as a verb phrase: "bump mkdirp 0.5.1 → 0.5.2",
// or "update the lockfile" when no manifest requirement moves.
func (p *Plan) Describe() string {
	if len(p.Upgrades) == 0 {
		return "update the lockfile"
	}
	var parts []string
	for _, u := range p.Upgrades {
		parts = append(parts, u.String())
	}
	return "bump " + strings.Join(parts, ", ")
}

// Edit replaces [Start, End) of the build-context file Path with New.
type Edit struct {
	Path       string
	Start, End int
	New        string
}

// Level is the most significant difference between two versions of the
// form major.minor.patch, for Policy checks; a non-numeric part counts as
// Major.
func Level(from, to string) Policy {
	f, t := strings.SplitN(from, ".", 3), strings.SplitN(to, ".", 3)
	for len(f) < 3 {
		f = append(f, "0")
	}
	for len(t) < 3 {
		t = append(t, "0")
	}
	switch {
	case f[0] != t[0]:
		return Major
	case f[1] != t[1]:
		return Minor
	}
	return Patch
}
