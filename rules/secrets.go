package rules

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dockerfix/dockerfix/internal/ascii"
	"github.com/dockerfix/dockerfix/lint"
)

// SecretsInArgOrEnv flags ARG and ENV names that look like secrets: an ARG
// value is recorded in the image history of every RUN that sees it, an ENV
// value stays in the image config.
var SecretsInArgOrEnv = &lint.Rule{
	ID: "DF203", Name: "secret-in-arg-or-env",
	Aliases:  []string{"SecretsUsedInArgOrEnv", "DL3064", "DS-0031"},
	Title:    "Do not pass secrets through ARG or ENV",
	Severity: lint.Warning,
	Check:    checkSecrets,
}

func checkSecrets(p *lint.Pass) {
	f := p.File
	// Key fingerprints that a RUN hands to gpg (solr's SOLR_KEYS): public.
	gpgUsed := -1
	fingerprints := func(v string) bool {
		if !pgpFingerprints(v) {
			return false
		}
		if gpgUsed < 0 {
			gpgUsed = 0
			if slices.ContainsFunc(f.Instructions, func(in *lint.Instruction) bool { return in.IsRun() && in.MayCall(f, "gpg") }) {
				gpgUsed = 1
			}
		}
		return gpgUsed == 1
	}
	// Like BuildKit, only the ARGs of a stage: a global ARG only feeds FROM
	// until a stage declares it again.
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			switch in.Keyword {
			case "ARG":
				for _, d := range in.ArgDecls() {
					if !secretName(d.Name) || (d.HasDefault && (!secretValue(d.Default) || fingerprints(d.Default) || keyLocation(d.Name, d.Default))) {
						continue
					}
					p.Report(lint.Diagnostic{
						Range: d.NameRange,
						Message: fmt.Sprintf("ARG %s looks like a secret: build arguments are recorded in the image history; "+
							"use RUN --mount=type=secret,id=%s instead", d.Name, d.Name),
					})
				}
			case "ENV":
				for _, kv := range in.EnvPairs() {
					if v := secretUnquote(kv.Value); !secretName(kv.Key.Text) || !secretValue(v) || fingerprints(v) || keyLocation(kv.Key.Text, v) {
						continue
					}
					p.Report(lint.Diagnostic{
						Range: kv.Key.Range,
						Message: fmt.Sprintf("ENV %s looks like a secret: its value stays in the image config; "+
							"use RUN --mount=type=secret,id=%s instead", kv.Key.Text, kv.Key.Text),
					})
				}
			}
		}
	}
}

// secretUnquote removes one pair of outer quotes. A value is judged as
// written, not expanded: `ENV API_TOKEN=$API_TOKEN` passes a build
// argument on into the image config.
func secretUnquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// secretValue reports whether a value could be a secret: an empty value
// (ENV X= clears it), an absolute path or a file's name or relative path
// (the variable names a file, as in
// GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json or
// RESET_PASSWORD=resetPassword.sh) and a boolean (a switch such as
// ENABLE_AUTH=true) cannot. An ARG without a default is always suspect: its
// value comes from --build-arg.
func secretValue(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || (strings.HasPrefix(v, "/") && !strings.ContainsAny(v, " \t$")) || fileName(v) ||
		!strings.ContainsAny(v, " \t$:") && fileName(path.Base(v)) {
		return false
	}
	switch strings.ToLower(v) {
	case "true", "false", "yes", "no", "on", "off", "enabled", "disabled", "0", "1":
		// A switch (AUTH=0, SECRETS=1 in docker-socket-proxy's API
		// toggles), not a secret.
		return false
	}
	return true
}

// keyLocation reports a KEY variable whose value is a plain URL, the place
// a public key is fetched from (passbolt's
// PASSBOLT_SERVER_KEY="https://download.passbolt.com"). Not for other
// secret words, nor a URL with credentials, a query or a variable in it: a
// webhook's or a token's URL is itself the secret.
func keyLocation(name, v string) bool {
	words := secretWords(name)
	if len(words) == 0 || (words[len(words)-1] != "key" && words[len(words)-1] != "keys") ||
		strings.ContainsAny(v, " \t$@?") {
		return false
	}
	scheme, rest, ok := strings.Cut(v, "://")
	return ok && (scheme == "http" || scheme == "https") && rest != ""
}

// pgpFingerprints reports a value made of OpenPGP key IDs or
// fingerprints: 16 or 40 hex digits each, with or without gpg's 0x,
// separated by blanks.
func pgpFingerprints(v string) bool {
	ids := strings.Fields(v)
	for _, id := range ids {
		if (len(id) == 18 || len(id) == 42) && (id[:2] == "0x" || id[:2] == "0X") {
			id = id[2:]
		}
		if len(id) != 16 && len(id) != 40 || strings.Trim(id, "0123456789abcdefABCDEF") != "" {
			return false
		}
	}
	return len(ids) > 0
}

// fileName reports whether v is a plain file name with an extension that
// names a script, a config or key file: resetPassword.sh, server.key.
func fileName(v string) bool {
	dot := strings.LastIndexByte(v, '.')
	if dot <= 0 || strings.ContainsAny(v, " \t$/\\") {
		return false
	}
	switch strings.ToLower(v[dot+1:]) {
	case "sh", "bash", "py", "rb", "pl", "js", "ps1", "expect", "rsp",
		"json", "yaml", "yml", "xml", "toml", "ini", "conf", "cfg", "properties", "txt",
		"pem", "key", "crt", "cer", "p12", "pfx", "jks", "keystore", "gpg", "asc":
		return true
	}
	return false
}

// secretName reports whether a variable name looks like it holds a
// secret. It follows BuildKit's SecretsUsedInArgOrEnv: the name, split
// into words at '_' (and here also at other punctuation and camelCase),
// contains a secret word (key, token, password, secret, auth, credential…)
// and no PUBLIC or VERSION. On top of that, to avoid BuildKit's known false
// positives, a secret word does not count when
//   - a word after it says the variable is about the secret, not the secret
//     itself: PASSWORD_FILE, TOKEN_URL, SSH_AUTH_SOCK, AWS_ACCESS_KEY_ID;
//   - KEY is a public or non-secret key: GPG_KEY (the fingerprint the
//     official images verify downloads with), APT_KEY_DONT_WARN…, CACHE_KEY;
//   - a switch precedes it: ENABLE_AUTH, NO_AUTH, USE_TOKEN.
func secretName(name string) bool {
	return secretFragment(name) && secretNameWords(name)
}

// secretNameWords is secretName without the secretFragment shortcut.
func secretNameWords(name string) bool {
	words := secretWords(name)
	for _, w := range words {
		if w == "public" || w == "version" {
			return false
		}
	}
	last := len(words) - 1
	for i, w := range words {
		if !secretWord(w) {
			continue
		}
		switch {
		case (w == "pass" || w == "pwd") && (i != last || last == 0):
			// DB_PASS, MYSQL_PWD; but PWD is the working directory and
			// PASS_THROUGH no password.
			continue
		case (w == "key" || w == "keys") && i > 0 && nonSecretKeyKind(words[i-1]),
			(w == "key" || w == "keys") && slices.ContainsFunc(words[:i], isPGPWord):
			// GPG_KEY, and GPG_COUCH_KEY: a release-signing fingerprint.
			continue
		case i > 0 && secretSwitch(words[i-1]):
			continue
		}
		qualified := false
		for _, after := range words[i+1:] {
			if secretQualifier(after) {
				qualified = true
				break
			}
		}
		if !qualified {
			return true
		}
	}
	return false
}

// secretFragment reports whether an ASCII name holds, in any case, one of
// key, auth, cred, pass, pword, pwd, secret and token, of which every
// secret word (secretWord) holds one: without one, secretName need not
// split the name, and most names have none. A name with other bytes may
// fold into one (the Kelvin sign is a k to strings.ToLower), so it always
// counts.
func secretFragment(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return true
		}
	}
	at := func(i int, frag string) bool {
		return len(name)-i >= len(frag) && ascii.EqualFold(name[i:i+len(frag)], frag)
	}
	for i := 0; i < len(name); i++ {
		var found bool
		switch name[i] | 0x20 {
		case 'k':
			found = at(i, "key")
		case 'a':
			found = at(i, "auth")
		case 'c':
			found = at(i, "cred")
		case 'p':
			found = at(i, "pass") || at(i, "pword") || at(i, "pwd")
		case 's':
			found = at(i, "secret")
		case 't':
			found = at(i, "token")
		}
		if found {
			return true
		}
	}
	return false
}

// secretWords splits a name into lower-case words at non-alphanumerics,
// at lower-to-upper case changes (apiKey) and before the last capital of
// a run of capitals followed by a lower-case letter (APIKey).
func secretWords(name string) []string {
	if words, ok := secretWordsASCII(name); ok {
		return words
	}
	return secretWordsRunes(name)
}

func secretWordsRunes(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if i > 0 && unicode.IsUpper(r) {
			prev := rs[i-1]
			if unicode.IsLower(prev) || (unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// secretWordsASCII is secretWords for an ASCII name, the common case, with
// the words sliced from one lower-case copy instead of built rune by rune.
func secretWordsASCII(name string) ([]string, bool) {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return nil, false
		}
	}
	isUpper := func(c byte) bool { return 'A' <= c && c <= 'Z' }
	isLower := func(c byte) bool { return 'a' <= c && c <= 'z' }
	lower := strings.ToLower(name)
	var words []string
	start := -1
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !isUpper(c) && !isLower(c) && !('0' <= c && c <= '9') {
			if start >= 0 {
				words, start = append(words, lower[start:i]), -1
			}
			continue
		}
		if start >= 0 && isUpper(c) {
			prev := name[i-1]
			if isLower(prev) || (isUpper(prev) && i+1 < len(name) && isLower(name[i+1])) {
				words, start = append(words, lower[start:i]), -1
			}
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, lower[start:])
	}
	return words, true
}

// secretWord is BuildKit's list of secret tokens, some plural forms, and a
// few more common ones. TOKENS is left out: NGINX_SERVER_TOKENS=off. Each
// holds a secretFragment (a new one must too: TestSecretFragment).
func secretWord(w string) bool {
	switch w {
	case "apikey", "apikeys", "auth", "credential", "credentials", "creds", "key", "keys",
		"password", "passwords", "pword", "passwd", "pass", "pwd", "passphrase",
		"secret", "secrets", "token",
		"secretkey", "privatekey", "accesskey", "apitoken", "authtoken", "accesstoken", "clientsecret":
		return true
	}
	return false
}

// secretQualifier is a word that, after a secret word, makes the variable
// describe the secret (where it is, what kind, how long) rather than hold it.
func secretQualifier(w string) bool {
	switch w {
	case "file", "files", "path", "paths", "dir", "directory", "location", "mount",
		"url", "urls", "uri", "uris", "host", "hostname", "port", "endpoint", "server", "servers",
		"sock", "socket", "name", "names", "id", "ids", "type", "kind", "format", "algorithm", "alg",
		"header", "prefix", "suffix", "length", "len", "size", "bits",
		"ttl", "expiry", "expires", "expiration", "lifetime", "timeout", "interval",
		"method", "mode", "provider", "service", "region", "issuer", "audience", "scope", "scopes",
		"helper", "store", "policy", "rotation", "enabled", "enable", "disabled", "disable", "required",
		"user", "username", "login", "realm", "domain", "backend", "plugin", "fingerprint",
		"validity", "duration", "age", "time", "count", "limit", "role", "roles":
		return true
	}
	return false
}

// nonSecretKeyKind is a word before KEY that makes it a public or
// non-secret key.
func nonSecretKeyKind(w string) bool {
	switch w {
	case "public", "pub", "gpg", "pgp", "gnupg", "apt", "authorized", "trusted",
		"cache", "sort", "partition", "primary", "foreign":
		return true
	}
	return false
}

// isPGPWord reports the words that make a key a PGP key, whose
// fingerprint is public.
func isPGPWord(w string) bool { return w == "gpg" || w == "pgp" || w == "gnupg" }

// secretSwitch is a word before a secret word that makes the variable a
// switch: ENABLE_AUTH, NO_AUTH.
func secretSwitch(w string) bool {
	switch w {
	case "enable", "disable", "use", "require", "no", "skip", "allow", "with", "without":
		return true
	}
	return false
}
