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
		{"RUN a; apk upgrade TARGET\n", "RUN a;\n"},
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
