package main

import (
	"os"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/rules"
)

// TestReadmeRulesTable keeps README's rule table equal to
// `dockerfix rules --format markdown`.
func TestReadmeRulesTable(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatal("README has no rules:begin/rules:end markers")
	}
	if got, want := readme[i+len(begin):j], rulesMarkdown(rules.All()); got != want {
		t.Errorf("README rule table is stale; replace it with the output of `dockerfix rules --format markdown`:\n%s", want)
	}
}
