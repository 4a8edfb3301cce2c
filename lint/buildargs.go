package lint

import (
	"sort"

	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// builtinArgs are the ARGs BuildKit defines for every build
// (dockerfile2llb's defaultArgs), with the values of a build for
// linux/amd64 on linux/amd64 without --target. Rules that judge FROM lines
// need values: an image name built from $TARGETARCH must be checked with
// one.
var builtinArgs = [...][2]string{
	{"BUILDPLATFORM", "linux/amd64"},
	{"BUILDOS", "linux"},
	{"BUILDOSVERSION", ""},
	{"BUILDARCH", "amd64"},
	{"BUILDVARIANT", ""},
	{"TARGETPLATFORM", "linux/amd64"},
	{"TARGETOS", "linux"},
	{"TARGETOSVERSION", ""},
	{"TARGETARCH", "amd64"},
	{"TARGETVARIANT", ""},
	{"TARGETSTAGE", "default"},
}

// IsBuiltinArg reports the ARGs BuildKit defines for every build: the
// platform of the build and of its target, and the target stage.
func IsBuiltinArg(name string) bool {
	for _, kv := range builtinArgs {
		if kv[0] == name {
			return true
		}
	}
	return false
}

// orderedEnv is a shell.EnvGetter whose later entries win, as BuildKit's
// llb.EnvList does; few entries, so a slice.
type orderedEnv [][2]string

func (e orderedEnv) Get(k string) (string, bool) {
	for i := len(e) - 1; i >= 0; i-- {
		if e[i][0] == k {
			return e[i][1], true
		}
	}
	return "", false
}

func (e orderedEnv) Keys() []string {
	seen := map[string]bool{}
	var keys []string
	for _, kv := range e {
		if !seen[kv[0]] {
			seen[kv[0]] = true
			keys = append(keys, kv[0])
		}
	}
	sort.Strings(keys)
	return keys
}

// fromEnv is what a FROM line's words are expanded with in a build
// without --build-arg (dockerfile2llb's buildMetaArgs): the built-in ARGs,
// then each global ARG with a default, expanded in order. An ARG without
// a default sets nothing, so a built-in keeps its value. Made once per
// file: several rules read FROM lines.
func (f *File) fromEnv() orderedEnv {
	if f.fromArgs == nil {
		f.fromArgs = f.makeFromEnv()
	}
	return f.fromArgs
}

func (f *File) makeFromEnv() orderedEnv {
	env := make(orderedEnv, 0, len(builtinArgs)+len(f.GlobalArgs))
	env = append(env, builtinArgs[:]...)
	for _, in := range f.GlobalArgs {
		for _, d := range in.ArgDecls() {
			if !d.HasDefault {
				continue
			}
			v := d.Default
			if f.NeedsExpansion(d.RawDefault) {
				res, err := shell.NewLex(rune(f.Escape)).ProcessWordWithMatches(d.RawDefault, env)
				if err != nil {
					continue // BuildKit fails the build; the rules judge the rest
				}
				v = res.Result
			}
			env = append(env, [2]string{d.Name, v})
		}
	}
	return env
}

// ExpandFrom expands word, the image or the --platform value of a FROM, as
// BuildKit does for a build without --build-arg on linux/amd64: with the
// built-in ARGs and the global ARGs' defaults. The result says which names
// had a value (Matched) and which did not (Unmatched): an ARG declared
// without a default is unmatched, like a name never declared.
func (f *File) ExpandFrom(word string) (shell.ProcessWordResult, error) {
	return f.ExpandWord(word, f.fromEnv())
}

// FromArgNames are the names a FROM line may read without BuildKit's
// UndefinedArgInFrom: the built-in ARGs and every global ARG, with or
// without a default. Sorted.
func (f *File) FromArgNames() []string {
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, kv := range builtinArgs {
		add(kv[0])
	}
	for _, in := range f.GlobalArgs {
		for _, d := range in.ArgDecls() {
			add(d.Name)
		}
	}
	sort.Strings(names)
	return names
}
