package images

import (
	"errors"
	"strings"
	"testing"
)

func TestParseRef(t *testing.T) {
	const dg = "sha256:c0a3badbd8a0a760de903e00cedbca94588e609299820557e72cba2a53dbaa2c"
	tests := []struct {
		in                   string
		domain, path, name   string
		tag, digest          string
		tagStart, tagEnd     int
		digStart, digEnd     int
		nameStart, nameEnd   int
		hub, scratch, hasTag bool
	}{
		{in: "node", path: "node", name: "node", tagStart: 4, tagEnd: 4, digStart: 4, digEnd: 4, nameEnd: 4, hub: true},
		{in: "node:14-alpine", path: "node", name: "node", tag: "14-alpine", tagStart: 5, tagEnd: 14, digStart: 14, digEnd: 14, nameEnd: 4, hub: true, hasTag: true},
		{in: "library/node:20", path: "library/node", name: "node", tag: "20", tagStart: 13, tagEnd: 15, digStart: 15, digEnd: 15, nameEnd: 12, hub: true, hasTag: true},
		{in: "docker.io/library/node:20", domain: "docker.io", path: "library/node", name: "node", tag: "20", tagStart: 23, tagEnd: 25, digStart: 25, digEnd: 25, nameEnd: 22, hub: true, hasTag: true},
		{in: "docker.io/node", domain: "docker.io", path: "node", name: "node", tagStart: 14, tagEnd: 14, digStart: 14, digEnd: 14, nameEnd: 14, hub: true},
		{in: "index.docker.io/library/node:lts", domain: "index.docker.io", path: "library/node", name: "node", tag: "lts", tagStart: 29, tagEnd: 32, digStart: 32, digEnd: 32, nameEnd: 28, hub: true, hasTag: true},
		{in: "registry.docker.com/library/ruby:3.2.2-slim", domain: "registry.docker.com", path: "library/ruby", name: "ruby", tag: "3.2.2-slim", tagStart: 33, tagEnd: 43, digStart: 43, digEnd: 43, nameEnd: 32, hub: true, hasTag: true},
		{in: "bitnami/redis:7.2", path: "bitnami/redis", name: "bitnami/redis", tag: "7.2", tagStart: 14, tagEnd: 17, digStart: 17, digEnd: 17, nameEnd: 13, hub: true, hasTag: true},
		{in: "localhost:5000/img:tag", domain: "localhost:5000", path: "img", name: "localhost:5000/img", tag: "tag", tagStart: 19, tagEnd: 22, digStart: 22, digEnd: 22, nameEnd: 18, hasTag: true},
		{in: "localhost/img", domain: "localhost", path: "img", name: "localhost/img", tagStart: 13, tagEnd: 13, digStart: 13, digEnd: 13, nameEnd: 13},
		{in: "mcr.microsoft.com/dotnet/sdk:8.0", domain: "mcr.microsoft.com", path: "dotnet/sdk", name: "mcr.microsoft.com/dotnet/sdk", tag: "8.0", tagStart: 29, tagEnd: 32, digStart: 32, digEnd: 32, nameEnd: 28, hasTag: true},
		{in: "Registry.Example.com:443/team/app", domain: "Registry.Example.com:443", path: "team/app", name: "registry.example.com:443/team/app", tagStart: 33, tagEnd: 33, digStart: 33, digEnd: 33, nameEnd: 33},
		{in: "[::1]:5000/img:1", domain: "[::1]:5000", path: "img", name: "[::1]:5000/img", tag: "1", tagStart: 15, tagEnd: 16, digStart: 16, digEnd: 16, nameEnd: 14, hasTag: true},
		{in: "node@" + dg, path: "node", name: "node", digest: dg, tagStart: 4, tagEnd: 4, digStart: 5, digEnd: 76, nameEnd: 4, hub: true},
		{in: "node:20-alpine@" + dg, path: "node", name: "node", tag: "20-alpine", digest: dg, tagStart: 5, tagEnd: 14, digStart: 15, digEnd: 86, nameEnd: 4, hub: true, hasTag: true},
		{in: "scratch", path: "scratch", name: "scratch", tagStart: 7, tagEnd: 7, digStart: 7, digEnd: 7, nameEnd: 7, hub: true, scratch: true},
		{in: "my_org/my-app__x:v1.0_rc", path: "my_org/my-app__x", name: "my_org/my-app__x", tag: "v1.0_rc", tagStart: 17, tagEnd: 24, digStart: 24, digEnd: 24, nameEnd: 16, hub: true, hasTag: true},
	}
	for _, tt := range tests {
		r, err := ParseRef(tt.in)
		if err != nil {
			t.Errorf("ParseRef(%q): %v", tt.in, err)
			continue
		}
		got := []any{r.Domain, r.Path, r.Name, r.Tag, r.Digest, r.TagStart, r.TagEnd, r.DigestStart, r.DigestEnd, r.NameStart, r.NameEnd, r.DockerHub(), r.IsScratch(), r.HasTag()}
		want := []any{tt.domain, tt.path, tt.name, tt.tag, tt.digest, tt.tagStart, tt.tagEnd, tt.digStart, tt.digEnd, tt.nameStart, tt.nameEnd, tt.hub, tt.scratch, tt.hasTag}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("ParseRef(%q) field %d = %v, want %v (%+v)", tt.in, i, got[i], want[i], r)
				break
			}
		}
		// The offsets address the input.
		if r.Raw[r.TagStart:r.TagEnd] != r.Tag || r.Raw[r.DigestStart:r.DigestEnd] != r.Digest || r.Raw != tt.in {
			t.Errorf("ParseRef(%q): offsets do not match the text", tt.in)
		}
		if r.HasDigest() != (tt.digest != "") {
			t.Errorf("ParseRef(%q): HasDigest wrong", tt.in)
		}
	}
}

func TestParseRefVariables(t *testing.T) {
	for _, s := range []string{"$BASE", "${BASE}", "node:${NODE_VERSION}-alpine", "${REGISTRY}/app:1", "node@$DIGEST"} {
		if _, err := ParseRef(s); !errors.Is(err, ErrUnexpanded) {
			t.Errorf("ParseRef(%q) error = %v, want ErrUnexpanded", s, err)
		}
	}
}

func TestParseRefInvalid(t *testing.T) {
	for _, s := range []string{
		"", "Node:1", "node:", "node:-x", "node:.x", "node:a b", "a//b", "node@sha256:zz",
		"node@sha256:abc", "-node", "node-", "node..x", "ex ample.com/x", ":tag", "node:" + strings.Repeat("x", 129),
		"host:port/x", "bad_host.com/x",
	} {
		if r, err := ParseRef(s); err == nil {
			t.Errorf("ParseRef(%q) = %+v, want an error", s, r)
		}
	}
}

func TestRefRewrite(t *testing.T) {
	const dg = "@sha256:c0a3badbd8a0a760de903e00cedbca94588e609299820557e72cba2a53dbaa2c"
	tests := []struct{ in, tag, want string }{
		{"node:14-alpine", "24-alpine", "node:24-alpine"},
		{"node", "24", "node:24"},
		{"node" + dg, "24", "node:24"},
		{"node:14" + dg, "24", "node:24"},
		{"docker.io/library/node:14", "24", "docker.io/library/node:24"},
		{"localhost:5000/img", "2", "localhost:5000/img:2"},
	}
	for _, tt := range tests {
		if got := mustRef(t, tt.in).WithTag(tt.tag); got != tt.want {
			t.Errorf("%q.WithTag(%q) = %q, want %q", tt.in, tt.tag, got, tt.want)
		}
	}
	names := []struct{ in, name, tag, want string }{
		{"openjdk:8", "eclipse-temurin", "8-jdk", "eclipse-temurin:8-jdk"},
		{"docker.io/library/openjdk:8", "eclipse-temurin", "8-jdk", "docker.io/library/eclipse-temurin:8-jdk"},
		{"docker.io/jenkins:lts", "jenkins/jenkins", "lts", "docker.io/jenkins/jenkins:lts"},
		{"mcr.microsoft.com/dotnet/core/sdk:3.1" + dg, "mcr.microsoft.com/dotnet/sdk", "10.0", "mcr.microsoft.com/dotnet/sdk:10.0"},
	}
	for _, tt := range names {
		if got := mustRef(t, tt.in).WithName(tt.name, tt.tag); got != tt.want {
			t.Errorf("%q.WithName(%q, %q) = %q, want %q", tt.in, tt.name, tt.tag, got, tt.want)
		}
	}
}

func FuzzParseRef(f *testing.F) {
	for _, s := range []string{"node:14", "localhost:5000/a/b:c@sha256:" + strings.Repeat("a", 64), "scratch", "[::1]/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRef(s)
		if err != nil {
			return
		}
		if r.TagStart > r.TagEnd || r.TagEnd > len(s) || r.DigestStart > r.DigestEnd || r.DigestEnd > len(s) || r.NameEnd > len(s) {
			t.Fatalf("bad offsets %+v", r)
		}
		if s[r.TagStart:r.TagEnd] != r.Tag || s[r.DigestStart:r.DigestEnd] != r.Digest {
			t.Fatalf("offsets do not match %+v", r)
		}
		if _, err := ParseRef(r.WithTag("x")); err != nil {
			t.Fatalf("WithTag output does not parse: %v", err)
		}
	})
}

func TestPlainConfig(t *testing.T) {
	for ref, want := range map[string]bool{
		"alpine:3.20": true, "debian:trixie-slim": true, "docker.io/library/ubuntu": true, "busybox": true,
		"python:3.13": false, "ghcr.io/x/alpine": false, "quay.io/alpine": false, "myorg/debian": false,
	} {
		r, err := ParseRef(ref)
		if err != nil {
			t.Fatal(err)
		}
		if got := PlainConfig(r); got != want {
			t.Errorf("PlainConfig(%s) = %v, want %v", ref, got, want)
		}
	}
}
