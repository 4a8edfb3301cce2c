package rules

import "testing"

func TestRuntimeTagVersion(t *testing.T) {
	for _, tc := range []struct {
		ref, image, version string
	}{
		{"ruby:3.4.5-slim-trixie", "ruby", "3.4.5"},
		{"ruby:3.4.10", "ruby", "3.4.10"},
		{"docker.io/library/ruby:3.2.2-alpine3.19", "ruby", "3.2.2"},
		{"registry.docker.com/library/ruby:3.2.2-slim", "ruby", "3.2.2"},
		{"node:20.11.0-bookworm-slim", "node", "20.11.0"},
		{"python:3.12.3-slim-bookworm", "python", "3.12.3"},
		{"ruby:3.4-slim", "", ""},
		{"node:22-alpine", "", ""},
		{"python:slim", "", ""},
		{"ruby", "", ""},
		{"cimg/ruby:3.4.5", "", ""}, // another image: no claim about its tags
		{"golang:1.22.1", "", ""},   // a newer Go builds a module that asks for an older one
	} {
		image, version, ok := runtimeTagVersion(tc.ref)
		if image != tc.image || version != tc.version || ok != (tc.version != "") {
			t.Errorf("runtimeTagVersion(%q) = %q, %q, %v; want %q, %q", tc.ref, image, version, ok, tc.image, tc.version)
		}
	}
}

func TestExactVersion(t *testing.T) {
	for _, tc := range []struct {
		req, want string
	}{
		{"3.4.5", "3.4.5"},
		{"ruby-3.4.5", "3.4.5"},
		{"v20.11.0", "20.11.0"},
		{"==3.12.3", "3.12.3"},
		{"== 3.12.3", "3.12.3"},
		{"=20.11.0", "20.11.0"},
		{">=20.11.0", ""},
		{"~> 3.4.5", ""},
		{"^3.12", ""},
		{"3.12", ""},
		{"20.x", ""},
		{"3.12.*", ""},
	} {
		got := ""
		if m := exactVersion.FindStringSubmatch(tc.req); m != nil {
			got = m[1]
		}
		if got != tc.want {
			t.Errorf("exactVersion(%q) = %q, want %q", tc.req, got, tc.want)
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

func TestPythonPins(t *testing.T) {
	for _, tc := range []struct {
		src, want string // want: the first requirement found, "" for none
	}{
		{"[project]\nrequires-python = \"==3.12.3\"\n", "==3.12.3"},
		{"[tool.poetry.dependencies]\npython = \"3.12.3\"\n", "3.12.3"},
		{"[requires]\npython_full_version = \"3.12.3\"\n", "3.12.3"},
		{"[requires]\npython_version = \"3.12\"\n", ""},
		{"[tool.mypy]\npython_version = \"3.12\"\n", ""},
		{"# python = \"3.12.3\"\n", ""},
	} {
		got := ""
		for _, re := range pythonPins {
			if m := re.FindStringSubmatch(tc.src); m != nil {
				got = m[1]
				break
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestTagVersion(t *testing.T) {
	for _, tc := range []struct{ ref, want string }{
		{"node:22.19.0-trixie-slim", "22.19.0"},
		{"alpine:3.23.3", "3.23.3"},
		{"golang:1.26.6-alpine3.23@sha256:eece025e432126ce23f223450a0326fbebde39cdf496a85d8c016293fc851978", "1.26.6"},
		{"registry:5000/app:1.2", "1.2"},
		{"node:22", ""},
		{"node:lts-alpine", ""},
		{"registry:5000/app", ""},
		{"python:3.12.", "3.12"},
	} {
		if got := tagVersion(tc.ref); got != tc.want {
			t.Errorf("tagVersion(%q) = %q, want %q", tc.ref, got, tc.want)
		}
	}
}

func TestHasVersionToken(t *testing.T) {
	for _, tc := range []struct {
		s, v string
		want bool
	}{
		{"base/node-22/22.19.0-trixie/Dockerfile", "22.19.0", true},
		{"node-22.19.0.Dockerfile", "22.19.0", true},
		{"built on 22.19.0.", "22.19.0", true},
		{"122.19.0/Dockerfile", "22.19.0", false},
		{"22.19.01/Dockerfile", "22.19.0", false},
		{"22.19.0.1/Dockerfile", "22.19.0", false},
		{"x 11.26.6 y 1.26.6.1", "1.26.6", false},
	} {
		if got := hasVersionToken(tc.s, tc.v); got != tc.want {
			t.Errorf("hasVersionToken(%q, %q) = %v, want %v", tc.s, tc.v, got, tc.want)
		}
	}
}
