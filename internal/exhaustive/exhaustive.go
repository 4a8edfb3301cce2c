// Package exhaustive enumerates small inputs for tests that compare a fast
// implementation with a reference on every short string over an alphabet.
package exhaustive

// Strings calls fn with every concatenation of at most maxPieces pieces of
// alphabet, the empty string first, shorter ones before their extensions.
// fn may keep the string.
func Strings(alphabet []string, maxPieces int, fn func(s string)) {
	var gen func(s string, depth int)
	gen = func(s string, depth int) {
		fn(s)
		if depth == 0 {
			return
		}
		for _, p := range alphabet {
			gen(s+p, depth-1)
		}
	}
	gen("", maxPieces)
}

// Bytes is Strings over single bytes.
func Bytes(alphabet []byte, maxLen int, fn func(s string)) {
	pieces := make([]string, len(alphabet))
	for i, c := range alphabet {
		pieces[i] = string([]byte{c})
	}
	Strings(pieces, maxLen, fn)
}
