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
