package main

import (
	"errors"
	"io/fs"
	"path/filepath"
	"sort"
	"sync"

	"github.com/dockerfix/dockerfix/lint"
)

// contextLists lists build contexts for lint.ContextLister, each directory
// once per run however many Dockerfiles it holds (a corpus of thousands in
// one directory would otherwise list it thousands of times); they share
// the listing and its views. The zero value is ready; it is safe for
// concurrent use.
type contextLists struct {
	mu    sync.Mutex
	lists map[contextKey]*contextList
}

type contextKey struct {
	dir   string
	limit int
}

type contextList struct {
	once    sync.Once
	listing *lint.ContextListing
	err     error
}

// errListLimit stops a walk at its limit.
var errListLimit = errors.New("listing limit reached")

func (c *contextLists) list(dir string, limit int) (*lint.ContextListing, error) {
	c.mu.Lock()
	if c.lists == nil {
		c.lists = map[contextKey]*contextList{}
	}
	key := contextKey{dir, limit}
	l := c.lists[key]
	if l == nil {
		l = &contextList{}
		c.lists[key] = l
	}
	c.mu.Unlock()
	l.once.Do(func() {
		names, complete, err := listContext(dir, limit)
		l.listing, l.err = &lint.ContextListing{Names: names, Complete: complete}, err
	})
	if l.err != nil {
		return nil, l.err
	}
	return l.listing, nil
}

// listContext walks dir for the slash paths of its files, names only,
// visiting at most limit entries and never .git, without following
// symbolic links. The names are sorted as strings.
func listContext(dir string, limit int) ([]string, bool, error) {
	var names []string
	visited := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // an unreadable subdirectory: what the walk can read
		}
		if p == dir {
			return nil
		}
		if visited++; visited > limit {
			return errListLimit
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err == nil {
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	complete := true
	if errors.Is(err, errListLimit) {
		err, complete = nil, false
	}
	if err != nil {
		return nil, false, err
	}
	sort.Strings(names)
	return names, complete, nil
}
