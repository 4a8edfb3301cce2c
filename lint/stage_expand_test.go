package lint

import "testing"

// TestExpandGlobal: a FROM word is read as BuildKit's shell lexer reads it
// (variables from the ARGs before the first FROM, quotes and escapes).
func TestExpandGlobal(t *testing.T) {
	f := mustParse(t, "ARG TAG=3.20\nARG FREE\nARG REGISTRY=quay.io OWNER=jupyter\n"+
		"ARG BASE=$REGISTRY/$OWNER/scipy-notebook\nARG ARCH=${TARGETARCH}\nARG FROM_FREE=x-$FREE\n"+
		"ARG KEPT=1\nARG KEPT\nARG QUOTED=\"a:$TAG\"\nFROM alpine\n")
	for _, tc := range []struct {
		word, want string
		resolved   bool
	}{
		{"alpine:3.20", "alpine:3.20", true},
		{"alpine:${TAG}", "alpine:3.20", true},
		{`"alpine:3.20"`, "alpine:3.20", true},
		{"'alpine:$TAG'", "alpine:$TAG", true},
		{`alpine\:3.20`, "alpine:3.20", true},
		{"alpine:${FREE}", "alpine:", false},
		{"alpine:${UNDECLARED}", "alpine:", true},
		{"${BUILDPLATFORM}", "", false},
		// Defaults are expanded in order with the ARGs before them.
		{"$BASE", "quay.io/jupyter/scipy-notebook", true},
		{"$QUOTED", "a:3.20", true},
		// A default that reads a platform ARG or an ARG without a default
		// depends on the build too.
		{"foo-$ARCH", "foo-", false},
		{"$FROM_FREE", "x-", false},
		// An ARG without a default keeps an earlier default, as in BuildKit.
		{"alpine:3.$KEPT", "alpine:3.1", true},
	} {
		got, resolved := f.ExpandGlobal(tc.word)
		if got != tc.want || resolved != tc.resolved {
			t.Errorf("ExpandGlobal(%q) = %q, %v; want %q, %v", tc.word, got, resolved, tc.want, tc.resolved)
		}
	}
}
