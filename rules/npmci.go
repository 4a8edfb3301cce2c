package rules

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// NpmInstallInsteadOfCI flags npm install, without package operands, in a
// stage that copied a lockfile: npm install may resolve other versions
// than the lockfile pins and rewrite it, npm ci installs exactly what it
// pins (and fails when it is out of step with package.json). The fix
// turns npm install into npm ci.
var NpmInstallInsteadOfCI = &lint.Rule{
	ID: "DF319", Name: "npm-install-instead-of-ci",
	Title:    "Use npm ci where a lockfile was copied",
	Severity: lint.Info,
	Fix:      lint.FixMixed,
	Check:    checkNpmCI,
}

// npmInstallVerb reports npm install and its aliases.
func npmInstallVerb(verb string) bool {
	switch verb {
	case "install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add":
		return true
	}
	return false
}

// npmWithoutCI reports an official node image whose npm predates 5.7,
// the first with npm ci: Node.js 9 and older, and 10.0 and 10.1 (npm 5.6),
// by the version or the LTS codename its tag starts with (node:8.11-alpine,
// node:carbon).
func npmWithoutCI(image string) (string, bool) {
	r, err := images.ParseRef(image)
	if err != nil || lint.OfficialImage(image) != "node" {
		return "", false
	}
	tag := strings.ToLower(r.Tag)
	first, _, _ := strings.Cut(tag, "-")
	switch first {
	case "argon", "boron", "carbon":
		return "node:" + tag, true
	}
	parts := strings.Split(first, ".")
	major, err := strconv.Atoi(parts[0])
	if err != nil {
		return "", false
	}
	if major < 10 {
		return "node:" + tag, true
	}
	if major == 10 && len(parts) > 1 {
		if minor, err := strconv.Atoi(parts[1]); err == nil && minor < 2 {
			return "node:" + tag, true
		}
	}
	return "", false
}

// npmLockfiles are the files npm ci installs from.
func npmLockfiles() []string { return []string{"package-lock.json", "npm-shrinkwrap.json"} }

func checkNpmCI(p *lint.Pass) {
	f := p.File
	for in, sc := range f.RunScripts(nil, "npm") {
		for _, pc := range sc.PackageCommands() {
			if pc.Manager != "npm" || pc.VerbAt < 0 || !npmInstallVerb(pc.Verb) || len(pc.Args) > 0 ||
				pc.HasOption("-g", "--global", "--no-package-lock", "--package-lock-only", "--package-lock") {
				continue
			}
			lock := npmLockfile(p, in)
			if lock.copy == nil {
				continue
			}
			d := lint.Diagnostic{
				Range: sc.Range(pc.Call.Args[pc.At]),
				Message: fmt.Sprintf("npm %s after the COPY of %s on line %d: npm ci installs exactly the versions the lockfile pins",
					pc.Verb, lock.name, lock.copy.StartLine),
			}
			fx := lint.Fix{Message: "Use npm ci", Safe: true,
				Edits: []lint.Edit{{Range: sc.Range(pc.VerbWord()), New: "ci"}}}
			switch why := npmInSync(p.Context(), lock.dir()); {
			case lock.assumed:
				fx.Safe = false
				d.Message += " (needs review: the build context is not at hand to check that " + lock.name +
					" brings a package-lock.json, without which npm ci fails)"
			case why != "":
				fx.Safe = false
				d.Message += " (needs review: " + why + ")"
			default:
				if node, old := npmWithoutCI(in.Stage.Root().ImageExpanded); old {
					fx.Safe = false
					d.Message += " (needs review: " + node + " comes with an npm older than 5.7, which has no npm ci)"
				}
			}
			d.Fixes = []lint.Fix{fx}
			p.Report(d)
		}
	}
}

// npmLock is the COPY that brought a lockfile into the stage.
type npmLock struct {
	copy    *lint.Instruction
	name    string // the COPY source, as written
	assumed bool   // a pattern such as package*.json that the build context could not confirm
	folder  bool   // name is a folder that holds the lockfile (COPY . .)
}

// dir is the build-context folder that holds the lockfile.
func (l npmLock) dir() string {
	if l.folder {
		return path.Clean(l.name)
	}
	return path.Dir(l.name)
}

// npmInSync says why npm ci may fail where npm install did not: the
// build context cannot show package.json and the lockfile in dir, or the
// lockfile's record of package.json's dependencies (lockfileVersion 2 and
// later keep it) differs from package.json, so that npm ci stops ("can
// only install packages when your package.json and package-lock.json are
// in sync"). "" when they are in step.
func npmInSync(ctx lint.ContextReader, dir string) string {
	if ctx == nil {
		return "the build context is not at hand to check that the lockfile is in step with package.json; npm ci fails when it is not"
	}
	manifestSrc, err := ctx.ReadFile(path.Join(dir, "package.json"))
	if err != nil {
		return "package.json could not be read to check that the lockfile is in step with it; npm ci fails when it is not"
	}
	var lockName string
	var lockSrc []byte
	for _, l := range []string{"npm-shrinkwrap.json", "package-lock.json"} { // npm prefers the shrinkwrap
		if b, err := ctx.ReadFile(path.Join(dir, l)); err == nil {
			lockName, lockSrc = l, b
			break
		}
	}
	if lockSrc == nil {
		return "the lockfile could not be read to check that it is in step with package.json; npm ci fails when it is not"
	}
	type depSets struct {
		Dependencies         map[string]string `json:"dependencies"`
		DevDependencies      map[string]string `json:"devDependencies"`
		OptionalDependencies map[string]string `json:"optionalDependencies"`
		PeerDependencies     map[string]string `json:"peerDependencies"`
		Workspaces           json.RawMessage   `json:"workspaces"`
	}
	var manifest depSets
	var lock struct {
		LockfileVersion int                `json:"lockfileVersion"`
		Packages        map[string]depSets `json:"packages"`
	}
	if json.Unmarshal(manifestSrc, &manifest) != nil || json.Unmarshal(lockSrc, &lock) != nil {
		return "package.json or " + lockName + " does not parse; npm ci fails on either"
	}
	root, ok := lock.Packages[""]
	switch {
	case len(manifest.Workspaces) > 0 && string(manifest.Workspaces) != "null":
		return "a workspace project, whose members' package.json files npm ci checks too"
	case lock.LockfileVersion < 2 || !ok:
		return lockName + " is a version 1 lockfile, which does not record package.json's dependencies to check them against"
	}
	for _, set := range []struct {
		name     string
		want, in map[string]string
	}{
		{"dependencies", manifest.Dependencies, root.Dependencies},
		{"devDependencies", manifest.DevDependencies, root.DevDependencies},
		{"optionalDependencies", manifest.OptionalDependencies, root.OptionalDependencies},
		{"peerDependencies", manifest.PeerDependencies, root.PeerDependencies},
	} {
		if !maps.Equal(set.want, set.in) {
			return "package.json's " + set.name + " differ from those " + lockName + " records: npm ci fails until the lockfile is updated"
		}
	}
	return ""
}

// npmLockfile finds the COPY or ADD before in that copied a lockfile: a
// source named package-lock.json or npm-shrinkwrap.json; or a pattern
// (package*.json) or folder the build context shows to hold one. Without a
// build context, a pattern matching a lockfile's name counts as assumed.
func npmLockfile(p *lint.Pass, in *lint.Instruction) npmLock {
	var found npmLock
	for _, x := range p.File.Before(in) {
		spec, ok := x.Copy()
		if !ok {
			continue
		}
		for _, w := range spec.Sources {
			src := strings.Trim(w.Text, `"'`)
			base := path.Base(src)
			switch {
			case slices.Contains(npmLockfiles(), base):
				return npmLock{copy: x, name: src}
			case spec.From != "" || strings.Contains(src, "://"):
			case strings.ContainsAny(base, "*?["):
				if !npmMatchesLockfile(base) {
					continue
				}
				switch npmContextHas(p.Context(), path.Dir(src)) {
				case contextYes:
					return npmLock{copy: x, name: src}
				case contextUnknown:
					found = npmLock{copy: x, name: src, assumed: true}
				}
			case npmContextHas(p.Context(), src) == contextYes:
				return npmLock{copy: x, name: src, folder: true}
			}
		}
	}
	return found
}

func npmMatchesLockfile(pattern string) bool {
	for _, l := range npmLockfiles() {
		if ok, _ := path.Match(pattern, l); ok {
			return true
		}
	}
	return false
}

type contextAnswer int

const (
	contextUnknown contextAnswer = iota
	contextYes
	contextNo
)

// npmContextHas says whether the build context holds a lockfile in dir.
func npmContextHas(ctx lint.ContextReader, dir string) contextAnswer {
	if ctx == nil {
		return contextUnknown
	}
	answer := contextNo
	for _, l := range npmLockfiles() {
		_, err := ctx.ReadFile(path.Join(dir, l))
		switch {
		case err == nil:
			return contextYes
		case !errors.Is(err, fs.ErrNotExist):
			answer = contextUnknown
		}
	}
	return answer
}
