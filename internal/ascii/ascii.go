// Package ascii compares strings the way strings.ToLower and
// strings.ToUpper would make them equal on ASCII: a fold that, unlike
// strings.EqualFold, does not take "ſ" for "s" or the Kelvin sign for "k".
package ascii

// EqualFold reports whether s and t are equal with ASCII letters folded;
// any other byte must match exactly.
func EqualFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		a, b := s[i], t[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
