package lint

import (
	"strings"
	"testing"
)

// TestMayBePragma: the prefilter never turns away a comment the pragma
// regexps match.
func TestMayBePragma(t *testing.T) {
	for _, text := range []string{
		"dockerfix ignore=DF101", "DockerFix global ignore=x", "hadolint ignore=DL3002",
		"HADOLINT ignore=a", "check=skip=A", "Check = skip=B", "doc\u212Aerfix ignore=DF101", "chec\u212A=skip=A", /* the Kelvin sign */
	} {
		matched := pragmaRe.MatchString(text) || checkRe.MatchString(text)
		if !matched {
			t.Fatalf("%q: the regexps do not match; fix the test", text)
		}
		if !mayBePragma([]byte(text)) {
			t.Errorf("mayBePragma(%q) = false", text)
		}
	}
	for _, text := range []string{"", "install deps", "docker build", "checkout", "hadolin"} {
		if mayBePragma([]byte(text)) && !strings.HasPrefix(text, "check") {
			t.Errorf("mayBePragma(%q) = true", text)
		}
	}
}
