package rules

import (
	"reflect"
	"testing"

	"github.com/dockerfix/dockerfix/internal/exhaustive"
)

// TestSecretWordsASCII: the ASCII path splits every short name over an
// alphabet of each character class exactly as the rune path does.
func TestSecretWordsASCII(t *testing.T) {
	exhaustive.Bytes([]byte{'a', 'B', '7', '_', '-', 'z', 'Q'}, 6, func(name string) {
		want := secretWordsRunes(name)
		got, ok := secretWordsASCII(name)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Fatalf("secretWordsASCII(%q) = %q, %v; rune path gives %q", name, got, ok, want)
		}
	})
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
