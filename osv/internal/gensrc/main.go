// Command gensrc writes osv/binsrc_table.go: which source package a Debian
// or Ubuntu binary package comes from, where the names differ (libc6 →
// glibc), as OSV's records name source packages. It reads the Packages
// indexes of the supported releases (main) and keeps the binaries named in
// seed.txt, those a minimal system has (priority required, important,
// standard), and the libraries those depend on directly: the packages a
// Dockerfile installs or pins. Run by `go generate ./osv`; never by tests.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// release is one archive, newest last within its family.
type release struct {
	ecosystem, family, url string
}

var releases = []release{
	{"Debian:11", "Debian", "https://deb.debian.org/debian/dists/bullseye/main/binary-amd64/Packages.gz"},
	{"Debian:12", "Debian", "https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.gz"},
	{"Debian:13", "Debian", "https://deb.debian.org/debian/dists/trixie/main/binary-amd64/Packages.gz"},
	{"Ubuntu:20.04:LTS", "Ubuntu", "http://archive.ubuntu.com/ubuntu/dists/focal/main/binary-amd64/Packages.gz"},
	{"Ubuntu:22.04:LTS", "Ubuntu", "http://archive.ubuntu.com/ubuntu/dists/jammy/main/binary-amd64/Packages.gz"},
	{"Ubuntu:24.04:LTS", "Ubuntu", "http://archive.ubuntu.com/ubuntu/dists/noble/main/binary-amd64/Packages.gz"},
}

// pkg is one stanza of a Packages index.
type pkg struct {
	source, priority string
	depends          []string
}

func main() {
	seedPath := flag.String("seed", "internal/gensrc/seed.txt", "binary package names to keep, one a line")
	out := flag.String("out", "binsrc_table.go", "file to write")
	cache := flag.String("cache", "", "read Packages.gz files from `DIR` (named by release) instead of downloading them")
	flag.Parse()
	if err := run(*seedPath, *out, *cache); err != nil {
		fmt.Fprintln(os.Stderr, "gensrc:", err)
		os.Exit(1)
	}
}

func run(seedPath, out, cache string) error {
	seedData, err := os.ReadFile(seedPath)
	if err != nil {
		return err
	}
	var seed []string
	for _, line := range strings.Split(string(seedData), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			seed = append(seed, line)
		}
	}
	indexes := map[string]map[string]pkg{}
	for _, r := range releases {
		idx, err := load(r, cache)
		if err != nil {
			return fmt.Errorf("%s: %w", r.url, err)
		}
		indexes[r.ecosystem] = idx
	}

	// The binaries kept: the seed, a minimal system, and the libraries
	// either depends on directly, in any release.
	keep := map[string]bool{}
	for _, name := range seed {
		keep[name] = true
	}
	for _, idx := range indexes {
		for name, p := range idx {
			switch p.priority {
			case "required", "important", "standard":
				keep[name] = true
			}
		}
	}
	roots := make([]string, 0, len(keep))
	for name := range keep {
		roots = append(roots, name)
	}
	for _, idx := range indexes {
		for _, name := range roots {
			for _, d := range idx[name].depends {
				if strings.HasPrefix(d, "lib") {
					keep[d] = true
				}
			}
		}
	}

	// Per binary: its source in each release that has it, where it differs.
	type mapping map[string]string // ecosystem → source
	differs := map[string]mapping{}
	for name := range keep {
		for _, r := range releases {
			p, ok := indexes[r.ecosystem][name]
			if !ok {
				continue
			}
			if differs[name] == nil {
				differs[name] = mapping{}
			}
			differs[name][r.ecosystem] = p.source
		}
	}
	any := map[string]string{}               // same source wherever it exists
	family := map[string]map[string]string{} // family → binary → source (the newest release's)
	byRelease := map[string]map[string]string{}
	for name, m := range differs {
		sources := map[string]bool{}
		for _, s := range m {
			sources[s] = true
		}
		if len(sources) == 1 {
			for s := range sources {
				if s != name {
					any[name] = s
				}
			}
			continue
		}
		for _, fam := range []string{"Debian", "Ubuntu"} {
			def := ""
			for _, r := range releases {
				if s, ok := m[r.ecosystem]; ok && r.family == fam {
					def = s // newest wins
				}
			}
			if def == "" {
				continue
			}
			if def != name {
				if family[fam] == nil {
					family[fam] = map[string]string{}
				}
				family[fam][name] = def
			}
			for _, r := range releases {
				if s, ok := m[r.ecosystem]; ok && r.family == fam && s != def {
					if byRelease[r.ecosystem] == nil {
						byRelease[r.ecosystem] = map[string]string{}
					}
					byRelease[r.ecosystem][name] = s
				}
			}
		}
	}
	return write(out, any, family, byRelease)
}

func load(r release, cache string) (map[string]pkg, error) {
	var body io.ReadCloser
	if cache != "" {
		f, err := os.Open(filepath.Join(cache, strings.NewReplacer(":", "_", ".", "_").Replace(r.ecosystem)+".gz"))
		if err != nil {
			return nil, err
		}
		body = f
	} else {
		client := &http.Client{Timeout: 5 * time.Minute}
		resp, err := client.Get(r.url)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			return nil, fmt.Errorf("%s", resp.Status)
		}
		body = resp.Body
	}
	defer body.Close()
	zr, err := gzip.NewReader(body)
	if err != nil {
		return nil, err
	}
	idx := map[string]pkg{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var name string
	var cur pkg
	flush := func() {
		if name != "" {
			if cur.source == "" {
				cur.source = name
			}
			idx[name] = cur
		}
		name, cur = "", pkg{}
	}
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		field, value, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		switch field {
		case "Package":
			name = value
		case "Source":
			cur.source, _, _ = strings.Cut(value, " ") // "openssl (3.0.11-1~deb12u2)"
		case "Priority":
			cur.priority = value
		case "Depends", "Pre-Depends":
			for _, alt := range strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == '|' }) {
				d, _, _ := strings.Cut(strings.TrimSpace(alt), " ")
				d, _, _ = strings.Cut(d, ":")
				cur.depends = append(cur.depends, d)
			}
		}
	}
	flush()
	return idx, sc.Err()
}

func write(out string, any map[string]string, family, byRelease map[string]map[string]string) error {
	var b strings.Builder
	fmt.Fprintf(&b, `// Code generated by osv/internal/gensrc from the Packages indexes of %s; DO NOT EDIT.

package osv

// debSourceOf returns the source package of a Debian or Ubuntu binary
// package, where the two names differ, in the ecosystem's release; ok is
// false for a binary that is its own source or that gensrc did not keep.
func debSourceOf(ecosystem, binary string) (source string, ok bool) {
	switch ecosystem {
`, strings.Join(ecosystems(), ", "))
	for _, r := range releases {
		m := byRelease[r.ecosystem]
		if len(m) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\tcase %q:\n\t\tswitch binary {\n", r.ecosystem)
		cases(&b, m, "\t\t")
		b.WriteString("\t\t}\n")
	}
	b.WriteString("\t}\n\tswitch Base(ecosystem) {\n")
	for _, fam := range []string{"Debian", "Ubuntu"} {
		if len(family[fam]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\tcase %q:\n\t\tswitch binary {\n", fam)
		cases(&b, family[fam], "\t\t")
		b.WriteString("\t\t}\n")
	}
	b.WriteString("\t}\n\tswitch binary {\n")
	cases(&b, any, "\t")
	b.WriteString("\t}\n\treturn \"\", false\n}\n")
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// cases writes one case per source, listing its binaries.
func cases(b *strings.Builder, m map[string]string, indent string) {
	bySource := map[string][]string{}
	for bin, src := range m {
		bySource[src] = append(bySource[src], bin)
	}
	sources := make([]string, 0, len(bySource))
	for s := range bySource {
		sources = append(sources, s)
	}
	slices.Sort(sources)
	for _, s := range sources {
		bins := bySource[s]
		slices.Sort(bins)
		quoted := make([]string, len(bins))
		for i, bin := range bins {
			quoted[i] = fmt.Sprintf("%q", bin)
		}
		fmt.Fprintf(b, "%scase %s:\n%s\treturn %q, true\n", indent, strings.Join(quoted, ", "), indent, s)
	}
}

func ecosystems() []string {
	var out []string
	for _, r := range releases {
		out = append(out, r.ecosystem)
	}
	return out
}
