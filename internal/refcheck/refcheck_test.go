package refcheck

import (
	_ "crypto/sha256" // go-digest knows the algorithms linked into the program,
	_ "crypto/sha512" // as BuildKit's are
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/distribution/reference"
)

var samples = []string{
	"", "alpine", "alpine:3.20", "Alpine", "alpine:", ":3.20", "library/alpine", "docker.io/alpine",
	"index.docker.io/library/alpine:latest", "localhost/app", "localhost:5000/app:1", "LOCALHOST/app",
	"ghcr.io/owner/repo:v1.2.3", "GHCR.io/owner/repo", "ghcr.io/Owner/repo", "my-registry:5000/a/b/c:tag",
	"registry/app", "Registry/app", "registry_x/app", "a..b", "a__b", "a___b", "a--b", "a-", "-a", "a.b.c",
	"127.0.0.1:5000/x", "[::1]:5000/x", "[::1]/x", "[fe80::1%eth0]/x", "[]/x", "[::1:/x", "host:/x", "host:abc/x",
	"busybox:stable-musl", "busybox:$VERSION", "busybox:", "busy", "box:", "nanoserver:plus",
	"alpine:" + strings.Repeat("a", 128), "alpine:" + strings.Repeat("a", 129), "alpine:.x", "alpine:-x", "alpine:_x",
	"alpine@sha256:" + strings.Repeat("a", 64), "alpine@sha256:" + strings.Repeat("A", 64),
	"alpine@sha256:" + strings.Repeat("a", 63), "alpine:3@sha256:" + strings.Repeat("0", 64),
	"alpine@sha512:" + strings.Repeat("f", 128), "alpine@sha384:" + strings.Repeat("f", 96),
	"alpine@md5:" + strings.Repeat("f", 32), "alpine@sha256:abc", "alpine@@sha256:" + strings.Repeat("a", 64),
	strings.Repeat("a", 64), strings.Repeat("a", 63), strings.Repeat("A", 64), "sha256:" + strings.Repeat("a", 64),
	"a/" + strings.Repeat("b", 254), "a/" + strings.Repeat("b", 260), "docker.io/" + strings.Repeat("b", 250) + "/c",
	"ex.com/" + strings.Repeat("b", 256), "scratch", "foo/bar:baz:qux", "foo:bar/baz", "foo bar", "foo\tbar",
	"ubuntu@sha256", "ubuntu@", "x/y/z@sha256:" + strings.Repeat("1", 64), "EXAMPLE.COM:80/a/b:C",
	"example.com:80", "example.com:/a", "a.-b.com/x", "a-.b.com/x", "xn--bcher-kva.example/x", "é/x", "x/é",
}

func TestValidMatchesUpstream(t *testing.T) {
	for _, s := range samples {
		check(t, s)
	}
}

// TestValidMatchesUpstreamMutations edits the samples at random: the
// bytes the grammar turns on, inserted, deleted and replaced.
func TestValidMatchesUpstreamMutations(t *testing.T) {
	const alphabet = "aZ09._-:/@[]%$ A"
	r := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		s := []byte(samples[r.IntN(len(samples))])
		for range 1 + r.IntN(3) {
			c := alphabet[r.IntN(len(alphabet))]
			switch i := r.IntN(len(s) + 1); r.IntN(3) {
			case 0:
				s = append(s[:i], append([]byte{c}, s[i:]...)...)
			case 1:
				if i < len(s) {
					s = append(s[:i], s[i+1:]...)
				}
			default:
				if i < len(s) {
					s[i] = c
				}
			}
		}
		check(t, string(s))
	}
}

func FuzzValid(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(check)
}

func check(t *testing.T, s string) {
	_, err := reference.ParseNormalizedNamed(s)
	if got, want := Valid(s), err == nil; got != want {
		t.Errorf("Valid(%q) = %v, upstream says %v (%v)", s, got, want, err)
	}
}
