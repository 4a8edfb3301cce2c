package rules

import (
	"reflect"
	"testing"
)

// TestSecretWordsASCII: the ASCII path splits every short name over an
// alphabet of each character class exactly as the rune path does.
func TestSecretWordsASCII(t *testing.T) {
	alphabet := []byte{'a', 'B', '7', '_', '-', 'z', 'Q'}
	var gen func(name []byte, depth int)
	gen = func(name []byte, depth int) {
		want := secretWordsRunes(string(name))
		got, ok := secretWordsASCII(string(name))
		if !ok || !reflect.DeepEqual(got, want) {
			t.Fatalf("secretWordsASCII(%q) = %q, %v; rune path gives %q", name, got, ok, want)
		}
		if depth == 0 {
			return
		}
		for _, c := range alphabet {
			gen(append(name[:len(name):len(name)], c), depth-1)
		}
	}
	gen(nil, 6)
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"AWS_SECRET_ACCESS_KEY", []string{"aws", "secret", "access", "key"}},
		{"apiKey", []string{"api", "key"}},
		{"APIKey", []string{"api", "key"}},
		{"dbPass2", []string{"db", "pass2"}},
	} {
		if got := secretWords(tc.name); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("secretWords(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	if _, ok := secretWordsASCII("pässword"); ok {
		t.Error("secretWordsASCII took a non-ASCII name")
	}
}
