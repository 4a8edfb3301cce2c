package rules

import "testing"

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
