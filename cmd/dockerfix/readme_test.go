package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"

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

// TestReadmeSnippets keeps README's YAML snippets copy-pasteable: each
// parses, and each step that uses the action passes only inputs that
// action.yml declares, with a mode it has.
func TestReadmeSnippets(t *testing.T) {
	readme := readRepoFile(t, "README.md")
	var action actionFile
	if err := yaml.Unmarshal([]byte(readRepoFile(t, "action.yml")), &action); err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(readme, -1)
	uses := 0
	for _, b := range blocks {
		var doc map[string]any
		if err := yaml.Unmarshal([]byte(b[1]), &doc); err != nil {
			t.Errorf("README YAML snippet does not parse: %v\n%s", err, b[1])
			continue
		}
		jobs, _ := doc["jobs"].(map[string]any)
		for _, job := range jobs {
			steps, _ := job.(map[string]any)["steps"].([]any)
			for _, st := range steps {
				step, _ := st.(map[string]any)
				if u, _ := step["uses"].(string); !strings.HasPrefix(u, "dockerfix/dockerfix@") {
					continue
				}
				uses++
				with, _ := step["with"].(map[string]any)
				for k, v := range with {
					if _, ok := action.Inputs[k]; !ok {
						t.Errorf("a README step passes %s, which action.yml does not declare", k)
					}
					if k == "mode" && !slices.Contains([]any{"review", "sarif", "check"}, v) {
						t.Errorf("a README step uses mode %v", v)
					}
				}
			}
		}
	}
	if len(blocks) < 8 || uses < 3 {
		t.Errorf("%d YAML snippets, %d steps using the action: the Use in CI section is missing", len(blocks), uses)
	}
}

// TestReadmeAnchors: every link to a section of the README names a heading.
func TestReadmeAnchors(t *testing.T) {
	readme := readRepoFile(t, "README.md")
	slugs := map[string]bool{}
	for _, h := range regexp.MustCompile(`(?m)^#+ (.+)$`).FindAllStringSubmatch(readme, -1) {
		slugs[headingSlug(h[1])] = true
	}
	for _, m := range regexp.MustCompile(`\]\(#([^)]+)\)`).FindAllStringSubmatch(readme, -1) {
		if !slugs[m[1]] {
			t.Errorf("README links to #%s, which no heading is", m[1])
		}
	}
}

// headingSlug is GitHub's anchor for a heading: lower case, punctuation
// dropped but for hyphens and underscores, blanks as hyphens.
func headingSlug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
