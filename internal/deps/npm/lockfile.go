package npm

import (
	"fmt"
	"slices"
	"strings"
)

// dep is one requirement: a name and the range (spec) it asks for.
type dep struct {
	name, spec string
	optional   bool // optionalDependencies, or a peer marked optional
	peer       bool
	dev        bool // the root's devDependencies
}

// entry is one package of the lockfile's "packages" object.
type entry struct {
	key  string // "node_modules/a/node_modules/b"; "" for the project
	name string // the name it is installed under
	// pkg is the registry package when it differs from name (an alias).
	pkg                          string
	version, resolved, integrity string
	deps                         []dep
	dev, optional, link          bool
	val                          *value   // the entry as read; nil for a new one
	doc                          *version // the packument version a new entry comes from
}

// edges are the requirements npm resolves for the entry.
func (e *entry) edges() []dep { return e.deps }

// registryPackage is the name to ask the registry for.
func (e *entry) registryPackage() string {
	if e.pkg != "" {
		return e.pkg
	}
	return e.name
}

// lockfile is a parsed package-lock.json or npm-shrinkwrap.json.
type lockfile struct {
	path     string
	src      []byte
	root     *value
	version  int
	packages *value
	legacy   *value // "dependencies", the v1 tree that v2 keeps beside "packages"
	entries  map[string]*entry
	indent   string // one level of indentation, as the file has it
	newline  string
}

func parseLockfile(p string, src []byte) (*lockfile, error) {
	root, err := parseJSON(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", p, err)
	}
	if root.kind != '{' {
		return nil, fmt.Errorf("%s: not a JSON object", p)
	}
	lf := &lockfile{path: p, src: src, root: root, entries: map[string]*entry{}}
	if v := root.get("lockfileVersion"); v != nil {
		fmt.Sscan(string(src[v.start:v.end]), &lf.version)
	}
	lf.packages = root.get("packages")
	if lf.version < 2 || lf.packages == nil || lf.packages.kind != '{' {
		return nil, fmt.Errorf("%s: lockfileVersion %d has no \"packages\" (npm 7 and later write version 2 or 3: run npm install --package-lock-only)", p, lf.version)
	}
	if lv := root.get("dependencies"); lv != nil && lv.kind == '{' {
		lf.legacy = lv
	}
	for _, m := range lf.packages.members {
		if m.val.kind != '{' {
			return nil, fmt.Errorf("%s: packages[%q] is not an object", p, m.key)
		}
		lf.entries[m.key] = entryOf(m.key, m.val, src)
	}
	if lf.entries[""] == nil {
		return nil, fmt.Errorf("%s: no root package (packages[\"\"])", p)
	}
	lf.indent, lf.newline = "  ", "\n"
	if len(root.members) > 0 {
		line := strings.LastIndexByte(string(src[:root.members[0].start]), '\n')
		if line >= 0 {
			lf.indent = string(src[line+1 : root.members[0].start])
			if line > 0 && src[line-1] == '\r' {
				lf.newline = "\r\n"
			}
		}
	}
	return lf, nil
}

// entryOf reads one "packages" member.
func entryOf(key string, v *value, src []byte) *entry {
	e := &entry{
		key: key, name: nameOfKey(key), val: v,
		version: v.text("version"), resolved: v.text("resolved"), integrity: v.text("integrity"),
		dev: v.flag("dev", src), optional: v.flag("optional", src), link: v.flag("link", src),
	}
	if n := v.text("name"); n != "" && key != "" && n != e.name {
		e.pkg = n
	}
	if key == "" {
		e.name = v.text("name")
	}
	optionalPeers := map[string]bool{}
	if meta := v.get("peerDependenciesMeta"); meta != nil {
		for _, m := range meta.members {
			if m.val.flag("optional", src) {
				optionalPeers[m.key] = true
			}
		}
	}
	e.deps = append(e.deps, v.stringMap("dependencies")...)
	for _, d := range v.stringMap("optionalDependencies") {
		d.optional = true
		e.deps = append(e.deps, d)
	}
	for _, d := range v.stringMap("peerDependencies") {
		d.peer, d.optional = true, optionalPeers[d.name]
		e.deps = append(e.deps, d)
	}
	if key == "" {
		for _, d := range v.stringMap("devDependencies") {
			d.dev = true
			e.deps = append(e.deps, d)
		}
	}
	return e
}

// sortedKeys returns the entries' keys in npm's order (the root first).
func sortedKeys(entries map[string]*entry) []string {
	keys := make([]string, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compareKeys)
	return keys
}

// compareKeys orders lockfile keys as npm writes them (localeCompare,
// which for package paths is close to a case-insensitive comparison).
func compareKeys(a, b string) int {
	if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}
