package rules

import "testing"

func TestPlainFileSource(t *testing.T) {
	for text, want := range map[string]bool{
		"package.json":           true,
		"src/app.py":             true,
		`"src/App.csproj"`:       true, // quotes around the word change no name
		"'app.jar'":              true,
		"app-${VERSION}.tgz":     true, // a variable before the extension
		"app.${EXT}":             false,
		"${JAR_FILE}":            false,
		".env":                   false,
		`".env"`:                 false,
		"server.key":             false, // a credential's extension
		`"certs/server.pem"`:     false,
		"src":                    false, // may be a directory
		"src/":                   false,
		"*.json":                 false,
		`"a"b.json`:              false,
		`"`:                      false,
		"id_rsa":                 false,
		"config/credentials.yml": true,
	} {
		if got := plainFileSource(text); got != want {
			t.Errorf("plainFileSource(%s) = %v, want %v", text, got, want)
		}
	}
}
