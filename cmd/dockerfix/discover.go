package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// target is one Dockerfile to process.
type target struct {
	path    string // on disk
	display string // as shown: slash-separated, relative as given
	root    string // the tree a write may touch (symlinks must stay inside)
	stdin   bool
	regular bool  // a regular file when discovered, not a symlink
	size    int64 // its size then; -1 when discovery did not stat it
	walked  bool  // found in a directory, not named on the command line
}

// skipDirs are never descended into.
func skipDir(name string) bool {
	return name == ".git" || name == "node_modules" || name == "vendor"
}

// IsDockerfileName reports whether a file name is a Dockerfile by
// convention: Dockerfile, Containerfile, *.Dockerfile, *.dockerfile,
// Dockerfile.* (but not Dockerfile.dockerignore, nor a template such as
// Dockerfile.template or Dockerfile.j2, which is no Dockerfile until it is
// rendered).
func IsDockerfileName(name string) bool {
	switch {
	case strings.HasSuffix(name, ".dockerignore"), isTemplateName(name):
		return false
	case name == "Dockerfile" || name == "Containerfile" || name == "dockerfile":
		return true
	case strings.HasSuffix(name, ".Dockerfile") || strings.HasSuffix(name, ".dockerfile"):
		return true
	case strings.HasPrefix(name, "Dockerfile.") || strings.HasPrefix(name, "Containerfile."):
		return true
	}
	return false
}

// isTemplateName reports a name whose last extension is a template
// engine's: Dockerfile.template, Dockerfile.prod.j2.
func isTemplateName(name string) bool {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return false
	}
	switch name[i+1:] {
	case "template", "tmpl", "tpl", "j2", "jinja", "jinja2", "erb", "mustache", "hbs", "gotmpl", "in":
		return true
	}
	return false
}

// hasTemplateLine reports the marks of a template source: a line that
// opens a Go, Jinja, Mustache or ERB tag ({{, {%, <%), which no Dockerfile
// instruction does (dotnet-docker's Dockerfile.linux partials,
// cookiecutter's {% if %} blocks), or a Jinja tag within a line
// (FROM postgres:{{ cookiecutter.postgresql_version }}).
func hasTemplateLine(src []byte) bool {
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		line = bytes.TrimSpace(line)
		if bytes.HasPrefix(line, []byte("{{")) || bytes.HasPrefix(line, []byte("{%")) || bytes.HasPrefix(line, []byte("<%")) ||
			bytes.Contains(line, []byte("{% ")) || bytes.Contains(line, []byte("{{ ")) {
			return true
		}
	}
	return false
}

// discover expands the command-line paths into targets. Named files are
// taken whatever their name; directories, and symlinks to directories, are
// walked for Dockerfiles. A file reached under several names (a path given
// twice, a symlink and its target) is one target.
func discover(paths []string) ([]target, []error) {
	out := make([]target, 0, len(paths))
	var errs []error
	res := newResolver()
	seen := make(map[string]int, len(paths)) // file key → index in out
	add := func(t target) {
		key := "-"
		if !t.stdin {
			key = res.fileKey(t)
		}
		if i, ok := seen[key]; ok {
			// Keep the file's own name rather than a symlink's.
			if t.regular && !out[i].regular {
				out[i] = t
			}
			return
		}
		seen[key] = len(out)
		out = append(out, t)
	}
	stats := lstatAll(paths)
	for i, p := range paths {
		if p == "-" {
			add(target{display: "-", stdin: true})
			continue
		}
		st := stats[i]
		if st.err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", p, unwrapPathError(st.err)))
			continue
		}
		walkFrom := p
		if st.mode&fs.ModeSymlink != 0 {
			// A named symlink to a directory is walked like the directory:
			// with a trailing separator, WalkDir's lstat of the root
			// follows the link.
			if tst, err := os.Stat(p); err == nil && tst.IsDir() {
				st.mode = tst.Mode()
				walkFrom = p + string(filepath.Separator)
			}
		}
		if !st.mode.IsDir() {
			add(target{path: p, display: filepath.ToSlash(p), root: res.treeRoot(filepath.Dir(p)), regular: st.mode.IsRegular(), size: st.size})
			continue
		}
		found, werr := walk(walkFrom, res.treeRoot(p))
		errs = append(errs, werr...)
		for _, t := range found {
			add(t)
		}
	}
	sortTargets(out)
	return out, errs
}

// resolver answers discovery's questions about where paths really lead,
// each directory asked once: a hook names thousands of files in a few
// directories.
type resolver struct {
	wd    string            // the working directory; "" when unknown
	dirs  map[string]string // absolute directory → with symlinks resolved
	roots map[string]string // directory as named → treeRoot's answer
}

func newResolver() *resolver {
	wd, err := os.Getwd()
	if err != nil {
		wd = ""
	}
	return &resolver{wd: wd, dirs: map[string]string{}, roots: map[string]string{}}
}

// abs is p made absolute against the working directory, cleaned.
func (r *resolver) abs(p string) string {
	if filepath.IsAbs(p) || r.wd == "" {
		return filepath.Clean(p)
	}
	return filepath.Join(r.wd, p)
}

// fileKey is the same for every name of a file: its absolute path with
// the symlinks resolved. A file that is not a symlink itself needs only
// its directory resolved. Hard links keep their own keys.
func (r *resolver) fileKey(t target) string {
	p := r.abs(t.path)
	if !t.regular {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return real
		}
		return p
	}
	dir, base := filepath.Split(p)
	real, ok := r.dirs[dir]
	if !ok {
		var err error
		if real, err = filepath.EvalSymlinks(dir); err != nil {
			real = dir
		}
		r.dirs[dir] = real
	}
	return filepath.Join(real, base)
}

// treeRoot is the tree that --write may touch for a path named on the
// command line (dir is the named directory, or a named file's directory):
// dir up to its first component that is a symlink. Components down to the
// working directory are trusted as they are, the user being there. So
// with tree/outdir a symlink to ../outside, tree/outdir/Dockerfile may be
// written only inside tree, which its real path is not.
func (r *resolver) treeRoot(dir string) string {
	if root, ok := r.roots[dir]; ok {
		return root
	}
	root := dir
	if r.wd != "" {
		root = r.symlinkFreePrefix(r.abs(dir))
		// Relative in, relative out: it shows in error messages.
		if !filepath.IsAbs(dir) {
			if rel, err := filepath.Rel(r.wd, root); err == nil && !isOutside(rel) {
				root = rel
			}
		}
	}
	r.roots[dir] = root
	return root
}

// symlinkFreePrefix is the longest prefix of the absolute path abs whose
// components below the working directory (below the file-system root when
// abs is elsewhere) are not symlinks.
func (r *resolver) symlinkFreePrefix(abs string) string {
	start := filepath.VolumeName(abs) + string(filepath.Separator)
	if rel, err := filepath.Rel(r.wd, abs); err == nil && !isOutside(rel) {
		start = r.wd
	}
	rel, err := filepath.Rel(start, abs)
	if err != nil || rel == "." {
		return start
	}
	prefix := start
	for _, c := range strings.Split(rel, string(filepath.Separator)) {
		next := filepath.Join(prefix, c)
		if st, err := os.Lstat(next); err != nil || st.Mode()&fs.ModeSymlink != 0 {
			break
		}
		prefix = next
	}
	return prefix
}

// isOutside reports whether a path relative to some directory (from
// filepath.Rel) leads out of it.
func isOutside(rel string) bool {
	return rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel)
}

type lstatResult struct {
	mode fs.FileMode // the type bits
	size int64
	err  error
}

// lstatAll runs lstat on every path but "-". A pre-commit hook or
// `xargs` passes thousands of file names, and one stat after another is
// then a visible share of the run, so they are spread over the CPUs.
func lstatAll(paths []string) []lstatResult {
	out := make([]lstatResult, len(paths))
	stat := func(_, i int) {
		if paths[i] != "-" {
			out[i].mode, out[i].size, out[i].err = lstat(paths[i])
		}
	}
	// Below a few dozen names the goroutines cost more than they save.
	parallel(len(paths), min(runtime.GOMAXPROCS(0), max(1, len(paths)/64)), stat)
	return out
}

// walk finds the Dockerfiles below root; writeRoot is the tree a write to
// them may touch (see treeRoot).
func walk(root, writeRoot string) ([]target, []error) {
	var found []target
	var errs []error
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", p, unwrapPathError(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && skipDir(d.Name()) {
				return fs.SkipDir
			}
			return nil
		}
		if IsDockerfileName(d.Name()) && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
			found = append(found, target{path: p, display: filepath.ToSlash(p), root: writeRoot, regular: d.Type().IsRegular(), size: -1, walked: true})
		}
		return nil
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("%s: %v", root, err))
	}
	return filterGitIgnored(root, found), errs
}

// filterGitIgnored drops the targets git ignores, asking git itself so
// that every .gitignore rule (nested files, negations, core.excludesFile)
// is honoured. Outside a repository, or without git, nothing is dropped.
func filterGitIgnored(root string, ts []target) []target {
	if len(ts) == 0 || !insideGitRepo(root) {
		return ts
	}
	var in bytes.Buffer
	for _, t := range ts {
		rel, err := filepath.Rel(root, t.path)
		if err != nil {
			return ts
		}
		in.WriteString(rel)
		in.WriteByte(0)
	}
	cmd := exec.Command("git", "-C", root, "check-ignore", "-z", "--stdin")
	cmd.Stdin = &in
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		return ts // not a work tree, or no git: keep everything
	}
	ignored := map[string]bool{}
	for _, p := range bytes.Split(out, []byte{0}) {
		if len(p) > 0 {
			ignored[filepath.Clean(filepath.Join(root, string(p)))] = true
		}
	}
	kept := ts[:0]
	for _, t := range ts {
		if !ignored[filepath.Clean(t.path)] {
			kept = append(kept, t)
		}
	}
	return kept
}

func insideGitRepo(dir string) bool {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
}

// unwrapPathError drops the *PathError's op and path: the caller names the
// file once itself.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
