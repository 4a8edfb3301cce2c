package lint

import (
	"testing"

	"mvdan.cc/sh/v3/syntax"
)

func TestFailureIgnored(t *testing.T) {
	for _, tc := range []struct {
		shell  string // a SHELL line before the RUN, or ""
		script string // the target is the call of "target"
		want   bool   // ignored
	}{
		{"", "target", false},
		{"", "target && b", false},
		{"", "a && target", false},
		{"", "target; b", true},
		{"", "<<EOF\ntarget\nb\nEOF", true}, // a heredoc
		{"", "<<EOF\nset -e\ntarget\nb\nEOF", false},
		{"", "<<EOF\n#!/bin/sh -e\ntarget\nb\nEOF", false},
		{"", "<<EOF\n#!/usr/bin/env bash\ntarget\nb\nEOF", true},
		{`SHELL ["/bin/bash", "-e", "-c"]`, "<<EOF\n#!/bin/sh\ntarget\nb\nEOF", true}, // the shebang's program runs it
		{"", "set -e; target; b", false},
		{"", "set -eux; target; b", false},
		{"", "set -o errexit; target; b", false},
		{"", "set -o pipefail; target; b", true},
		{"", "set -e; set +e; target; b", true},
		{"", "set -e; target && b; c", true}, // set -e skips the left of &&
		{"", "set -e; a && target; c", false},
		{"", "target || true", true},
		{"", "target || :", true},
		{"", "target || exit 1", false},
		{"", "target || exit", false},
		{"", "target || exit 0", true},
		{"", "target || { echo failed; exit 1; }", false},
		{"", "target || false", false},
		{"", "target || false; b", true},
		{"", "target | tee log", true},
		{"", "a | target", false},
		{"", "set -o pipefail; target | tee log", false},
		{"", "set -o pipefail; target | tee log; b", true},
		{"", "set -eo pipefail; target | tee log; b", false},
		{"", "! target", true},
		{"", "target &", true},
		{"", "if target; then b; fi", true},
		{"", "if a; then target; fi", false},
		{"", "if a; then b; else target; fi", false},
		{"", "if a; then target; fi; b", true},
		{"", "while target; do b; done", true},
		{"", "for x in a b; do target; done", true},
		{"", "set -e; for x in a b; do target; done; c", false},
		{"", "{ a; target; }", false},
		{"", "{ target; a; }", true},
		{"", "(set -e; target; a)", false},
		{"", "(set -e; target; a); b", true},
		{"", "set -e; (target; a); b", false}, // the subshell inherits -e
		{"", "set -e; (set -e; target; a); b", false},
		{"", "(set -e); target; b", true}, // the subshell's set -e stays there
		{"", "case x in x) target ;; esac", false},
		{"", "f() { target; }; f", true},
		{"", "echo $(target)", true},
		{"", "time target", false},
		{`SHELL ["/bin/bash", "-e", "-c"]`, "target; b", false},
		{`SHELL ["/bin/bash", "-euxo", "pipefail", "-c"]`, "target | tee log; b", false},
		{`SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, "target | tee log", false},
		{`SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, "target; b", true},
		{`SHELL ["/bin/sh", "-c"]`, "target; b", true},
	} {
		src := "FROM debian\n"
		if tc.shell != "" {
			src += tc.shell + "\n"
		}
		src += "RUN " + tc.script + "\n"
		f, err := Parse("Dockerfile", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		in := f.Instructions[len(f.Instructions)-1]
		sc := in.Shell(f)
		var target *syntax.CallExpr
		syntax.Walk(sc.File, func(n syntax.Node) bool {
			if c, ok := n.(*syntax.CallExpr); ok && len(c.Args) > 0 {
				if s, _ := LitWord(c.Args[0]); s == "target" {
					target = c
				}
			}
			return true
		})
		if target == nil {
			t.Fatalf("%q: no target", tc.script)
		}
		why, got := f.FailureIgnored(in, sc, target)
		if got != tc.want {
			t.Errorf("%s %q: ignored = %v (%s), want %v", tc.shell, tc.script, got, why, tc.want)
		}
		if got && why == "" {
			t.Errorf("%q: ignored without a reason", tc.script)
		}
	}
}

func TestShellOptions(t *testing.T) {
	for _, tc := range []struct {
		words             []string
		errexit, pipefail bool
		wantErr, wantPipe bool
	}{
		{[]string{"-e"}, false, false, true, false},
		{[]string{"-euxo", "pipefail"}, false, false, true, true},
		{[]string{"-o", "errexit"}, false, false, true, false},
		{[]string{"+e"}, true, true, false, true},
		{[]string{"+o", "pipefail"}, true, true, true, false},
		{[]string{"-c", "-e"}, false, false, false, false}, // the script follows -c
		{[]string{"--", "-e"}, false, false, false, false},
		{[]string{"-o", "pipefail", "-c"}, false, false, false, true},
		{[]string{"--login", "-x"}, false, false, false, false},
	} {
		e, p := ShellOptions(tc.words, tc.errexit, tc.pipefail)
		if e != tc.wantErr || p != tc.wantPipe {
			t.Errorf("ShellOptions(%q, %v, %v) = %v, %v; want %v, %v", tc.words, tc.errexit, tc.pipefail, e, p, tc.wantErr, tc.wantPipe)
		}
	}
}
