package lint

import (
	"path"
	"strings"
)

// CacheMounts returns the targets of a RUN's cache and tmpfs mounts
// (`--mount=type=cache,target=/var/cache/apt`), whose contents stay out of
// the layer; for ONBUILD RUN, those of the wrapped RUN. Targets are as
// written: variables are not expanded.
func (in *Instruction) CacheMounts(f *File) []string {
	var targets []string
	for _, m := range in.mounts() {
		if (m.typ == "cache" || m.typ == "tmpfs") && m.target != "" {
			// BuildKit expands the build's variables in a mount's options
			// (target=$POETRY_CACHE_DIR); an unknown one stays as written.
			t := m.target
			if v, ok := f.VarsAt(in).Expand(t); ok {
				t = v
			}
			targets = append(targets, t)
		}
	}
	return targets
}

// CachesPath reports whether a cache or tmpfs mount of the RUN holds the
// in-image path p, so that what p holds never reaches the layer.
func (in *Instruction) CachesPath(f *File, p string) bool {
	for _, t := range in.CacheMounts(f) {
		if PathWithin(p, t) {
			return true
		}
	}
	return false
}

// RelativeMountTargets returns the targets of a RUN's mounts that are
// relative paths, which BuildKit resolves against the working directory:
// a WORKDIR before the RUN moves them.
func (in *Instruction) RelativeMountTargets() []string {
	var targets []string
	for _, m := range in.mounts() {
		if m.target != "" && !path.IsAbs(m.target) && !strings.HasPrefix(m.target, "$") {
			targets = append(targets, m.target)
		}
	}
	return targets
}

// mountSpec is one --mount of a RUN: its type and target.
type mountSpec struct{ typ, target string }

// mounts reads a RUN's --mount flags; for ONBUILD RUN, the wrapped RUN's.
func (in *Instruction) mounts() []mountSpec {
	var values []string
	switch {
	case in.Keyword == "RUN":
		for _, fl := range in.Flags {
			if strings.EqualFold(fl.Name, "mount") {
				values = append(values, fl.Value)
			}
		}
	case in.OnbuildKeyword() == "RUN":
		// ONBUILD's own flags are none: the wrapped RUN's are words.
		for _, w := range in.Args()[1:] {
			v, ok := strings.CutPrefix(w.Text, "--mount=")
			if !ok {
				if strings.HasPrefix(w.Text, "--") {
					continue
				}
				break
			}
			values = append(values, unquote(v, in.escape))
		}
	}
	var out []mountSpec
	for _, v := range values {
		m := mountSpec{typ: "bind"}
		for _, field := range strings.Split(v, ",") {
			key, value, _ := strings.Cut(field, "=")
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "type":
				m.typ = strings.ToLower(value)
			case "target", "dst", "destination":
				m.target = value
			}
		}
		out = append(out, m)
	}
	return out
}

// PathWithin reports whether the file p lies in the directory dir or is
// dir itself: /var/lib/apt/lists is within /var/lib/apt. Both are cleaned
// first, so trailing slashes do not count.
func PathWithin(p, dir string) bool {
	p, dir = path.Clean(p), path.Clean(dir)
	return p == dir || dir == "/" || strings.HasPrefix(p, dir+"/")
}
