package rules

import (
	"strings"
	"testing"

	"mvdan.cc/sh/v3/syntax"
)

func TestPortableUserName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"app", true},
		{"svc-user_1.2", true},
		{"Jenkins", true},
		{"", false},
		{" root", false},
		{"a b", false},
		{"$USER", false},
		{"-x", false},
		{"1000", false},
		{"1000a", true},
		{"user:group", false},
		{"ünïcode", false},
		{"abcdefghijklmnopqrstuvwxyz012345", true},
		{"abcdefghijklmnopqrstuvwxyz0123456", false},
	} {
		if got := portableUserName(tc.name); got != tc.want {
			t.Errorf("portableUserName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestTakesValue(t *testing.T) {
	for _, tc := range []struct {
		opt  string
		want bool
	}{
		{"-s", true},
		{"-D", false},
		{"-Ds", true},        // busybox: -D, then -s with the next word
		{"-sD", false},       // -s with "D" attached
		{"-s/bin/sh", false}, // value attached
		{"-DS", false},
		{"--shell", true},
		{"--shell=/bin/sh", false},
		{"--system", false},
	} {
		if got := takesValue(tc.opt); got != tc.want {
			t.Errorf("takesValue(%q) = %v, want %v", tc.opt, got, tc.want)
		}
	}
}

func TestUnderCondition(t *testing.T) {
	for _, tc := range []struct {
		script string
		want   bool
	}{
		{"useradd app", false},
		{"groupadd g && useradd app", false},
		{"useradd app || true", false},
		{"id app || useradd app", true},
		{"if [ \"$UID\" != 0 ]; then useradd app; fi", true},
		{"for u in a; do useradd app; done", true},
		{"while false; do useradd app; done", true},
		{"case $X in a) useradd app ;; esac", true},
		{"echo $(useradd app)", false},
	} {
		file, err := syntax.NewParser().Parse(strings.NewReader(tc.script), "")
		if err != nil {
			t.Fatal(err)
		}
		var call *syntax.CallExpr
		syntax.Walk(file, func(n syntax.Node) bool {
			if c, ok := n.(*syntax.CallExpr); ok && len(c.Args) > 0 && c.Args[0].Lit() == "useradd" {
				call = c
			}
			return true
		})
		if call == nil {
			t.Fatalf("%q: no useradd call", tc.script)
		}
		if got := underCondition(file, call); got != tc.want {
			t.Errorf("underCondition(%q) = %v, want %v", tc.script, got, tc.want)
		}
	}
}
