package lint

import (
	"bytes"
	"path"
	"strings"
	"sync"

	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"
)

// ContextLister is a ContextReader that can also list the files of the
// build context. It is a separate interface because not every context can
// (a pull request's files read through an API); a rule that needs names
// asks through ListContext and does without them otherwise.
type ContextLister interface {
	ContextReader
	// ListFiles lists the files of the context (see ContextListing),
	// reading names only: no file is opened. It stops after visiting limit
	// entries, files and directories together. The .git directory is not
	// walked, nor a directory ignore leaves out whole (SkipsDir): a
	// node_modules that .dockerignore excludes costs nothing. Other
	// excluded files may be listed. A lister may return the same listing
	// to every Dockerfile of a directory that reads the same ignore file.
	ListFiles(limit int, ignore *Dockerignore) (*ContextListing, error)
}

// NamedContexter is a ContextReader that also knows the named build
// contexts (--build-context NAME=…) the project's build files declare:
// bake files' contexts, compose files' additional_contexts.
type NamedContexter interface {
	NamedContext(name string) bool
}

// ContextLocator is a ContextReader rooted at the Dockerfile's directory
// that can root itself at a directory above: a Dockerfile in docker/ is
// often built with the repository as its context (docker build -f
// docker/Dockerfile .), and its COPY sources then name files from there.
type ContextLocator interface {
	// Locate returns the reader of the directory, the Dockerfile's own or
	// one above it, that the sources are most likely relative to, and
	// that directory relative to the Dockerfile's, slash-separated: ""
	// for its own, "..", "../.." above it.
	Locate(sources []string) (ctx ContextReader, dir string)
}

// ContextListing is the files of a build context.
type ContextListing struct {
	// Names are the slash paths of the files, relative to the context's
	// root, sorted as strings.
	Names []string
	// Complete is false when the listing stopped at its limit.
	Complete bool

	mu    sync.Mutex
	views map[string]any
}

// View is what compute derives from the names, worked out on the first
// call with that key and kept with the listing: a directory of many
// Dockerfiles shares one listing, and a rule's filter over thousands of
// names then runs once, not once per Dockerfile. compute must not keep or
// change names, and its result must not be changed. Safe for concurrent
// use.
func (l *ContextListing) View(key string, compute func(names []string) any) any {
	l.mu.Lock()
	defer l.mu.Unlock()
	if v, ok := l.views[key]; ok {
		return v
	}
	if l.views == nil {
		l.views = map[string]any{}
	}
	v := compute(l.Names)
	l.views[key] = v
	return v
}

// Context is the build context the pass may read: the Dockerfile's
// directory, or the directory above it that its COPY and ADD sources are
// relative to (see ContextLocator); nil when there is none (a Dockerfile
// on stdin, or no Env).
func (p *Pass) Context() ContextReader {
	return p.File.buildContext(p.Env)
}

// ContextPath is the path of a build-context file, name relative to the
// context's root, as an Edit names it: relative to the Dockerfile's
// directory ("../package.json" when the context is the directory above).
func (p *Pass) ContextPath(name string) string {
	p.Context()
	if p.File.contextDir == "" {
		return name
	}
	return path.Join(p.File.contextDir, name)
}

// ContextDir is the build context rules read for f, relative to the
// Dockerfile's directory ("..", "../.."), when one was located above it;
// "" when it is the Dockerfile's own or no rule read it.
func (f *File) ContextDir() string { return f.contextDir }

// DockerfileDir reads the files beside the Dockerfile, wherever its build
// context is: a devcontainer.json or action.yml that builds it sits there.
func (p *Pass) DockerfileDir() ContextReader {
	if p.Env == nil {
		return nil
	}
	return p.Env.Context
}

// buildContext is the context f is built from, located on first use.
func (f *File) buildContext(env *Env) ContextReader {
	if env == nil || env.Context == nil {
		return nil
	}
	if f.contextOf != env {
		f.contextOf = env
		f.context, f.contextDir = env.Context, ""
		if loc, ok := env.Context.(ContextLocator); ok {
			if sources := f.localSources(); len(sources) > 0 {
				f.context, f.contextDir = loc.Locate(sources)
			}
		}
	}
	return f.context
}

// localSources are the build-context paths f's COPY and ADD name
// literally: no stage or image (--from), URL, variable, pattern or heredoc;
// slash-separated, relative to the context's root.
func (f *File) localSources() []string {
	var sources []string
	for _, in := range f.Instructions {
		c, ok := in.Copy()
		if !ok || c.From != "" {
			continue
		}
		for _, w := range c.Sources {
			src := strings.Trim(w.Text, `"'`)
			if strings.ContainsAny(src, "$*?[\\") || strings.HasPrefix(src, "<<") || strings.Contains(src, "://") || strings.HasPrefix(src, "git@") {
				continue
			}
			if name := strings.Trim(path.Clean("/"+src), "/"); name != "" {
				sources = append(sources, name)
			}
		}
	}
	return sources
}

// NamedContext reports a named build context the project's bake or
// compose files declare, as far as the build context's reader knows: a
// FROM or --from of that name is the context, not an image.
func (p *Pass) NamedContext(name string) bool {
	nc, ok := p.Context().(NamedContexter)
	return ok && nc.NamedContext(name)
}

// ContextListLimit bounds the entries a rule has listed: a context holding
// node_modules can have hundreds of thousands.
const ContextListLimit = 20000

// ListContext lists the files of f's build context through env (see
// ContextLister), without the directories its ignore file leaves out
// whole; nil when the context cannot be listed.
func ListContext(f *File, env *Env) *ContextListing {
	if env == nil || env.Context == nil {
		return nil
	}
	l, isLister := f.buildContext(env).(ContextLister)
	if !isLister {
		return nil
	}
	listing, err := l.ListFiles(ContextListLimit, ReadDockerignore(f, env))
	if err != nil {
		return nil
	}
	return listing
}

// Dockerignore is the build context's ignore file as BuildKit reads it:
// <Dockerfile name>.dockerignore beside the Dockerfile, else .dockerignore
// at the context's root (see Pass.Context), matched with BuildKit's own matcher (moby/patternmatcher).
type Dockerignore struct {
	Name    string                         // the file read; "" when there is none
	matcher *patternmatcher.PatternMatcher // nil: none, no patterns, or one that does not compile
}

// ReadDockerignore reads the ignore file of f's build context through env,
// once per file for all the rules that ask; an absent or unreadable one
// excludes nothing.
func ReadDockerignore(f *File, env *Env) *Dockerignore {
	if f.dockerignore == nil {
		f.dockerignore = readDockerignore(f, env)
	}
	return f.dockerignore
}

func readDockerignore(f *File, env *Env) *Dockerignore {
	d := &Dockerignore{}
	if env == nil || env.Context == nil {
		return d
	}
	// The Dockerfile's own ignore file sits beside it; the context's, at
	// the context's root.
	for i, name := range []string{path.Base(f.Path) + ".dockerignore", ".dockerignore"} {
		dir := env.Context
		if i == 1 {
			dir = f.buildContext(env)
		}
		src, err := dir.ReadFile(name)
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

// ExcludesNothing reports an ignore file that leaves every file in the
// context: there is none, or it has no pattern BuildKit can use.
func (d *Dockerignore) ExcludesNothing() bool {
	return d == nil || d.matcher == nil
}

// Excludes reports whether the context leaves out p, a slash path
// relative to its root, as BuildKit decides for a COPY source: by p or one
// of its parent directories, exclusions (!) included, p cleaned as BuildKit
// cleans it. The root itself ("", ".") is never excluded: see ExcludesRoot.
func (d *Dockerignore) Excludes(p string) bool {
	if d.ExcludesNothing() {
		return false
	}
	if p = path.Clean(p); p == "." || p == "/" {
		return false
	}
	hit, err := d.matcher.MatchesOrParentMatches(p)
	return err == nil && hit
}

// SkipsDir reports a directory (a slash path relative to the context's
// root) that the context leaves out with everything below it: it is
// excluded, and no exclusion (!pattern) can let a file under it back in.
func (d *Dockerignore) SkipsDir(dir string) bool {
	return d.Prunes() && d.Excludes(dir)
}

// Prunes reports an ignore file that can leave out whole directories
// (SkipsDir): it has patterns, and no exclusion.
func (d *Dockerignore) Prunes() bool {
	return !d.ExcludesNothing() && !d.matcher.Exclusions()
}

// Reincludes reports exclusions (!pattern): a file in an ignored
// directory may be let back in.
func (d *Dockerignore) Reincludes() bool {
	return !d.ExcludesNothing() && d.matcher.Exclusions()
}

// ExcludesRoot reports a pattern that leaves out everything at the
// context's root (*, **, **/*), so that COPY . . copies nothing.
func (d *Dockerignore) ExcludesRoot() bool {
	if d.ExcludesNothing() {
		return false
	}
	for _, pat := range d.matcher.Patterns() {
		if pat.Exclusion() {
			continue
		}
		switch pat.String() {
		case "*", "**", "**/*":
			return true
		}
	}
	return false
}
