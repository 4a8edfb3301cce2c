package lint

import "testing"

// TestExpandGlobal: a FROM word is read as BuildKit's shell lexer reads it
// (variables from the ARGs before the first FROM, quotes and escapes).
func TestExpandGlobal(t *testing.T) {
	f := mustParse(t, "ARG TAG=3.20\nARG FREE\nFROM alpine\n")
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
	} {
		got, resolved := f.ExpandGlobal(tc.word)
		if got != tc.want || resolved != tc.resolved {
			t.Errorf("ExpandGlobal(%q) = %q, %v; want %q, %v", tc.word, got, resolved, tc.want, tc.resolved)
		}
	}
}
