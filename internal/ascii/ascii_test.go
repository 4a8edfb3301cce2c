package ascii

import "testing"

func TestEqualFold(t *testing.T) {
	for _, tc := range []struct {
		s, t string
		want bool
	}{
		{"true", "true", true},
		{"TrUe", "true", true},
		{"FALSE", "false", true},
		{"falſe", "false", false},
		{"tru", "true", false},
		{"t@ue", "t`ue", false}, // '@' and '`' differ by 0x20 but are not letters
		{"", "", true},
	} {
		if got := EqualFold(tc.s, tc.t); got != tc.want {
			t.Errorf("EqualFold(%q, %q) = %v, want %v", tc.s, tc.t, got, tc.want)
		}
	}
}
