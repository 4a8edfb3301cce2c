package lint

import (
	"cmp"
	"testing"
)

func TestNaturalCompare(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int // its sign
	}{
		{"22.04", "20.04", 1},
		{"10", "9", 1},
		{"12", "12", 0},
		{"22.04", "22.4", 0}, // equal numbers
		{"12", "12.1", -1},
		{"CVE-2025-9230", "CVE-2025-10000", -1},
		{"CVE-2024-9", "CVE-2025-1", -1},
		{"a", "b", -1},
		{"", "1", -1},
	} {
		got := NaturalCompare(tc.a, tc.b)
		if cmp.Compare(got, 0) != tc.want || cmp.Compare(NaturalCompare(tc.b, tc.a), 0) != -tc.want {
			t.Errorf("NaturalCompare(%q, %q) = %d, want the sign %d (and the opposite swapped)", tc.a, tc.b, got, tc.want)
		}
	}
}
