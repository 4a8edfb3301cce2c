package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/dockerfix/dockerfix/lint"
)

// contextDir reads build-context files below a Dockerfile's directory,
// and lists them (lint.ContextLister), through the run's listings.
type contextDir struct {
	dir string
	// top, when set, is the absolute working directory: Locate may root
	// the context in a directory above dir, but not above top.
	top string
	// lists, when set, is the run's: the directory is read once for all
	// the Dockerfiles it holds, and a name at its root that it lacks is
	// answered without a stat (rules ask every Dockerfile's directory for
	// files most do not have: .dockerignore, <Dockerfile>.dockerignore).
	lists *contextLists
}

func (d contextDir) ReadFile(p string) ([]byte, error) {
	clean := filepath.Clean(filepath.FromSlash(p))
	if filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return nil, fmt.Errorf("%s: outside the build context", p)
	}
	path := filepath.Join(d.dir, clean)
	// A path whose first element the directory lacks is not there either.
	first, _, _ := strings.Cut(clean, string(filepath.Separator))
	if d.lists != nil && !d.lists.of(d.dir).mayHold(first) {
		return nil, &fs.PathError{Op: "open", Path: path, Err: fs.ErrNotExist}
	}
	return readLimited(path)
}

// readEdited reads a file an Edit names: relative to the Dockerfile's
// directory, climbing ("../package.json") when a fix edits a context that
// Locate found above it.
func (d contextDir) readEdited(name string) ([]byte, error) {
	dir, rest := climb(d.dir, name)
	return contextDir{dir: dir, top: d.top, lists: d.lists}.ReadFile(rest)
}

// climb follows the leading "../" of an Edit's path from dir: the
// directory it names a file of, and the file's path below it.
func climb(dir, name string) (string, string) {
	for {
		rest, ok := strings.CutPrefix(name, "../")
		if !ok {
			return dir, name
		}
		dir, name = filepath.Join(dir, ".."), rest
	}
}

// Locate implements lint.ContextLocator. Of the Dockerfile's directory
// and the few above it, up to the repository's root and no higher than
// the working directory, the context is the one that holds the most of
// the sources, the nearest on a tie: `COPY docker/entrypoint.sh /` in
// docker/Dockerfile names a file of the repository's root. Sources found
// nowhere (a build's output, such as target/app.jar) count for none.
func (d contextDir) Locate(sources []string) (lint.ContextReader, string) {
	if d.top == "" {
		return d, ""
	}
	lists := d.lists
	if lists == nil {
		lists = &contextLists{}
	}
	best, up, most := d, 0, holds(lists, d.dir, sources)
	dir := d.dir
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(d.top, dir) // not filepath.Abs, which stats the working directory every time
	}
	for depth := 1; depth <= maxBuildFileDepth && most < len(sources); depth++ {
		parent := filepath.Dir(dir)
		if rel, err := filepath.Rel(d.top, parent); parent == dir || err != nil || isOutside(rel) {
			break
		}
		if l := lists.of(dir); l.mayHold(".git") && l.folded != nil {
			break // the repository's root
		}
		dir = parent
		if n := holds(lists, dir, sources); n > most {
			best, up, most = contextDir{dir: dir, top: d.top, lists: d.lists}, depth, n
		}
	}
	return best, strings.TrimSuffix(strings.Repeat("../", up), "/")
}

// holds counts the sources that exist below dir.
func holds(lists *contextLists, dir string, sources []string) int {
	n := 0
	l := lists.of(dir)
	for _, src := range sources {
		first, _, _ := strings.Cut(src, "/")
		if !l.mayHold(first) {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(src))); err == nil {
			n++
		}
	}
	return n
}

// ListFiles implements lint.ContextLister.
func (d contextDir) ListFiles(limit int, ignore *lint.Dockerignore) (*lint.ContextListing, error) {
	lists := d.lists
	if lists == nil {
		lists = &contextLists{}
	}
	return lists.of(d.dir).list(limit, ignore)
}

// contextLists is what a run has read of its build contexts' names, each
// directory at most once however many Dockerfiles it holds (a corpus of
// thousands in one directory would otherwise be read thousands of times):
// the entries at its root on first need, and the rest of its tree only
// when a rule lists the context, bounded. The zero value is ready; it is
// safe for concurrent use.
type contextLists struct {
	mu   sync.Mutex
	dirs map[string]*contextList
}

// contextList is what the run has read of one directory.
type contextList struct {
	dir string

	rootOnce sync.Once
	root     []fs.DirEntry   // its entries, sorted by name
	rootErr  error           // why they could not be read
	folded   map[string]bool // their names, lower-cased; nil when unread

	mu       sync.Mutex
	listings map[listingKey]*lint.ContextListing

	namedOnce sync.Once
	named     map[string]bool // the named contexts its build files declare
}

// listingKey tells a directory's listings apart: by limit, and by the
// ignore file whose excluded directories were left unwalked ("" when
// none was).
type listingKey struct {
	limit  int
	ignore string
}

func (c *contextLists) of(dir string) *contextList {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dirs == nil {
		c.dirs = map[string]*contextList{}
	}
	l := c.dirs[dir]
	if l == nil {
		l = &contextList{dir: dir}
		c.dirs[dir] = l
	}
	return l
}

// readRoot reads the directory's own entries, once per run.
func (l *contextList) readRoot() ([]fs.DirEntry, error) {
	l.rootOnce.Do(func() {
		l.root, l.rootErr = os.ReadDir(l.dir)
		if l.rootErr != nil {
			return
		}
		l.folded = make(map[string]bool, len(l.root))
		for _, e := range l.root {
			l.folded[strings.ToLower(e.Name())] = true
		}
	})
	return l.root, l.rootErr
}

// mayHold reports whether the directory may hold name (one path
// element): false only when its entries are known and none has that name
// in any case, which a file system may fold.
func (l *contextList) mayHold(name string) bool {
	l.readRoot()
	return l.folded == nil || l.folded[strings.ToLower(name)]
}

// list is the directory's listing (see listContext), made once per limit
// and ignore file (the Dockerfiles of a directory may read different
// ones).
func (l *contextList) list(limit int, ignore *lint.Dockerignore) (*lint.ContextListing, error) {
	root, err := l.readRoot()
	if err != nil {
		return nil, err
	}
	key := listingKey{limit: limit}
	var skip func(string) bool
	if ignore.Prunes() {
		key.ignore, skip = ignore.Name, ignore.SkipsDir
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if listing, ok := l.listings[key]; ok {
		return listing, nil
	}
	names, complete := listContext(l.dir, root, limit, skip)
	listing := &lint.ContextListing{Names: names, Complete: complete}
	if l.listings == nil {
		l.listings = map[listingKey]*lint.ContextListing{}
	}
	l.listings[key] = listing
	return listing, nil
}

// listContext lists the slash paths of the files below dir, whose own
// entries are root: names only, visiting at most limit entries (files and
// directories), never .git nor a directory skip reports (nil: none),
// without following symbolic links. The names are sorted as strings;
// complete is false when the limit stopped it.
func listContext(dir string, root []fs.DirEntry, limit int, skip func(dir string) bool) (names []string, complete bool) {
	visited := 0
	var walk func(rel string, entries []fs.DirEntry) bool
	walk = func(rel string, entries []fs.DirEntry) bool {
		for _, e := range entries {
			if visited++; visited > limit {
				return false
			}
			name := e.Name()
			if rel != "" {
				name = rel + "/" + name
			}
			switch {
			case !e.IsDir():
				names = append(names, name)
			case e.Name() == ".git", skip != nil && skip(name):
			default:
				sub, err := os.ReadDir(filepath.Join(dir, filepath.FromSlash(name)))
				if err == nil && !walk(name, sub) {
					return false
				} // an unreadable subdirectory: the rest is what can be read
			}
		}
		return true
	}
	complete = walk("", root)
	sort.Strings(names)
	return names, complete
}
