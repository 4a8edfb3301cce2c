package exhaustive

import (
	"slices"
	"testing"
)

func TestStrings(t *testing.T) {
	var got []string
	Strings([]string{"a", "bc"}, 2, func(s string) { got = append(got, s) })
	want := []string{"", "a", "aa", "abc", "bc", "bca", "bcbc"}
	if !slices.Equal(got, want) {
		t.Errorf("Strings = %q, want %q", got, want)
	}
	n := 0
	Bytes([]byte{'x', 0xff, ' '}, 3, func(string) { n++ })
	if n != 1+3+9+27 {
		t.Errorf("Bytes over 3 bytes, length 3: %d strings, want 40", n)
	}
}
