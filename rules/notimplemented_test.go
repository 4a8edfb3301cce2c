package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// TestNotImplemented: each peer rule left out on purpose is explained (and
// points to the dockerfix rules that serve its intent), is no alias of a
// rule, and the list is sorted.
func TestNotImplemented(t *testing.T) {
	all := All()
	list := NotImplementedRules()
	for i, n := range list {
		if i > 0 && list[i-1].ID >= n.ID {
			t.Errorf("not sorted at %s", n.ID)
		}
		if r := lint.LookupRule(all, n.ID); r != nil {
			t.Errorf("%s is left out on purpose but is an alias of %s", n.ID, r.ID)
		}
		for _, name := range []string{n.ID, strings.ToLower(n.ID)} {
			r, doc, err := Doc(name)
			if err != nil || r != nil {
				t.Errorf("Doc(%s) = %v, %v; want no rule and no error", name, r, err)
			}
			if !strings.HasPrefix(doc, "# "+n.ID+" ("+n.Peer+"): deliberately not implemented\n\n") ||
				!strings.Contains(doc, n.Peer+"'s "+n.ID+": ") || !regexp.MustCompile(`\bDF\d{3}\b`).MatchString(doc) {
				t.Errorf("Doc(%s) does not say what and why:\n%s", name, doc)
			}
			for _, l := range strings.Split(doc, "\n") {
				if len(l) > 76 && !strings.HasPrefix(l, "#") && strings.Contains(l, " ") {
					t.Errorf("Doc(%s): line longer than 76 columns: %q", name, l)
				}
			}
		}
	}
	if _, _, err := Doc("DL9999"); err == nil {
		t.Error("Doc(DL9999): no error for an unknown ID")
	}
}

func TestWrap(t *testing.T) {
	got := wrap("a b\n\n" + strings.Repeat("word ", 20))
	want := "a b\n\n" + strings.TrimSpace(strings.Repeat("word ", 15)) + "\n" + strings.TrimSpace(strings.Repeat("word ", 5))
	if got != want {
		t.Errorf("wrap:\n%q\nwant\n%q", got, want)
	}
}

// TestReadmeDifferences: the README's table of deliberate differences
// names every peer rule left out and every peer rule whose conformance
// cases differ on purpose.
func TestReadmeDifferences(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const heading = "## Deliberate differences from hadolint and BuildKit\n"
	readme := string(b)
	i := strings.Index(readme, heading)
	if i < 0 {
		t.Fatalf("README has no section %q", strings.TrimSpace(heading))
	}
	section := readme[i+len(heading):]
	if j := strings.Index(section, "\n## "); j >= 0 {
		section = section[:j]
	}
	named := func(id string) bool {
		return regexp.MustCompile(`\b` + regexp.QuoteMeta(id) + `\b`).MatchString(section)
	}
	for _, n := range NotImplementedRules() {
		if !named(n.ID) {
			t.Errorf("the README's differences do not name %s, which dockerfix leaves out", n.ID)
		}
	}
	for _, c := range slices.Concat(conformanceCases, buildkitCases, hadolintOverlapCases, checkovCases, packageCases) {
		if c.differs != "" && !named(c.alias) {
			t.Errorf("the README's differences do not name %s (%s case %q differs: %s)", c.alias, c.peer, c.test, c.differs)
		}
	}
}
