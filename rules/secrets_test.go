package rules

import (
	"reflect"
	"strings"
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

// TestSecretFragment: a name without a secret fragment is never a secret
// name, over names built from every secret word, qualifier, switch and
// key kind, in three cases, with every separator; and every secret word
// holds a fragment.
func TestSecretFragment(t *testing.T) {
	words := []string{
		"apikey", "apikeys", "auth", "credential", "credentials", "creds", "key", "keys",
		"password", "passwords", "pword", "passwd", "pass", "pwd", "passphrase",
		"secret", "secrets", "token", "secretkey", "privatekey", "accesskey", "apitoken",
		"authtoken", "accesstoken", "clientsecret",
		"file", "url", "id", "user", "enable", "no", "gpg", "public", "version",
		"db", "mysql", "root", "host", "aws", "api", "ke", "pas", "tok", "en", "y",
	}
	for _, w := range words[:25] {
		if !secretWord(w) || !secretFragment(w) {
			t.Errorf("%q: secretWord %v, secretFragment %v", w, secretWord(w), secretFragment(w))
		}
	}
	styles := []func(string) string{strings.ToLower, strings.ToUpper, func(s string) string {
		if s == "" {
			return s
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}}
	n := 0
	for _, a := range words {
		for _, b := range words {
			for _, sep := range []string{"_", "-", ".", ""} {
				for _, style := range styles {
					name := style(a) + sep + style(b)
					if !secretFragment(name) && secretNameWords(name) {
						t.Fatalf("%q: no fragment, but a secret name", name)
					}
					n++
				}
			}
		}
	}
	if !secretFragment("K\u212Aey") || !secretFragment("x_tOkEn") || secretFragment("DATABASE_HOST") {
		t.Error("secretFragment misjudges a plain case")
	}
	t.Logf("%d names", n)
}
