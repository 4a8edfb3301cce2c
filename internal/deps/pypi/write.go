package pypi

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/internal/deps"
)

// edits turns the final pins into byte edits of the requirements file
// (and of its input, for a bump its specifier does not admit): changed
// versions (and their hashes), dropped and added pins, and the
// annotations whose dependents changed. Every other byte is kept.
func (sv *solver) edits(ctx context.Context, orig, final state, ups []deps.Upgrade) ([]deps.Edit, error) {
	f := sv.p.file
	var out []deps.Edit
	via := viaSets(f, final)
	for _, e := range f.entries {
		if e.version == "" {
			continue
		}
		k := e.req.key
		n := final[k]
		if n == nil {
			out = append(out, deps.Edit{Path: f.path, Start: e.start, End: e.end})
			continue
		}
		if n.version != e.version {
			out = append(out, deps.Edit{Path: f.path, Start: e.verStart, End: e.verEnd, New: n.version})
			if e.hashes {
				h, err := sv.renderHashes(ctx, n)
				if err != nil {
					return nil, err
				}
				out = append(out, deps.Edit{Path: f.path, Start: e.optStart, End: e.reqEnd, New: h})
			}
		}
		if f.compiled && !sameItems(e.via, via[k]) && viaTouched(orig, final, e.via, via[k]) {
			if e.via == nil {
				out = append(out, deps.Edit{Path: f.path, Start: e.end, End: e.end, New: f.renderVia(via[k])})
			} else {
				out = append(out, deps.Edit{Path: f.path, Start: e.viaStart, End: e.viaEnd, New: f.renderVia(via[k])})
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(final)) {
		if orig[k] != nil {
			continue
		}
		block, err := sv.renderPin(ctx, final[k], via[k])
		if err != nil {
			return nil, err
		}
		out = append(out, f.insertion(k, block))
	}
	if in := sv.p.input; in != nil {
		for _, u := range ups {
			e := in.find(normalize(u.Name))
			if u.InRange || e == nil {
				continue
			}
			old := string(in.src[e.specStart:e.specEnd])
			out = append(out, deps.Edit{Path: in.path, Start: e.specStart, End: e.specEnd, New: newSpec(old, u.To)})
		}
	}
	return mergeEdits(out), nil
}

// viaSets are the annotations of the final pins: the input files the
// file's annotation named, and the pins that require it.
func viaSets(f *reqFile, final state) map[string][]string {
	out := map[string][]string{}
	for _, e := range f.entries {
		for _, v := range e.via {
			if isSource(v) || strings.HasPrefix(v, "-c ") || f.find(normalize(v)) == nil {
				out[e.req.key] = append(out[e.req.key], v) // kept as written
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(final)) {
		for _, d := range final[k].edges {
			out[d] = append(out[d], k)
		}
	}
	for k, items := range out {
		slices.SortFunc(items, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		out[k] = slices.Compact(items)
	}
	return out
}

// sameItems compares annotations as pip-compile would write them.
func sameItems(a, b []string) bool {
	norm := func(items []string) []string {
		var out []string
		for _, v := range items {
			if !isSource(v) && !strings.HasPrefix(v, "-c ") {
				v = normalize(v)
			}
			out = append(out, v)
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(norm(a), norm(b))
}

// viaTouched reports whether an annotation differs because of the change:
// some item, old or new, names a pin that changed, came or went. An
// annotation that the file's own environment wrote otherwise is left.
func viaTouched(orig, final state, old, now []string) bool {
	for _, v := range slices.Concat(old, now) {
		k := normalize(v)
		if o, n := orig[k], final[k]; (o == nil) != (n == nil) || n != nil && n.changed {
			return true
		}
	}
	return false
}

// renderVia writes an annotation in the file's style.
func (f *reqFile) renderVia(items []string) string {
	nl := f.newline
	if f.inlineVia {
		return "  # via " + strings.Join(items, ", ")
	}
	if len(items) == 1 {
		return "    # via " + items[0] + nl
	}
	s := "    # via" + nl
	for _, v := range items {
		s += "    #   " + v + nl
	}
	return s
}

// renderHashes writes a pin's --hash options as pip-compile does, from
// the end of the requirement to the end of its logical line.
func (sv *solver) renderHashes(ctx context.Context, x *pin) (string, error) {
	hashes, err := sv.reg.hashes(ctx, x.key, x.version)
	if err != nil {
		return "", err
	}
	var s string
	for _, h := range hashes {
		s += " \\" + sv.p.file.newline + "    --hash=" + h
	}
	return s, nil
}

// renderPin writes a new pin's block.
func (sv *solver) renderPin(ctx context.Context, x *pin, via []string) (string, error) {
	f := sv.p.file
	s := x.name
	if len(x.extras) > 0 {
		s += "[" + strings.Join(x.extras, ",") + "]"
	}
	s += "==" + x.version
	if f.hashes {
		h, err := sv.renderHashes(ctx, x)
		if err != nil {
			return "", err
		}
		s += h
	}
	if f.compiled && len(via) > 0 {
		if f.inlineVia {
			return s + f.renderVia(via) + f.newline, nil
		}
		return s + f.newline + f.renderVia(via), nil
	}
	return s + f.newline, nil
}

// insertion places a new pin's block before the first pin that sorts
// after it, or after the last pin.
func (f *reqFile) insertion(key, block string) deps.Edit {
	var last *entry
	for _, e := range f.entries {
		if f.unsafeAt >= 0 && e.start > f.unsafeAt {
			break
		}
		if e.req.key > key {
			return deps.Edit{Path: f.path, Start: e.start, End: e.start, New: block}
		}
		last = e
	}
	at := len(f.src)
	if last != nil {
		at = last.end
	}
	if at > 0 && f.src[at-1] != '\n' {
		block = f.newline + strings.TrimSuffix(block, f.newline)
	}
	return deps.Edit{Path: f.path, Start: at, End: at, New: block}
}

// newSpec is an input requirement's specifier that admits v, in the
// spelling of old: == and ~= keep their operator (~= its precision),
// anything else becomes >=v.
func newSpec(old, v string) string {
	switch {
	case strings.HasPrefix(old, "=="):
		return "==" + v
	case strings.HasPrefix(old, "~="):
		n := strings.Count(strings.TrimSpace(old[2:]), ".") + 1
		parts := strings.Split(v, ".")
		for len(parts) < n {
			parts = append(parts, "0")
		}
		return "~=" + strings.Join(parts[:n], ".")
	}
	return ">=" + v
}

// mergeEdits sorts edits by path and offset, and joins those that touch
// (an insertion where a dropped pin starts or ends) into one.
func mergeEdits(edits []deps.Edit) []deps.Edit {
	slices.SortStableFunc(edits, func(a, b deps.Edit) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End // an insertion before a removal at the same place
	})
	var out []deps.Edit
	for _, e := range edits {
		if n := len(out); n > 0 && out[n-1].Path == e.Path && out[n-1].End == e.Start {
			out[n-1].End = e.End
			out[n-1].New += e.New
			continue
		}
		out = append(out, e)
	}
	return out
}
