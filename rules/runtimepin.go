package rules

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// An application's manifest may require one exact runtime, and its tool
// then refuses any other, however safe a bump of the image is for the
// image itself:
//   - Bundler, for a Gemfile's ruby "3.4.5" or ruby file: ".ruby-version"
//     (Rails 7.1+): "Your Ruby version is 3.4.10, but your Gemfile
//     specified 3.4.5";
//   - pnpm and Yarn 1, for package.json's "engines": {"node": "20.11.0"}
//     (npm only warns, unless engine-strict is set);
//   - Poetry, for python = "3.12.3" in [tool.poetry.dependencies], any
//     installer for requires-python = "==3.12.3", and pipenv install
//     --deploy for a Pipfile's python_full_version.

// exactVersion matches a full version and nothing else: 3.4.5, with the
// optional ruby- or v prefix, or = and == of a requirement.
var exactVersion = regexp.MustCompile(`^(?:ruby-|v|==?\s*)?(\d+\.\d+\.\d+)$`)

// gemfileRuby finds a Gemfile's ruby directive: a version string, or the
// file it reads the version from (ruby file: ".ruby-version", or
// ruby File.read(".ruby-version").strip).
var gemfileRuby = regexp.MustCompile(`(?m)^[ \t]*ruby[ \t(]+(?:["']([^"']+)["']|file:[ \t]*["']([^"']+)["']|File\.read\(["']([^"']+)["']\))`)

// pythonPins find the exact Python a pyproject.toml or Pipfile asks for:
// requires-python = "==3.12.3", Poetry's python = "3.12.3" (a bare version
// is exact to Poetry), pipenv's python_full_version = "3.12.3".
var pythonPins = []*regexp.Regexp{
	regexp.MustCompile(`(?m)^[ \t]*requires-python[ \t]*=[ \t]*["']([^"']+)["']`),
	regexp.MustCompile(`(?m)^[ \t]*python[ \t]*=[ \t]*["']([^"']+)["']`),
	regexp.MustCompile(`(?m)^[ \t]*python_full_version[ \t]*=[ \t]*["']([^"']+)["']`),
}

// runtimePin is an exact runtime version that the application's manifest
// requires, read once per stage: the version the stage's tag names, where
// the pin is, and who enforces it.
type runtimePin struct {
	version, runtime, where, refuses string
}

// risk says why bumping the image to newRef breaks the application's
// install: the new tag names another version than the pinned one. "" when
// there is no pin or the version stays.
func (pin runtimePin) risk(newRef string) string {
	if pin.version == "" {
		return ""
	}
	if _, to, ok := runtimeTagVersion(newRef); ok && to != pin.version {
		return pin.where + " requires " + pin.runtime + " " + pin.version + " exactly, and " + pin.refuses + " " + to + ": bump it with the image"
	}
	return ""
}

// runtimePinOf finds the manifest the build copies that requires exactly
// the runtime st's tag names; the zero pin when there is none.
func runtimePinOf(p *lint.Pass, st *lint.Stage) runtimePin {
	image, from, ok := runtimeTagVersion(st.ImageExpanded)
	ctx := p.Context()
	if !ok || ctx == nil {
		return runtimePin{}
	}
	read := func(name string) string {
		src, err := ctx.ReadFile(name)
		if err != nil {
			return ""
		}
		return string(src)
	}
	pinned := func(req string) bool {
		m := exactVersion.FindStringSubmatch(strings.TrimSpace(req))
		return m != nil && m[1] == from
	}
	switch image {
	case "ruby":
		for _, gemfile := range copiedFiles(p.File, "Gemfile", "gems.rb") {
			m := gemfileRuby.FindStringSubmatch(read(gemfile))
			if m == nil {
				continue
			}
			req, where := m[1], gemfile
			if file := m[2] + m[3]; file != "" {
				name := path.Join(path.Dir(gemfile), file)
				req, where = rubyVersionFile(path.Base(file), read(name)), name+", which "+gemfile+" reads,"
			}
			if pinned(req) {
				return runtimePin{from, "Ruby", where, "Bundler refuses"}
			}
		}
	case "node":
		for _, manifest := range copiedFiles(p.File, "package.json") {
			var pkg struct {
				Engines struct {
					Node string `json:"node"`
				} `json:"engines"`
			}
			if json.Unmarshal([]byte(read(manifest)), &pkg) == nil && pinned(pkg.Engines.Node) {
				return runtimePin{from, "Node.js", manifest + "'s engines", "pnpm and Yarn refuse"}
			}
		}
	case "python":
		for _, manifest := range copiedFiles(p.File, "pyproject.toml", "Pipfile") {
			src := read(manifest)
			for _, re := range pythonPins {
				if m := re.FindStringSubmatch(src); m != nil && pinned(m[1]) {
					return runtimePin{from, "Python", manifest, "its installer refuses"}
				}
			}
		}
	}
	return runtimePin{}
}

// rubyVersionFile reads the version of a .ruby-version or .tool-versions.
func rubyVersionFile(name, src string) string {
	if name == ".tool-versions" {
		for _, line := range strings.Split(src, "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == "ruby" {
				return f[1]
			}
		}
		return ""
	}
	return strings.TrimSpace(src)
}

// runtimeTagVersion is the official ruby, node or python image a
// reference names and the full version its tag does: ruby and 3.4.5 for
// ruby:3.4.5-slim-trixie; ok is false for another image or a tag that
// names no full version (node:22-alpine, python:slim).
func runtimeTagVersion(ref string) (image, version string, ok bool) {
	r, err := images.ParseRef(ref)
	if err != nil {
		return "", "", false
	}
	switch r.Name {
	case "ruby", "node", "python":
	default:
		return "", "", false
	}
	v, _, _ := strings.Cut(r.Tag, "-")
	if m := exactVersion.FindStringSubmatch(v); m != nil && m[0] == m[1] {
		return r.Name, v, true
	}
	return "", "", false
}

// copiedFiles lists the files of the given names that a build may copy
// from its context: a COPY or ADD source so named or matching (a glob:
// package*.json), or such a file in a directory copied whole (., app/).
// The caller reads them; a path the context lacks reads as nothing.
func copiedFiles(f *lint.File, names ...string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	for _, in := range f.Instructions {
		cp, ok := in.Copy()
		if !ok || cp.From != "" {
			continue
		}
		for _, s := range cp.Sources {
			if strings.Contains(s.Text, "$") {
				continue
			}
			whole := s.Text == "." || strings.HasSuffix(s.Text, "/")
			src := strings.TrimPrefix(path.Clean("/"+s.Text), "/")
			dir, base := path.Split(src)
			for _, n := range names {
				if whole {
					add(path.Join(src, n))
				} else if ok, _ := path.Match(base, n); ok {
					add(path.Join(dir, n))
				}
			}
		}
	}
	return out
}

// versionNamedElsewhere says where, besides what the fix rewrites, the
// Dockerfile or its path names the release a bump of st moves from: a
// build matrix's directory (cypress' node-22/22.19.0-trixie/Dockerfile),
// a comment giving the image's tag, an ENV or LABEL repeating the version.
// The image is then meant for that release, and a bump that leaves the
// other mentions as they are may break what they describe. "" when the
// version is named nowhere else, or the tag has no version of x.y or finer.
func versionNamedElsewhere(f *lint.File, st *lint.Stage, fx lint.Fix) string {
	v := tagVersion(st.ImageExpanded)
	if v == "" {
		return ""
	}
	if hasVersionToken(filepath.ToSlash(f.Path), v) {
		return "the file's path names " + v + ", so the image may be built for that release"
	}
	// Every FROM: another one of the same image gets its own bump.
	var skip []lint.Range
	for _, s := range f.Stages {
		skip = append(skip, s.From.Range)
	}
	for _, e := range fx.Edits {
		if e.Path == "" {
			skip = append(skip, e.Range)
		}
	}
	for _, at := range versionTokens(f.Src, v) {
		if !slices.ContainsFunc(skip, func(r lint.Range) bool { return r.Start <= at && at < r.End }) {
			return fmt.Sprintf("line %d names %s too, which the bump leaves as it is", f.Position(at).Line, v)
		}
	}
	return ""
}

// tagVersion is the version a tag starts with, when it has a dot:
// 22.19.0 of node:22.19.0-trixie-slim, 3.23.3 of alpine:3.23.3.
func tagVersion(ref string) string {
	r, err := images.ParseRef(ref)
	if err != nil {
		return ""
	}
	tag := r.Tag
	n := 0
	for n < len(tag) && (tag[n] == '.' || '0' <= tag[n] && tag[n] <= '9') {
		n++
	}
	v := strings.TrimRight(tag[:n], ".")
	if !strings.Contains(v, ".") {
		return ""
	}
	return v
}

// hasVersionToken reports v in s as a whole version: not part of a longer
// number (22.19.0 is not in 122.19.01 or 22.19.0.1).
func hasVersionToken(s, v string) bool { return len(versionTokens([]byte(s), v)) > 0 }

// versionTokens are the offsets of v in s as a whole version.
func versionTokens(s []byte, v string) []int {
	var out []int
	for start := 0; start < len(s); {
		i := bytes.Index(s[start:], []byte(v))
		if i < 0 {
			break
		}
		at := start + i
		if versionBoundary(s, at, at+len(v)) {
			out = append(out, at)
		}
		start = at + 1
	}
	return out
}

// versionBoundary reports whether s[start:end] stands alone as a version:
// no digit or dot joins it to a longer number on either side.
func versionBoundary(s []byte, start, end int) bool {
	digitOrDot := func(c byte) bool { return c == '.' || '0' <= c && c <= '9' }
	if start > 0 && digitOrDot(s[start-1]) {
		return false
	}
	// A sentence's full stop may follow: "built on 22.19.0."
	if end < len(s) && ('0' <= s[end] && s[end] <= '9' || s[end] == '.' && end+1 < len(s) && '0' <= s[end+1] && s[end+1] <= '9') {
		return false
	}
	return true
}
