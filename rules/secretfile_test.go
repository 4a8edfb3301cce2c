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

func TestSecretCandidateEnvFiles(t *testing.T) {
	const env = "an environment file, where secrets usually live"
	for base, want := range map[string]string{
		".env":                     env,
		".env.production":          env,
		".env.local":               env,
		".ENV":                     env,
		".env.example":             "",
		".env.development.example": "", // coolify's
		".env.development-example": "", // pocket-id's
		".env.local_sample":        "",
		".env.ci-secrets":          env,
		".env.local.example":       "",
		".env.sample":              "",
		".env.dist":                "",
		".env.production.tpl":      "",
		".environment":             "",
		"app.env":                  "",
		".env.license":             "", // hedgedoc's REUSE annotation
		".env.test":                "",
		".env.testing":             "",
		".env.dusk.ci":             "", // coolify's Laravel Dusk settings
	} {
		if got := secretCandidate(base); got != want {
			t.Errorf("secretCandidate(%q) = %q, want %q", base, got, want)
		}
	}
}

func TestEnvHasSecret(t *testing.T) {
	for _, tc := range []struct {
		content string
		want    bool
	}{
		{"DOCKERFILE=Dockerfile\n", false},
		{"# API_KEY=abc\nPORT=80\n", false},
		{"DB_PASSWORD=\nTOKEN=${TOKEN}\n", false},
		{"export GITHUB_TOKEN=ghp_x\n", true},
		{"SECRET_KEY_BASE=\"abc\"\n", true},
		{"AWS_SECRET_ACCESS_KEY=x\n", true},
		{"SENTRY_DSN=https://k@o.ingest.sentry.io/1\n", true},
		{"DATABASE_URL=postgres://app:hunter2@db/app\n", true},
		{"DATABASE_URL=postgres://db/app\n", false},
		{"", false},
	} {
		if got := envHasSecret(tc.content); got != tc.want {
			t.Errorf("envHasSecret(%q) = %v, want %v", tc.content, got, tc.want)
		}
	}
}

func TestInTestFixtures(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"testdata/server.key", true},
		{"runtime/template/v2/_testdata/root-ca.key", true},
		{"internal/configuration/test_resources/crypto/rsa.pem", true},
		{"generators/v1/github/github_test.pem", true},
		{"certs/test-key.pem", true},
		{"certs/dummy.key", true},
		{"etc/ssl/private/ssl-cert-snakeoil.key", true},
		{"certs/server.key", false},
		{"deploy/prod.key", false},
		{"keys/id_ed25519", false},
		{"attest/contest.pem", false}, // "test" inside a word says nothing
	} {
		if got := inTestFixtures(tc.name); got != tc.want {
			t.Errorf("inTestFixtures(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
