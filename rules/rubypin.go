package rules

import (
	"path"
	"regexp"
	"strings"

	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// A Ruby application's Gemfile often requires one exact Ruby, the one its
// .ruby-version names (Rails 7.1+: ruby file: ".ruby-version"), and
// Bundler refuses any other: "Your Ruby version is 3.4.10, but your Gemfile
// specified 3.4.5". A bump of the ruby image to another patch then breaks
// bundle install, however safe it is for the image itself.

// gemfileRuby finds a Gemfile's ruby directive: a version string, or the
// file it reads the version from (ruby file: ".ruby-version", or
// ruby File.read(".ruby-version").strip).
var gemfileRuby = regexp.MustCompile(`(?m)^[ \t]*ruby[ \t(]+(?:["']([^"']+)["']|file:[ \t]*["']([^"']+)["']|File\.read\(["']([^"']+)["']\))`)

// exactRubyVersion matches a full version and nothing else: 3.4.5, with
// .ruby-version's optional ruby- prefix.
var exactRubyVersion = regexp.MustCompile(`^(?:ruby-)?(\d+\.\d+\.\d+)$`)

// rubyPinRisk says why bumping st's ruby image to newRef breaks Bundler:
// the Gemfile the build copies requires exactly the Ruby the old tag
// names, and the new one names another. "" when there is no such pin.
func rubyPinRisk(p *lint.Pass, st *lint.Stage, newRef string) string {
	from, ok1 := rubyTagVersion(st.ImageExpanded)
	to, ok2 := rubyTagVersion(newRef)
	if !ok1 || !ok2 || from == to {
		return ""
	}
	ctx := p.Context()
	if ctx == nil {
		return ""
	}
	for _, gemfile := range copiedGemfiles(p.File) {
		src, err := ctx.ReadFile(gemfile)
		if err != nil {
			continue
		}
		m := gemfileRuby.FindSubmatch(src)
		if m == nil {
			continue
		}
		req, where := string(m[1]), gemfile
		if file := string(m[2]) + string(m[3]); file != "" {
			name := path.Join(path.Dir(gemfile), file)
			v, err := ctx.ReadFile(name)
			if err != nil {
				continue
			}
			req, where = rubyVersionFile(path.Base(file), string(v)), name+", which "+gemfile+" reads,"
		}
		if v := exactRubyVersion.FindStringSubmatch(strings.TrimSpace(req)); v != nil && v[1] == from {
			return "the application's Bundler requires Ruby " + from + " exactly (" + where + " says so) and refuses " + to + ": bump it with the image"
		}
	}
	return ""
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

// rubyTagVersion is the full Ruby version an official ruby image's tag
// names: 3.4.5 for ruby:3.4.5-slim-trixie; ok is false for a tag that
// names none exactly (ruby:3.4-slim, ruby:slim).
func rubyTagVersion(ref string) (string, bool) {
	r, err := images.ParseRef(ref)
	if err != nil || r.Name != "ruby" {
		return "", false
	}
	v, _, _ := strings.Cut(r.Tag, "-")
	if m := exactRubyVersion.FindStringSubmatch(v); m != nil && !strings.HasPrefix(v, "ruby-") {
		return m[1], true
	}
	return "", false
}

// copiedGemfiles lists the Gemfiles a build copies from its context: the
// COPY and ADD sources named Gemfile or gems.rb, and the root's Gemfile
// when a COPY takes the whole context.
func copiedGemfiles(f *lint.File) []string {
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
			src := strings.TrimPrefix(path.Clean("/"+s.Text), "/")
			switch base := path.Base(src); {
			case base == "Gemfile" || base == "gems.rb":
				add(src)
			case src == "" || src == ".":
				add("Gemfile")
			}
		}
	}
	return out
}
