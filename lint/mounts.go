package lint

import (
	"path"
	"strings"
)

// CacheMounts returns the targets of a RUN's cache and tmpfs mounts
// (`--mount=type=cache,target=/var/cache/apt`), whose contents stay out of
// the layer; for ONBUILD RUN, those of the wrapped RUN. Targets are as
// written: variables are not expanded.
func (in *Instruction) CacheMounts() []string {
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
	var targets []string
	for _, v := range values {
		typ, target := "bind", ""
		for _, field := range strings.Split(v, ",") {
			key, value, _ := strings.Cut(field, "=")
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "type":
				typ = strings.ToLower(value)
			case "target", "dst", "destination":
				target = value
			}
		}
		if (typ == "cache" || typ == "tmpfs") && target != "" {
			targets = append(targets, target)
		}
	}
	return targets
}

// PathWithin reports whether the file p lies in the directory dir or is
// dir itself: /var/lib/apt/lists is within /var/lib/apt. Both are cleaned
// first, so trailing slashes do not count.
func PathWithin(p, dir string) bool {
	p, dir = path.Clean(p), path.Clean(dir)
	return p == dir || dir == "/" || strings.HasPrefix(p, dir+"/")
}
