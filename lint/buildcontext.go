package lint

import (
	"bytes"
	"path"
	"strings"

	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"
)

// ContextLister is a ContextReader that can also list the files of the
// build context. It is a separate interface because not every context can
// (a pull request's files read through an API); a rule that needs names
// asks through ListContext and does without them otherwise.
type ContextLister interface {
	ContextReader
	// ListFiles returns the slash paths, relative to the context's root,
	// of the files in it (directories are walked, not listed), sorted as
	// strings, reading names only: no file is opened. It stops after
	// visiting limit entries, files and directories together; complete is
	// false then. The .git directory is not walked.
	ListFiles(limit int) (names []string, complete bool, err error)
}

// ContextListLimit bounds the entries a rule has listed: a context holding
// node_modules can have hundreds of thousands.
const ContextListLimit = 20000

// ListContext lists the build context's files through env (see
// ContextLister); ok is false when the context cannot be listed.
func ListContext(env *Env) (names []string, complete, ok bool) {
	if env == nil || env.Context == nil {
		return nil, false, false
	}
	l, isLister := env.Context.(ContextLister)
	if !isLister {
		return nil, false, false
	}
	names, complete, err := l.ListFiles(ContextListLimit)
	if err != nil {
		return nil, false, false
	}
	return names, complete, true
}

// Dockerignore is the build context's ignore file as BuildKit reads it:
// <Dockerfile name>.dockerignore beside the Dockerfile, else .dockerignore
// at the context's root (the Dockerfile's directory, as Env.Context sees
// it), matched with BuildKit's own matcher (moby/patternmatcher).
type Dockerignore struct {
	Name    string // the file read; "" when there is none
	matcher *patternmatcher.PatternMatcher
}

// ReadDockerignore reads the ignore file of f's build context through env;
// an absent or unreadable one excludes nothing.
func ReadDockerignore(f *File, env *Env) *Dockerignore {
	d := &Dockerignore{}
	if env == nil || env.Context == nil {
		return d
	}
	for _, name := range []string{path.Base(f.Path) + ".dockerignore", ".dockerignore"} {
		src, err := env.Context.ReadFile(name)
		if err != nil {
			continue
		}
		d.Name = name
		patterns, err := ignorefile.ReadAll(bytes.NewReader(src))
		if err != nil || len(patterns) == 0 {
			return d
		}
		if m, err := patternmatcher.New(patterns); err == nil {
			d.matcher = m
		}
		return d
	}
	return d
}

// Excludes reports whether the context leaves out p (a slash path relative
// to its root), as BuildKit decides: by p or one of its parent
// directories, exclusions (!) included.
func (d *Dockerignore) Excludes(p string) bool {
	if d == nil || d.matcher == nil {
		return false
	}
	p = strings.TrimPrefix(path.Clean("/"+p), "/")
	if p == "" {
		return false
	}
	hit, err := d.matcher.MatchesOrParentMatches(p)
	return err == nil && hit
}
