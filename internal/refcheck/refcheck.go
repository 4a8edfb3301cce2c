// Package refcheck tells whether BuildKit accepts an image reference: the
// verdict of distribution/reference's ParseNormalizedNamed, which BuildKit
// applies to every FROM, without that package. Its regular expressions
// are compiled when a program starts, 0.6 ms and 400 KB before dockerfix
// lints anything; here the same grammar is read with byte loops, and the
// tests require the same verdict as upstream on every input they try.
package refcheck

import "strings"

// Valid reports whether ParseNormalizedNamed accepts s: a name with an
// optional registry host and port, an optional tag and an optional digest
// (sha256, sha384 or sha512), lower case except the host. It allocates
// nothing: a rule asks it of every FROM.
func Valid(s string) bool {
	if isHex(s, 64) {
		return false // a bare image ID is refused
	}
	domain, remainder, library := splitDockerDomain(s)
	remote := remainder
	if i := strings.IndexByte(remainder, ':'); i >= 0 {
		remote = remainder[:i]
	}
	if hasUpper(remote) {
		return false
	}
	return parse(domain, remainder, library)
}

// splitDockerDomain is upstream's: the first path element is a host when
// it is localhost, has a dot or a colon, or is not lower case; a name on
// Docker Hub without a slash gets library/ (library reports it, rather
// than the string being built).
func splitDockerDomain(name string) (domain, remainder string, library bool) {
	const defaultDomain = "docker.io"
	first, rest, ok := strings.Cut(name, "/")
	switch {
	case !ok:
		return defaultDomain, name, true
	case first == "localhost":
		domain, remainder = first, rest
	case first == "index.docker.io":
		domain, remainder = defaultDomain, rest
	case strings.ContainsAny(first, ".:"), hasUpper(first):
		domain, remainder = first, rest
	default:
		domain, remainder = defaultDomain, name
	}
	return domain, remainder, domain == defaultDomain && !strings.Contains(remainder, "/")
}

// parse is reference.Parse's verdict on domain + "/" + ["library/"] +
// remainder: it matches ReferenceRegexp, its path is at most 255 bytes
// and its digest is valid.
func parse(domain, remainder string, library bool) bool {
	if strings.IndexByte(domain, '@') >= 0 {
		return false // the digest would run into the path
	}
	name, digest, hasDigest := strings.Cut(remainder, "@")
	if hasDigest && !validDigest(digest) {
		return false
	}
	// A tag follows the last colon when no slash does: a port's colon
	// always comes before a slash.
	if i := strings.LastIndexByte(name, ':'); i > strings.LastIndexByte(name, '/') {
		if !validTag(name[i+1:]) {
			return false
		}
		name = name[:i]
	}
	if !remoteName(name) { // "library/" is a valid component
		return false
	}
	path := len(name)
	if library {
		path += len("library/")
	}
	switch {
	case domainAndPort(domain):
	case pathComponent(domain):
		path += len(domain) + 1 // no host: the first element is part of the path
	default:
		return false
	}
	return path <= 255
}

// remoteName is pathComponent(/pathComponent)*, a path component being
// [a-z0-9]+ runs joined by one of ".", "_", "__" or a run of "-".
func remoteName(s string) bool {
	for {
		c, rest, more := strings.Cut(s, "/")
		if !pathComponent(c) {
			return false
		}
		if !more {
			return true
		}
		s = rest
	}
}

func pathComponent(s string) bool {
	i := 0
	for {
		start := i
		for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9') {
			i++
		}
		if i == start {
			return false // a separator must sit between alphanumerics
		}
		if i == len(s) {
			return true
		}
		switch {
		case s[i] == '.':
			i++
		case s[i] == '_':
			i++
			if i < len(s) && s[i] == '_' {
				i++
			}
		case s[i] == '-':
			for i < len(s) && s[i] == '-' {
				i++
			}
		default:
			return false
		}
	}
}

// domainAndPort is a host, a DNS-like name or a bracketed IPv6 address,
// with an optional :port.
func domainAndPort(s string) bool {
	host := s
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.HasSuffix(s, "]") {
		port := s[i+1:]
		if port == "" || strings.Trim(port, "0123456789") != "" {
			return false
		}
		host = s[:i]
	}
	if strings.HasPrefix(host, "[") {
		inner, ok := strings.CutSuffix(host[1:], "]")
		return ok && inner != "" && strings.Trim(inner, "0123456789abcdefABCDEF:") == ""
	}
	for {
		label, rest, more := strings.Cut(host, ".")
		if !domainComponent(label) {
			return false
		}
		if !more {
			return true
		}
		host = rest
	}
}

// domainComponent is [a-zA-Z0-9] or [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9].
func domainComponent(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && c != '-' {
			return false
		}
	}
	return true
}

// validTag is [\w][\w.-]{0,127}.
func validTag(s string) bool {
	if s == "" || len(s) > 128 || !isWord(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isWord(c) && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// validDigest is what go-digest validates for the algorithms BuildKit
// links: the algorithm's size in lower-case hex.
func validDigest(s string) bool {
	alg, encoded, ok := strings.Cut(s, ":")
	if !ok {
		return false
	}
	switch alg {
	case "sha256":
		return isHex(encoded, 64)
	case "sha384":
		return isHex(encoded, 96)
	case "sha512":
		return isHex(encoded, 128)
	}
	return false
}

// isHex reports whether s is n lower-case hex digits.
func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWord(c byte) bool { return isAlnum(c) || c == '_' }

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}
