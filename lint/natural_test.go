package lint

import "testing"

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
		if sign(got) != tc.want || sign(NaturalCompare(tc.b, tc.a)) != -tc.want {
			t.Errorf("NaturalCompare(%q, %q) = %d, want the sign %d (and the opposite swapped)", tc.a, tc.b, got, tc.want)
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
