package npm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// edits turns the final state into byte edits of package.json and the
// lockfile: the bumped requirements, and the lockfile entries removed,
// replaced or added (in "packages", and in v2's legacy "dependencies").
func (p *Project) edits(final state, ups []deps.Upgrade) ([]deps.Edit, error) {
	var out []deps.Edit
	lf := p.lock
	for _, u := range ups {
		old, _ := p.rootSpec(u.Name)
		spec := newSpec(old, u.To)
		if spec == old {
			continue
		}
		e, ok := specEdit(p.mval, u.Name, spec)
		if !ok {
			return nil, fmt.Errorf("%s: %s is not among its dependencies", p.manifestPath, u.Name)
		}
		e.Path = p.manifestPath
		out = append(out, e)
		if root := lf.packages.get(""); root != nil {
			if e, ok := specEdit(root, u.Name, spec); ok {
				e.Path = lf.path
				out = append(out, e)
			}
		}
	}

	w := &objectWriter{lf: lf, obj: lf.packages, depth: 2}
	for _, k := range sortedKeys(lf.entries) {
		if k == "" {
			continue
		}
		switch e, ok := final[k]; {
		case !ok:
			w.remove(k)
		case e != lf.entries[k] && e.val != nil:
			out = append(out, lf.devFlagEdit(e))
		case e != lf.entries[k]:
			w.replace(k, lf.renderEntry(e, 2))
		}
	}
	for _, k := range sortedKeys(final) {
		if _, ok := lf.entries[k]; !ok {
			w.insert(k, lf.renderEntry(final[k], 2))
		}
	}
	out = append(out, w.edits...)

	if lf.legacy != nil {
		out = append(out, lf.legacyEdits(final)...)
	}
	slices.SortFunc(out, func(a, b deps.Edit) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.Start - b.Start
	})
	return out, nil
}

// specEdit replaces name's requirement in a package.json-shaped object.
func specEdit(obj *value, name, spec string) (deps.Edit, bool) {
	for _, field := range []string{"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"} {
		if v := obj.get(field).get(name); v != nil && v.kind == '"' {
			return deps.Edit{Start: v.start, End: v.end, New: jsonString(spec)}, true
		}
	}
	return deps.Edit{}, false
}

// objectWriter collects edits of one JSON object's members.
type objectWriter struct {
	lf      *lockfile
	obj     *value
	depth   int // the members' depth: their keys are indented depth times
	edits   []deps.Edit
	inserts map[int]int // offset → index in edits of the insertion there
}

func (w *objectWriter) index(key string) int {
	return slices.IndexFunc(w.obj.members, func(m member) bool { return m.key == key })
}

// remove deletes a member with the separator before it (or, for the
// first, after it).
func (w *objectWriter) remove(key string) {
	i := w.index(key)
	ms := w.obj.members
	switch {
	case i > 0:
		w.edits = append(w.edits, deps.Edit{Path: w.lf.path, Start: ms[i-1].val.end, End: ms[i].val.end})
	case len(ms) > 1:
		w.edits = append(w.edits, deps.Edit{Path: w.lf.path, Start: ms[0].start, End: ms[1].start})
	default:
		w.edits = append(w.edits, deps.Edit{Path: w.lf.path, Start: ms[0].start, End: ms[0].val.end})
	}
}

// replace sets a member's value.
func (w *objectWriter) replace(key, text string) {
	v := w.obj.members[w.index(key)].val
	w.edits = append(w.edits, deps.Edit{Path: w.lf.path, Start: v.start, End: v.end, New: text})
}

// insert adds a member after the last one that sorts before it.
func (w *objectWriter) insert(key, text string) {
	lf := w.lf
	member := lf.newline + strings.Repeat(lf.indent, w.depth) + jsonString(key) + ": " + text
	ms := w.obj.members
	anchor := -1
	for i, m := range ms {
		if compareKeys(m.key, key) < 0 {
			anchor = i
		}
	}
	switch {
	case len(ms) == 0:
		w.add(w.obj.start+1, member+lf.newline+strings.Repeat(lf.indent, w.depth-1))
	case anchor < 0:
		w.add(w.obj.start+1, member+",")
	default:
		w.add(ms[anchor].val.end, ","+member)
	}
}

// add inserts text at offset at, after what was inserted there before.
func (w *objectWriter) add(at int, text string) {
	if w.inserts == nil {
		w.inserts = map[int]int{}
	}
	if i, ok := w.inserts[at]; ok {
		w.edits[i].New += text
		return
	}
	w.inserts[at] = len(w.edits)
	w.edits = append(w.edits, deps.Edit{Path: w.lf.path, Start: at, End: at, New: text})
}

// renderEntry writes a "packages" entry at depth (its closing brace's
// indentation), in the field order npm writes.
func (lf *lockfile) renderEntry(e *entry, depth int) string {
	f := lf.fields(depth + 1)
	if e.pkg != "" {
		f.str("name", e.pkg)
	}
	f.str("version", e.version)
	f.str("resolved", e.resolved)
	f.str("integrity", e.integrity)
	if e.dev {
		f.raw("dev", "true")
	}
	if e.optional {
		f.raw("optional", "true")
	}
	if v := e.doc; v != nil {
		if v.HasInstallScript {
			f.raw("hasInstallScript", "true")
		}
		if s, ok := v.Deprecated.(string); ok && s != "" {
			f.str("deprecated", s)
		}
		if s, ok := v.License.(string); ok && s != "" {
			f.str("license", s)
		}
		f.object("dependencies", v.Dependencies)
		f.object("optionalDependencies", v.OptionalDependencies)
		f.object("peerDependencies", v.PeerDependencies)
		if len(v.PeerDependenciesMeta) > 0 {
			b, _ := json.Marshal(v.PeerDependenciesMeta)
			f.json("peerDependenciesMeta", b)
		}
		f.json("bin", v.Bin)
		f.json("engines", v.Engines)
		f.json("os", v.OS)
		f.json("cpu", v.CPU)
	}
	return f.close(depth)
}

// legacyEdits rewrites the entries of v2's "dependencies" tree whose
// package changed, each top-level package with what is nested under it.
func (lf *lockfile) legacyEdits(final state) []deps.Edit {
	changed := map[string]bool{}
	for _, s := range []state{lf.entries, final} {
		for k := range s {
			if k == "" || strings.HasPrefix(k, "node_modules/") && lf.entries[k] != final[k] {
				if top := topName(k); top != "" {
					changed[top] = true
				}
			}
		}
	}
	w := &objectWriter{lf: lf, obj: lf.legacy, depth: 2}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range changed {
			if !yield(n) {
				return
			}
		}
	}) {
		key := childKey("", name)
		_, had := lf.entries[key]
		_, has := final[key]
		inLegacy := w.index(name) >= 0
		switch {
		case !has && inLegacy:
			w.remove(name)
		case has && inLegacy:
			w.replace(name, lf.renderLegacy(final, key, 2))
		case has && (!had || !inLegacy):
			w.insert(name, lf.renderLegacy(final, key, 2))
		}
	}
	return w.edits
}

// topName is the top-level package a key lies under.
func topName(key string) string {
	rest, ok := strings.CutPrefix(key, "node_modules/")
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "/node_modules/"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// renderLegacy writes the v1-style entry of key, with its nested packages.
func (lf *lockfile) renderLegacy(s state, key string, depth int) string {
	e := s[key]
	f := lf.fields(depth + 1)
	if e.pkg != "" {
		f.str("version", "npm:"+e.pkg+"@"+e.version)
	} else {
		f.str("version", e.version)
	}
	f.str("resolved", e.resolved)
	f.str("integrity", e.integrity)
	if e.dev {
		f.raw("dev", "true")
	}
	if e.optional {
		f.raw("optional", "true")
	}
	req := map[string]string{}
	for _, d := range e.deps {
		if !d.peer {
			req[d.name] = d.spec
		}
	}
	f.object("requires", req)
	var nested []string
	for k := range s {
		if parentKey(k) == key && k != key {
			nested = append(nested, k)
		}
	}
	if len(nested) > 0 {
		slices.SortFunc(nested, compareKeys)
		g := lf.fields(depth + 2)
		for _, k := range nested {
			g.rawField(nameOfKey(k), lf.renderLegacy(s, k, depth+2))
		}
		f.rawField("dependencies", g.close(depth+1))
	}
	return f.close(depth)
}

// fieldWriter writes an object's members one per line.
type fieldWriter struct {
	lf    *lockfile
	depth int
	b     strings.Builder
	n     int
}

func (lf *lockfile) fields(depth int) *fieldWriter { return &fieldWriter{lf: lf, depth: depth} }

func (f *fieldWriter) rawField(key, text string) {
	if f.n > 0 {
		f.b.WriteString(",")
	}
	f.b.WriteString(f.lf.newline + strings.Repeat(f.lf.indent, f.depth) + jsonString(key) + ": " + text)
	f.n++
}

func (f *fieldWriter) str(key, s string) {
	if s != "" {
		f.rawField(key, jsonString(s))
	}
}

func (f *fieldWriter) raw(key, text string) { f.rawField(key, text) }

func (f *fieldWriter) object(key string, m map[string]string) {
	if len(m) == 0 {
		return
	}
	g := f.lf.fields(f.depth + 1)
	for _, n := range sortedNames(m) {
		g.str(n, m[n])
		if m[n] == "" {
			g.rawField(n, `""`)
		}
	}
	f.rawField(key, g.close(f.depth))
}

// json writes a raw JSON value re-indented to the field's depth.
func (f *fieldWriter) json(key string, raw json.RawMessage) {
	if len(raw) == 0 || string(raw) == "null" {
		return
	}
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if d.Decode(&v) != nil {
		return
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(strings.Repeat(f.lf.indent, f.depth), f.lf.indent)
	if enc.Encode(v) != nil {
		return
	}
	text := strings.TrimSuffix(b.String(), "\n")
	if f.lf.newline != "\n" {
		text = strings.ReplaceAll(text, "\n", f.lf.newline)
	}
	f.rawField(key, text)
}

func (f *fieldWriter) close(depth int) string {
	if f.n == 0 {
		return "{}"
	}
	return "{" + f.b.String() + f.lf.newline + strings.Repeat(f.lf.indent, depth) + "}"
}

// jsonString is s as a JSON string, as npm writes it (no HTML escaping).
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// devFlagEdit sets or removes the "dev" flag of an entry as read, whose
// other members stay as they are.
func (lf *lockfile) devFlagEdit(e *entry) deps.Edit {
	ms := e.val.members
	if !e.dev {
		w := &objectWriter{lf: lf, obj: e.val}
		w.remove("dev")
		return w.edits[0]
	}
	// After the last of version, resolved and integrity, where npm puts it.
	at := e.val.start + 1
	for _, m := range ms {
		switch m.key {
		case "version", "resolved", "integrity":
			at = m.val.end
		}
	}
	return deps.Edit{Path: lf.path, Start: at, End: at, New: "," + lf.newline + strings.Repeat(lf.indent, 3) + `"dev": true`}
}
