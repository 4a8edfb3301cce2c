package rules

import "testing"

func TestRubyTagVersion(t *testing.T) {
	for _, tc := range []struct {
		ref, want string
	}{
		{"ruby:3.4.5-slim-trixie", "3.4.5"},
		{"ruby:3.4.10", "3.4.10"},
		{"docker.io/library/ruby:3.2.2-alpine3.19", "3.2.2"},
		{"registry.docker.com/library/ruby:3.2.2-slim", "3.2.2"},
		{"ruby:3.4-slim", ""},
		{"ruby:slim", ""},
		{"ruby", ""},
		{"cimg/ruby:3.4.5", ""}, // another image: no claim about its tags
	} {
		got, ok := rubyTagVersion(tc.ref)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("rubyTagVersion(%q) = %q, %v; want %q", tc.ref, got, ok, tc.want)
		}
	}
}

func TestRubyVersionFile(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{".ruby-version", "3.4.5\n", "3.4.5"},
		{".ruby-version", "ruby-3.4.5\n", "ruby-3.4.5"},
		{".tool-versions", "nodejs 22.1.0\nruby 3.3.6\n", "3.3.6"},
		{".tool-versions", "nodejs 22.1.0\n", ""},
	} {
		if got := rubyVersionFile(tc.name, tc.src); got != tc.want {
			t.Errorf("rubyVersionFile(%q, %q) = %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
}

func TestGemfileRuby(t *testing.T) {
	for _, tc := range []struct {
		src               string
		version, fromFile string
	}{
		{"source 'x'\nruby '3.4.5'\n", "3.4.5", ""},
		{"ruby \"~> 3.4.0\"\n", "~> 3.4.0", ""},
		{"ruby file: \".ruby-version\"\n", "", ".ruby-version"},
		{"ruby File.read(\".ruby-version\").strip\n", "", ".ruby-version"},
		{"  ruby(\"3.3.6\")\n", "3.3.6", ""},
		{"# ruby '3.1.0'\ngem 'rubyzip'\n", "", ""},
		{"gem 'ruby-vips'\n", "", ""},
	} {
		m := gemfileRuby.FindStringSubmatch(tc.src)
		var version, file string
		if m != nil {
			version, file = m[1], m[2]+m[3]
		}
		if version != tc.version || file != tc.fromFile {
			t.Errorf("%q: version %q, file %q; want %q, %q", tc.src, version, file, tc.version, tc.fromFile)
		}
	}
}
