package main

import (
	"path/filepath"
	"regexp"
	"strings"
)

// Named build contexts (docker buildx build --build-context NAME=…) are
// declared in a project's build files: `contexts` in a bake file,
// `additional_contexts` in a compose file. A COPY --from=NAME or FROM NAME
// that names no stage may name one of those, which the Dockerfile alone
// cannot show (DF446).

// buildFiles are the bake and compose files whose named contexts count.
var buildFiles = []string{
	"docker-bake.hcl", "docker-bake.json", "docker-bake.override.hcl", "docker-bake.override.json",
	"compose.yaml", "compose.yml", "compose.override.yaml", "compose.override.yml",
	"docker-compose.yml", "docker-compose.yaml", "docker-compose.override.yml", "docker-compose.override.yaml",
}

// maxBuildFileDepth is how many directories above the Dockerfile's are
// searched for build files, short of a repository's root.
const maxBuildFileDepth = 3

var (
	hclContexts   = regexp.MustCompile(`\bcontexts\s*=\s*\{`)
	hclKey        = regexp.MustCompile(`(?m)^\s*"?([A-Za-z0-9_./:-]+)"?\s*=`)
	jsonContexts  = regexp.MustCompile(`"contexts"\s*:\s*\{([^{}]*)\}`)
	jsonKey       = regexp.MustCompile(`"([^"]+)"\s*:`)
	composeKey    = regexp.MustCompile(`^\s*(?:-\s*)?["']?([A-Za-z0-9_./:-]+)["']?\s*[:=]`)
	composeHeader = regexp.MustCompile(`^(\s*)additional_contexts\s*:\s*$`)
)

// namedContextsIn lists the named contexts a bake or compose file
// declares. It reads the text, not the format: a context map is a flat
// block of NAME = value (HCL), "NAME": value (JSON), or NAME: value and
// - NAME=value lines indented under additional_contexts (YAML).
func namedContextsIn(file string, text string) []string {
	var names []string
	switch {
	case strings.HasSuffix(file, ".hcl"):
		for _, m := range hclContexts.FindAllStringIndex(text, -1) {
			for _, k := range hclKey.FindAllStringSubmatch(braceBlock(text[m[1]:]), -1) {
				names = append(names, k[1])
			}
		}
	case strings.HasSuffix(file, ".json"):
		for _, m := range jsonContexts.FindAllStringSubmatch(text, -1) {
			for _, k := range jsonKey.FindAllStringSubmatch(m[1], -1) {
				names = append(names, k[1])
			}
		}
	default:
		indent := -1 // of the additional_contexts line being read; -1 outside one
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			if m := composeHeader.FindStringSubmatch(line); m != nil {
				indent = len(m[1])
				continue
			}
			if indent < 0 {
				continue
			}
			if len(line)-len(strings.TrimLeft(line, " \t")) <= indent {
				indent = -1 // the block has ended
				continue
			}
			if k := composeKey.FindStringSubmatch(line); k != nil {
				names = append(names, k[1])
			}
		}
	}
	return names
}

// braceBlock is text up to the brace that closes the one opened just
// before it: values such as "target:base-${arch}" hold braces of their
// own.
func braceBlock(text string) string {
	depth := 1
	for i, c := range text {
		switch c {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return text[:i]
			}
		}
	}
	return text
}

// NamedContext implements lint.NamedContexter: whether a bake or compose
// file in the Dockerfile's directory, or in one of the few above it up to
// the repository's root, declares a named context called name.
func (d contextDir) NamedContext(name string) bool {
	lists := d.lists
	if lists == nil {
		lists = &contextLists{}
	}
	dir := d.dir
	for depth := 0; depth <= maxBuildFileDepth; depth++ {
		l := lists.of(dir)
		if l.namedContexts()[name] {
			return true
		}
		if l.mayHold(".git") && l.folded != nil {
			return false // the repository's root
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
	return false
}

// namedContexts reads the directory's build files for their named
// contexts, once per run.
func (l *contextList) namedContexts() map[string]bool {
	l.namedOnce.Do(func() {
		for _, f := range buildFiles {
			if !l.mayHold(f) || l.folded == nil {
				continue
			}
			// Bounded, and never a FIFO or device that would block.
			b, err := readLimited(filepath.Join(l.dir, f))
			if err != nil {
				continue
			}
			for _, n := range namedContextsIn(f, string(b)) {
				if l.named == nil {
					l.named = map[string]bool{}
				}
				l.named[n] = true
			}
		}
	})
	return l.named
}
