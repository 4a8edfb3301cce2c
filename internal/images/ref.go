package images

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnexpanded reports an image reference that still contains a variable
// ($X or ${X}); the caller expands build ARGs before parsing.
var ErrUnexpanded = errors.New("image reference contains unexpanded variables")

// Ref is a parsed image reference, the image word of a FROM instruction.
// Offsets are byte offsets into Raw, so a caller can build exact edits.
type Ref struct {
	Raw string

	// Domain is the registry host (with port) as written; "" when the
	// reference names Docker Hub implicitly.
	Domain string
	// Path is the repository path as written after the domain ("library/node").
	Path string
	// Name is the normalised repository: Docker Hub official images lose
	// "docker.io/" and "library/" ("node"), other Hub images keep their
	// namespace ("bitnami/redis"), other registries keep the lower-cased
	// host ("mcr.microsoft.com/dotnet/sdk", "localhost:5000/img").
	Name string
	Tag  string
	// Digest is "algorithm:hex" without the '@'.
	Digest string

	// NameStart and NameEnd delimit the repository (domain included).
	NameStart, NameEnd int
	// TagStart and TagEnd delimit the tag, without its ':'. When there is no
	// tag both equal NameEnd: the point where ":tag" would be inserted.
	TagStart, TagEnd int
	// DigestStart and DigestEnd delimit the digest, without its '@'. When
	// there is no digest both equal len(Raw).
	DigestStart, DigestEnd int
}

// HasTag reports whether the reference spells a tag.
func (r Ref) HasTag() bool { return r.TagEnd > r.TagStart }

// HasDigest reports whether the reference pins a digest.
func (r Ref) HasDigest() bool { return r.DigestEnd > r.DigestStart }

// IsScratch reports whether the reference is the empty "scratch" image.
func (r Ref) IsScratch() bool { return r.Name == "scratch" }

// DockerHub reports whether the image lives on Docker Hub.
func (r Ref) DockerHub() bool { return r.Domain == "" || isHubDomain(r.Domain) }

// TagOrLatest returns the tag, or "latest" for an untagged reference (what the
// engine pulls); for a digest-only reference it still returns "latest".
func (r Ref) TagOrLatest() string {
	if r.Tag == "" {
		return "latest"
	}
	return r.Tag
}

// WithTag returns Raw with the tag replaced (or inserted) and the digest
// removed: a digest pinned next to a new tag would silently win over it.
func (r Ref) WithTag(tag string) string {
	end := len(r.Raw)
	if r.HasDigest() {
		end = r.DigestStart - 1
	}
	if r.HasTag() {
		return r.Raw[:r.TagStart] + tag + r.Raw[r.TagEnd:end]
	}
	return r.Raw[:r.NameEnd] + ":" + tag + r.Raw[r.NameEnd:end]
}

// WithName returns a reference to repository name (a normalised name, as in
// Ref.Name) with the given tag, kept in the style of the original: an explicit
// Docker Hub domain and "library/" prefix stay. The digest is dropped.
func (r Ref) WithName(name, tag string) string {
	repo := name
	if r.Domain != "" && isHubDomain(r.Domain) && !hasDomain(name) {
		switch {
		case !strings.Contains(name, "/") && strings.HasPrefix(r.Path, "library/"):
			repo = r.Domain + "/library/" + name
		default:
			repo = r.Domain + "/" + name
		}
	}
	return repo + ":" + tag
}

func hasDomain(name string) bool {
	first, _, ok := strings.Cut(name, "/")
	return ok && (strings.ContainsAny(first, ".:") || first == "localhost")
}

// String returns the reference as written.
func (r Ref) String() string { return r.Raw }

// isHubDomain reports Docker Hub's names: registry.docker.com is the one
// Rails 7.1's generated Dockerfile pulls ruby from.
func isHubDomain(d string) bool {
	switch strings.ToLower(d) {
	case "docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com", "registry.docker.com":
		return true
	}
	return false
}

// ParseRef parses the image word of a FROM instruction. It accepts
// [domain[:port]/]path[:tag][@algorithm:hex] and the special "scratch". A
// reference containing '$' returns ErrUnexpanded.
func ParseRef(s string) (Ref, error) {
	r := Ref{Raw: s, DigestStart: len(s), DigestEnd: len(s)}
	if strings.Contains(s, "$") {
		return r, fmt.Errorf("%q: %w", s, ErrUnexpanded)
	}
	if s == "" {
		return r, errors.New("empty image reference")
	}
	name := s
	if at := strings.IndexByte(s, '@'); at >= 0 {
		dg := s[at+1:]
		if err := checkDigest(dg); err != nil {
			return r, fmt.Errorf("%q: %w", s, err)
		}
		r.Digest, r.DigestStart, r.DigestEnd = dg, at+1, len(s)
		name = s[:at]
	}
	// A ':' after the last '/' starts the tag; one before it is a port.
	if c := strings.LastIndexByte(name, ':'); c > strings.LastIndexByte(name, '/') {
		tag := name[c+1:]
		if !validTag(tag) {
			return r, fmt.Errorf("%q: invalid tag %q", s, tag)
		}
		r.Tag, r.TagStart, r.TagEnd = tag, c+1, len(name)
		name = name[:c]
	} else {
		r.TagStart, r.TagEnd = len(name), len(name)
	}
	if name == "" {
		return r, fmt.Errorf("%q: missing repository name", s)
	}
	if len(name) > 255 {
		return r, fmt.Errorf("%q: repository name longer than 255 bytes", s)
	}
	r.NameStart, r.NameEnd = 0, len(name)

	// The first component is a registry when it looks like a host
	// (a dot, a port, "localhost" or upper case), as in distribution/reference.
	path := name
	if i := strings.IndexByte(name, '/'); i >= 0 {
		first := name[:i]
		if strings.ContainsAny(first, ".:") || first == "localhost" || strings.ToLower(first) != first {
			if !validDomain(first) {
				return r, fmt.Errorf("%q: invalid registry %q", s, first)
			}
			r.Domain, path = first, name[i+1:]
		}
	}
	for comp := range strings.SplitSeq(path, "/") {
		if !validPathComponent(comp) {
			return r, fmt.Errorf("%q: invalid repository name %q", s, path)
		}
	}
	r.Path = path
	switch {
	case r.Domain == "" || isHubDomain(r.Domain):
		r.Name = strings.TrimPrefix(path, "library/")
		if r.Name == "" || strings.HasPrefix(path, "library/") && strings.Contains(r.Name, "/") {
			r.Name = path
		}
	default:
		r.Name = strings.ToLower(r.Domain) + "/" + path
	}
	return r, nil
}

// validTag is the distribution spec's tag grammar:
// [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}.
func validTag(t string) bool {
	if t == "" || len(t) > 128 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
		case (c == '.' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}

func checkDigest(d string) error {
	alg, hex, ok := strings.Cut(d, ":")
	if !ok || alg == "" {
		return fmt.Errorf("invalid digest %q", d)
	}
	for i := 0; i < len(alg); i++ {
		c := alg[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0 || (c == '-' || c == '_' || c == '+' || c == '.') && i > 0) {
			return fmt.Errorf("invalid digest algorithm %q", alg)
		}
	}
	if len(hex) < 32 {
		return fmt.Errorf("invalid digest %q: too short", d)
	}
	if alg == "sha256" && len(hex) != 64 {
		return fmt.Errorf("invalid sha256 digest %q", d)
	}
	for i := 0; i < len(hex); i++ {
		c := hex[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return fmt.Errorf("invalid digest %q", d)
		}
	}
	return nil
}

func validDomain(d string) bool {
	host, port, hasPort := strings.Cut(d, ":")
	if strings.HasPrefix(d, "[") { // IPv6 literal
		end := strings.IndexByte(d, ']')
		if end < 0 {
			return false
		}
		host, port, hasPort = d[:end+1], "", false
		if rest := d[end+1:]; rest != "" {
			if rest[0] != ':' {
				return false
			}
			port, hasPort = rest[1:], true
		}
	} else {
		for label := range strings.SplitSeq(host, ".") {
			if label == "" || label[0] == '-' || label[len(label)-1] == '-' {
				return false
			}
			for i := 0; i < len(label); i++ {
				c := label[i]
				if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
					return false
				}
			}
		}
	}
	if hasPort {
		if port == "" {
			return false
		}
		for i := 0; i < len(port); i++ {
			if port[i] < '0' || port[i] > '9' {
				return false
			}
		}
	}
	return host != ""
}

// validPathComponent implements [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*.
func validPathComponent(c string) bool {
	if c == "" {
		return false
	}
	alnum := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }
	if !alnum(c[0]) || !alnum(c[len(c)-1]) {
		return false
	}
	for i := 1; i < len(c); i++ {
		b := c[i]
		if alnum(b) {
			continue
		}
		switch b {
		case '.':
			if !alnum(c[i-1]) || !alnum(c[i+1]) {
				return false
			}
		case '_':
			// "_" or "__" between alphanumerics.
			if c[i-1] == '_' {
				if i >= 2 && c[i-2] == '_' || !alnum(c[i+1]) {
					return false
				}
			} else if !alnum(c[i-1]) {
				return false
			}
		case '-':
			if c[i-1] != '-' && !alnum(c[i-1]) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
