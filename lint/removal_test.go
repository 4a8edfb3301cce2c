package lint

import (
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"
)

func TestRemoveCommand(t *testing.T) {
	// The command to remove is the one whose words include "TARGET";
	// "update" and "clean" calls are removable housekeeping.
	tests := []struct {
		src, want string // want "whole" when the instruction goes, "-" when no removal
	}{
		{"RUN apk upgrade TARGET\n", "whole"},
		{"RUN apk update && apk upgrade TARGET && apk clean\n", "whole"},
		{"RUN a && apk upgrade TARGET && b\n", "RUN a && b\n"},
		{"RUN a && apk upgrade TARGET\n", "RUN a\n"},
		{"RUN apk upgrade TARGET && b\n", "RUN b\n"},
		{"RUN a; apk upgrade TARGET; b\n", "RUN a; b\n"},
		{"RUN a; apk upgrade TARGET\n", "RUN a\n"},
		{"RUN a && apk upgrade TARGET; b\n", "RUN a; b\n"},
		{"RUN a \\\n    && apk upgrade TARGET \\\n    && b\n", "RUN a \\\n    && b\n"},
		{"RUN a && \\\n    apk upgrade TARGET && \\\n    b\n", "RUN a && \\\n    b\n"},
		{"RUN a && \\\n    # why\n    apk upgrade TARGET\n", "RUN a\n"},
		{"RUN --mount=type=cache,target=/var/cache/apk a && apk upgrade TARGET\n", "RUN --mount=type=cache,target=/var/cache/apk a\n"},
		{"RUN <<EOF\nset -e\na\napk upgrade TARGET\nb\nEOF\n", "RUN <<EOF\nset -e\na\nb\nEOF\n"},
		{"RUN <<EOF\na\napk upgrade TARGET\nEOF\n", "RUN <<EOF\na\nEOF\n"},
		{"RUN <<EOF\napk update\napk upgrade TARGET\nEOF\n", "whole"},
		{"RUN a || apk upgrade TARGET\n", "-"},
		{"RUN a && apk upgrade TARGET || b\n", "-"},
		{"RUN if a; then apk upgrade TARGET; fi\n", "-"},
		{"RUN apk upgrade TARGET > /dev/null && b\n", "-"},
		{"RUN (apk upgrade TARGET) && b\n", "-"},
		{"RUN a | apk upgrade TARGET\n", "-"},
		{"RUN a || b && apk upgrade TARGET\n", "RUN a || b\n"},
	}
	for _, tt := range tests {
		src := "FROM alpine\n" + tt.src
		f, err := Parse("Dockerfile", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		in := f.Instructions[1]
		sc := in.Shell(f)
		var target *syntax.CallExpr
		for _, c := range sc.Calls() {
			for _, w := range c.Args {
				if s, _ := LitWord(w); s == "TARGET" {
					target = c
				}
			}
		}
		housekeeping := func(c *syntax.CallExpr) bool {
			for _, w := range c.Args {
				if s, _ := LitWord(w); s == "update" || s == "clean" || s == "set" {
					return true
				}
			}
			return false
		}
		rm, ok := sc.RemoveCommand(target, housekeeping)
		var got string
		switch {
		case !ok:
			got = "-"
		case rm.Whole:
			got = "whole"
		default:
			got = strings.TrimPrefix(src[:rm.Range.Start]+src[rm.Range.End:], "FROM alpine\n")
		}
		if got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

// TestRemoveCommandAlone: with no other command allowed to go, the
// removal of one command keeps the rest of the script byte for byte.
func TestRemoveCommandAlone(t *testing.T) {
	for _, tc := range []struct {
		dockerfile, want string // want "" when there is no removal of the command alone
	}{
		{"RUN apk update && apk add x\n", "RUN apk add x\n"},
		{"RUN apk add a && apk update && apk add b\n", "RUN apk add a && apk add b\n"},
		{"RUN apk add a && apk update\n", "RUN apk add a\n"},
		{"RUN apk update; apk add x\n", "RUN apk add x\n"},
		{"RUN apk add x; apk update\n", "RUN apk add x\n"},
		{"RUN apk update \\\n    && apk add x\n", "RUN apk add x\n"},
		{"RUN apk add a \\\n && apk update \\\n && apk add b\n", "RUN apk add a \\\n && apk add b\n"},
		{"RUN apk update || true; apk add x\n", ""},
		{"RUN apk update | tee log && apk add x\n", ""},
		{"RUN apk update\n", ""}, // the whole RUN: Whole
		{"RUN if true; then apk update; fi; apk add x\n", ""},
	} {
		f, err := Parse("Dockerfile", []byte("FROM alpine\n"+tc.dockerfile))
		if err != nil {
			t.Fatal(err)
		}
		sc := f.Instructions[1].Shell(f)
		var call *syntax.CallExpr
		for _, pc := range sc.PackageCommands() {
			if pc.Verb == "update" {
				call = pc.Call
			}
		}
		rm, ok := sc.RemoveCommand(call, nil)
		got := ""
		if ok && !rm.Whole {
			src := string(f.Src)
			got = strings.TrimPrefix(src[:rm.Range.Start]+src[rm.Range.End:], "FROM alpine\n")
		}
		if got != tc.want {
			t.Errorf("RemoveCommand on %q:\n got %q\nwant %q", tc.dockerfile, got, tc.want)
		}
	}
}

// TestRemoveCommandKeepsComments: a comment line before the next command
// of a chain is about that command: removing the one before it would take
// the comment too, so it is refused; a comment before the last command,
// which goes, goes with it.
func TestRemoveCommandKeepsComments(t *testing.T) {
	for _, tc := range []struct {
		dockerfile string
		ok         bool
	}{
		{"RUN apk update \\\n# the tools\n    && apk add x\n", false},
		{"RUN apk add x \\\n# CVE-2024-1234\n    && apk update\n", true},
	} {
		f, err := Parse("Dockerfile", []byte("FROM alpine\n"+tc.dockerfile))
		if err != nil {
			t.Fatal(err)
		}
		sc := f.Instructions[1].Shell(f)
		var call *syntax.CallExpr
		for _, pc := range sc.PackageCommands() {
			if pc.Verb == "update" {
				call = pc.Call
			}
		}
		if _, ok := sc.RemoveCommand(call, nil); ok != tc.ok {
			t.Errorf("RemoveCommand on %q: ok=%v, want %v", tc.dockerfile, ok, tc.ok)
		}
	}
}

// TestRemoveCommandEdit: the removal as an edit of the instruction: its
// whole lines when nothing else remains, none at a heredoc's end.
func TestRemoveCommandEdit(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"RUN a && TARGET x && b\n", "RUN a && b\n"},
		{"RUN TARGET x\n", ""},
		{"RUN update && TARGET x\n", ""}, // what remains is removable
		{"RUN a || TARGET x\n", "-"},
		{"RUN <<EOF\na\nTARGET x\nEOF\n", "RUN <<EOF\na\nEOF\n"},
	} {
		src := "FROM alpine\n" + tc.src
		f := mustParse(t, src)
		in := f.Instructions[1]
		var target *syntax.CallExpr
		for _, c := range in.Shell(f).Calls() {
			if s, _ := LitWord(c.Args[0]); s == "TARGET" {
				target = c
			}
		}
		e, ok := f.RemoveCommandEdit(in, target, func(c *syntax.CallExpr) bool {
			s, _ := LitWord(c.Args[0])
			return s == "update"
		})
		got := "-"
		if ok {
			got = src[:e.Range.Start] + e.New + src[e.Range.End:]
			got = strings.TrimPrefix(got, "FROM alpine\n")
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}
