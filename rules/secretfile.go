package rules

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// SecretFileInImage flags COPY and ADD of files that hold credentials:
// private keys, .npmrc and .pypirc with tokens, .env files, git and netrc
// credentials. A layer keeps them even when a later RUN deletes them. It
// also flags COPY . . (or any directory) when the build context holds such
// a file that .dockerignore does not exclude, reading the context's names
// only. Secrets belong in RUN --mount=type=secret.
var SecretFileInImage = &lint.Rule{
	ID: "DF508", Name: "secret-file-in-image",
	Title:    "Do not copy credentials into the image",
	Severity: lint.Warning,
	Check:    checkSecretFiles,
}

// secretContentLimit bounds what is read of a file whose name alone does
// not tell whether it holds a secret (.npmrc, *.pem).
const secretContentLimit = 64 << 10

func checkSecretFiles(p *lint.Pass) {
	f := p.File
	var ctx secretContext
	for _, in := range f.Instructions {
		cp, ok := in.Copy()
		if !ok || cp.From != "" || in.Stage == nil {
			continue
		}
		for _, w := range cp.Sources {
			if strings.HasPrefix(w.Text, "<<") || plainFileSource(w.Text) {
				continue // a heredoc, or a file no secret is named like
			}
			src, known := f.VarsAt(in).Expand(w.Text)
			if !known || lint.IsRemoteSource(src) {
				continue
			}
			src = strings.TrimPrefix(path.Clean("/"+src), "/") // "" is the context's root
			found := ctx.secretsIn(p, src)
			if len(found) == 0 {
				continue
			}
			d := lint.Diagnostic{Range: w.Range, Message: secretMessage(in.Keyword, src, found, ctx.ignore.Name)}
			if !f.InFinalImage(in.Stage) {
				d.Severity = lint.Info
				d.Message += " (in a build stage the final image does not contain, but in its layers and cache)"
			}
			p.Report(d)
		}
	}
}

// plainFileSource reports a COPY source written as a file whose name
// says it holds no credential and that is no directory either (it has an
// extension): package.json, src/app.py, "src/App.csproj". Most sources are
// such, and are let go without expanding or listing anything.
func plainFileSource(text string) bool {
	if len(text) > 2 && (text[0] == '"' || text[0] == '\'') && text[len(text)-1] == text[0] {
		text = text[1 : len(text)-1] // quotes around the whole word change no name
	}
	if strings.ContainsAny(text, "'\"*?[") || strings.HasSuffix(text, "/") {
		return false
	}
	base := text[strings.LastIndexByte(text, '/')+1:]
	dot := strings.LastIndexByte(base, '.')
	// A variable before the extension (app-${V}.tgz) cannot make it a
	// credential's name: secretCandidate judges names by their extension
	// or as a whole.
	return dot > 0 && base[0] != '.' && base[0] != '$' && !strings.ContainsAny(base[dot:], "${}") &&
		(!mayBeSecretName(base) || secretCandidate(base) == "")
}

// secretFound is a file of the context that holds a credential.
type secretFound struct {
	path, what string
}

func secretMessage(keyword, src string, found []secretFound, ignoreName string) string {
	first := found[0]
	if src == first.path {
		return fmt.Sprintf("%s copies %s, %s, into the image, whose layers keep it; pass it to the RUN that needs it with RUN --mount=type=secret",
			keyword, first.path, first.what)
	}
	what := src
	if what == "" {
		what = "."
	}
	more := ""
	if len(found) > 1 {
		more = fmt.Sprintf(" and %d more", len(found)-1)
	}
	exclude := "add it to .dockerignore"
	if ignoreName != "" {
		exclude = "exclude it in " + ignoreName
	}
	return fmt.Sprintf("%s %s copies %s (%s)%s into the image, whose layers keep it; %s and pass it with RUN --mount=type=secret",
		keyword, what, first.path, first.what, more, exclude)
}

// secretContext is what the rule knows of the build context, read on first
// need: its .dockerignore and the names of its files.
type secretContext struct {
	read     bool
	ignore   *lint.Dockerignore
	listing  *lint.ContextListing // nil: the context cannot be listed
	contents map[string]string
}

func (c *secretContext) load(p *lint.Pass) {
	if c.read {
		return
	}
	c.read = true
	c.listing = lint.ListContext(p.File, p.Env)
	c.contents = map[string]string{}
}

// excludes reports whether .dockerignore leaves name out of the context;
// the file is read on first need: most Dockerfiles copy no credential.
func (c *secretContext) excludes(p *lint.Pass, name string) bool {
	if c.ignore == nil {
		c.ignore = lint.ReadDockerignore(p.File, p.Env)
	}
	return c.ignore.Excludes(name)
}

// names are the context's files, sorted.
func (c *secretContext) names() []string {
	if c.listing == nil {
		return nil
	}
	return c.listing.Names
}

// secretNames are the context's files that may hold a credential
// (secretCandidate), in order: a view of the listing, so that the
// Dockerfiles of a directory share the one pass over its names.
func (c *secretContext) secretNames() []string {
	if c.listing == nil {
		return nil
	}
	return c.listing.View("DF508 secret candidates", func(names []string) any {
		var out []string
		for _, n := range names {
			if base := n[strings.LastIndexByte(n, '/')+1:]; mayBeSecretName(base) && secretCandidate(base) != "" {
				out = append(out, n)
			}
		}
		return out
	}).([]string)
}

// secretsIn lists the credentials a COPY source takes from the context:
// the file itself, or the files under it (a directory, the root), or
// those a glob matches; .dockerignore's exclusions left out.
func (c *secretContext) secretsIn(p *lint.Pass, src string) []secretFound {
	base := path.Base(src)
	glob := strings.ContainsAny(src, "*?[")
	// Most sources are neither secrets by name nor directories: decide
	// those without touching the context.
	if !glob && src != "" && secretCandidate(base) == "" && strings.Contains(base, ".") && !strings.HasPrefix(base, ".") {
		return nil
	}
	c.load(p)
	var found []secretFound
	consider := func(name string) {
		if what := c.secretKind(p, name); what != "" && !c.excludes(p, name) {
			found = append(found, secretFound{name, what})
		}
	}
	// A directory or glob also takes the project's test fixtures: a key
	// under testdata/ (terraform's ca.key) tests TLS, it opens nothing.
	considerTaken := func(name string) {
		if !inTestFixtures(name) {
			consider(name)
		}
	}
	switch {
	case glob:
		for _, n := range c.secretNames() {
			if ok, _ := path.Match(src, n); ok {
				considerTaken(n)
			}
		}
	case src == "":
		for _, n := range c.secretNames() {
			considerTaken(n)
		}
	default:
		consider(src)
		if len(found) > 0 {
			return found
		}
		// The names are sorted: those under src/ are one run of them.
		dir := src + "/"
		names := c.names()
		for i := sort.SearchStrings(names, dir); i < len(names) && strings.HasPrefix(names[i], dir); i++ {
			if n := names[i]; secretCandidate(n[strings.LastIndexByte(n, '/')+1:]) != "" {
				considerTaken(n)
			}
		}
	}
	return found
}

// inTestFixtures reports a context file in a directory of test data,
// tests or examples (testdata, test, tests, spec, fixtures, __tests__,
// examples …), or named as test or sample material (github_test.pem,
// test-key.pem, dummy.key, ssl-cert-snakeoil.key).
func inTestFixtures(name string) bool {
	base := strings.ToLower(path.Base(name))
	stem := strings.TrimSuffix(base, path.Ext(base))
	for _, s := range []string{"_test", "-test", ".test"} {
		if strings.HasSuffix(stem, s) {
			return true
		}
	}
	for _, s := range []string{"test_", "test-", "fake", "dummy", "example", "sample"} {
		if strings.HasPrefix(stem, s) {
			return true
		}
	}
	if strings.Contains(stem, "snakeoil") { // Debian's self-signed placeholder
		return true
	}
	dirs := strings.Split(name, "/")
	for _, d := range dirs[:len(dirs)-1] {
		switch strings.ToLower(d) {
		case "testdata", "_testdata", "test", "tests", "__tests__", "spec", "fixtures", "__fixtures__", "test-fixtures", "testfixtures", "test_fixtures",
			"test_data", "test-data", "test_resources", "test-resources", "testresources",
			"example", "examples": // sample material: documenso's example/cert.p12
			return true
		}
	}
	return false
}

// secretKind says what credential the context file name holds; "" when
// none. Names that do not tell alone (.npmrc, .pypirc, *.pem) are read,
// up to secretContentLimit.
func (c *secretContext) secretKind(p *lint.Pass, name string) string {
	what := secretCandidate(path.Base(name))
	if what == "credentials" {
		if name != ".aws/credentials" && !strings.HasSuffix(name, "/.aws/credentials") {
			return ""
		}
		what = "AWS credentials"
	}
	switch what {
	case "", "AWS credentials", "a private SSH key", "a key store", "git credentials", "netrc login passwords":
		return what
	case "an environment file, where secrets usually live":
		// Read when it can be: one that sets nothing a secret goes by
		// (concourse's .env: DOCKERFILE=Dockerfile) holds none.
		if content, ok := c.content(p, name); ok && !envHasSecret(content) {
			return ""
		}
		return what
	}
	content, ok := c.content(p, name)
	if !ok {
		if what == "pem" && privateKeyName(path.Base(name)) {
			return "a private key, by its name"
		}
		return ""
	}
	switch what {
	case "npmrc":
		if npmToken.MatchString(content) {
			return "an .npmrc with a registry token"
		}
	case "pypirc":
		if pypircPassword.MatchString(content) {
			return "a .pypirc with an index password"
		}
	case "pem":
		if strings.Contains(content, "PRIVATE KEY-----") {
			return "a private key"
		}
	}
	return ""
}

func (c *secretContext) content(p *lint.Pass, name string) (string, bool) {
	if s, ok := c.contents[name]; ok {
		return s, true
	}
	ctx := p.Context()
	if ctx == nil {
		return "", false
	}
	b, err := ctx.ReadFile(name)
	if err != nil {
		return "", false
	}
	if len(b) > secretContentLimit {
		b = b[:secretContentLimit]
	}
	c.contents[name] = string(bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF}))
	return c.contents[name], true
}

// An .npmrc token or password with a literal value (not ${NPM_TOKEN},
// which npm reads from the environment at install time).
var npmToken = regexp.MustCompile(`(?m)^\s*[^#;\s]*(_authToken|_auth|_password)\s*=\s*[^\s$"']`)

// A .pypirc password with a literal value.
var pypircPassword = regexp.MustCompile(`(?m)^\s*password\s*[=:]\s*[^\s$%]`)

// mayBeSecretName is false for a name secretCandidate has nothing to say
// about, told by its first byte and extension alone: a context's listing
// holds thousands of names, nearly all of them that.
func mayBeSecretName(base string) bool {
	if base == "" {
		return false
	}
	switch base[0] {
	case '.', '_', 'c', 'C', 'i', 'I':
		return true
	}
	i := strings.LastIndexByte(base, '.')
	if i < 0 {
		return false
	}
	switch ext := base[i+1:]; len(ext) {
	case 3:
		return strings.EqualFold(ext, "key") || strings.EqualFold(ext, "pem") || strings.EqualFold(ext, "p12") ||
			strings.EqualFold(ext, "pfx") || strings.EqualFold(ext, "jks")
	case 8:
		return strings.EqualFold(ext, "keystore")
	}
	return false
}

// secretCandidate sorts a file name: what credential it holds by its name
// alone, or "npmrc", "pypirc", "pem" for names whose content decides; ""
// for any other name.
func secretCandidate(base string) string {
	// Most names are none of these: tell them without allocating.
	switch ext := path.Ext(base); {
	case base == "":
		return ""
	case base[0] == '.', strings.EqualFold(base, "_netrc"), strings.EqualFold(base, "credentials"),
		len(base) > 3 && strings.EqualFold(base[:3], "id_"):
	case len(ext) < 4 || len(ext) > 9:
		return ""
	case !strings.EqualFold(ext, ".key") && !strings.EqualFold(ext, ".pem") && !strings.EqualFold(ext, ".p12") &&
		!strings.EqualFold(ext, ".pfx") && !strings.EqualFold(ext, ".jks") && !strings.EqualFold(ext, ".keystore"):
		return ""
	}
	lower := strings.ToLower(base)
	switch lower {
	case "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk":
		return "a private SSH key"
	case ".git-credentials":
		return "git credentials"
	case ".netrc", "_netrc":
		return "netrc login passwords"
	case ".npmrc":
		return "npmrc"
	case ".pypirc":
		return "pypirc"
	case "credentials":
		return "credentials" // AWS's only under .aws/: secretKind decides
	}
	if lower == ".env" || strings.HasPrefix(lower, ".env.") && !envTemplate(lower[len(".env."):]) {
		return "an environment file, where secrets usually live"
	}
	switch path.Ext(lower) {
	case ".key", ".pem":
		return "pem" // a public key or certificate as often as a private key
	case ".p12", ".pfx", ".jks", ".keystore":
		return "a key store"
	}
	return ""
}

// privateKeyName reports a .key or .pem name that says it is private
// (privkey.pem, tls.key, server-key.pem), for when its content cannot be
// read; one that says it is public (repo.gpg.key, pubkey.pem) is not.
func privateKeyName(base string) bool {
	lower := strings.ToLower(base)
	for _, public := range []string{"pub", "gpg", "asc", "sign", "repo", "cert", "crt", "chain", "ca."} {
		if strings.Contains(lower, public) {
			return false
		}
	}
	for _, private := range []string{"priv", "tls", "ssl", "server", "client", "secret"} {
		if strings.Contains(lower, private) {
			return true
		}
	}
	return lower == "key.pem" || lower == "key.key"
}

// envSecretKey matches the names secrets go by in an environment file:
// DB_PASSWORD, API_KEY, GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, SENTRY_DSN.
var envSecretKey = regexp.MustCompile(`(?i)(pass|pwd|secret|token|key|auth|cred|private|salt|cert|dsn|cookie|session|signing|webhook)`)

// envCredentialURL matches a URL with a password in it
// (DATABASE_URL=postgres://app:s3cret@db/app).
var envCredentialURL = regexp.MustCompile(`://[^/\s:@]+:[^/\s@]+@`)

// envHasSecret reports whether an environment file sets a variable whose
// name says it holds a secret, or a value that carries a password in a
// URL. A variable set to nothing, or to a reference (${X}), holds none.
func envHasSecret(content string) bool {
	for _, line := range strings.Split(content, "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "export "))
		key, value, ok := strings.Cut(line, "=")
		if !ok || strings.HasPrefix(key, "#") {
			continue
		}
		value = strings.Trim(strings.TrimSpace(value), `"'`)
		if value == "" || strings.HasPrefix(value, "${") && strings.HasSuffix(value, "}") {
			continue
		}
		if envSecretKey.MatchString(key) || envCredentialURL.MatchString(value) {
			return true
		}
	}
	return false
}

// envTemplate reports the suffixes of .env files committed as examples:
// .env.example, .env.development.example, .env.development-example.
func envTemplate(suffix string) bool {
	template := false
	for part := range strings.FieldsFuncSeq(suffix, func(r rune) bool { return r == '.' || r == '-' || r == '_' }) {
		switch part {
		case "example", "examples", "sample", "template", "tmpl", "tpl", "dist", "default", "defaults", "schema",
			"test", "testing", "ci", // a test or CI run's settings (.env.test, .env.dusk.ci)
			"license": // REUSE's license annotation of .env, not an env file
			template = true
		case "secret", "secrets":
			return false // .env.ci-secrets says what it holds
		}
	}
	return template
}
