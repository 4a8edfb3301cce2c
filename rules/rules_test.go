package rules

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/lint"
)

var update = flag.Bool("update", false, "rewrite .golden files")

// testImages is the embedded catalog, loaded once for all rule tests.
var testImages = NewImages(nil)

func TestRegistry(t *testing.T) {
	all := All()
	seen := map[string]bool{}
	for i, r := range all {
		if i > 0 && all[i-1].ID >= r.ID {
			t.Errorf("registry not sorted by ID at %s", r.ID)
		}
		if !regexp.MustCompile(`^DF\d{3}$`).MatchString(r.ID) {
			t.Errorf("bad ID %q", r.ID)
		}
		if !regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`).MatchString(r.Name) {
			t.Errorf("%s: name %q is not kebab-case", r.ID, r.Name)
		}
		for _, k := range append([]string{r.ID, r.Name}, r.Aliases...) {
			k = strings.ToLower(k)
			if seen[k] {
				t.Errorf("%s: %q used twice", r.ID, k)
			}
			seen[k] = true
		}
		if r.Title == "" || r.Severity == 0 {
			t.Errorf("%s: title or severity missing", r.ID)
		}
		if _, doc, err := Doc(r.ID); err != nil || !strings.HasPrefix(doc, "# "+r.ID+" "+r.Name) {
			t.Errorf("%s: doc missing or its heading is not %q: %v", r.ID, "# "+r.ID+" "+r.Name, err)
		}
		if st, err := os.Stat(filepath.Join("testdata", r.ID)); err != nil || !st.IsDir() {
			t.Errorf("%s: no testdata folder", r.ID)
		}
	}
}

// want is one expectation: a diagnostic of the rule under test on line,
// whose message matches re.
type want struct {
	line int
	re   *regexp.Regexp
	raw  string
}

var wantRe = regexp.MustCompile(`^\s*#\s*want(?::(\d+))?\s+(.*)$`)

// parseWants reads `# want "re" ["re"…]` comments; each applies to the next
// line that is neither blank nor another want. `# want:N "re"` names line N,
// for findings on line 1, which nothing can precede.
func parseWants(t *testing.T, src []byte) []want {
	lines := strings.Split(string(src), "\n")
	var pending []string
	var out []want
	for i, l := range lines {
		if m := wantRe.FindStringSubmatch(l); m != nil {
			rest := strings.TrimSpace(m[2])
			var res []string
			for rest != "" {
				q, err := strconv.QuotedPrefix(rest)
				if err != nil {
					t.Fatalf("line %d: bad want %q: %v", i+1, m[2], err)
				}
				s, _ := strconv.Unquote(q)
				res = append(res, s)
				rest = strings.TrimSpace(rest[len(q):])
			}
			if m[1] != "" {
				n, _ := strconv.Atoi(m[1])
				for _, s := range res {
					out = append(out, want{line: n, re: regexp.MustCompile(s), raw: s})
				}
			} else {
				pending = append(pending, res...)
			}
			continue
		}
		if strings.TrimSpace(strings.TrimSuffix(l, "\r")) == "" || len(pending) == 0 {
			continue
		}
		for _, p := range pending {
			out = append(out, want{line: i + 1, re: regexp.MustCompile(p), raw: p})
		}
		pending = nil
	}
	return out
}

// testOptions are `# test: key=value …` comments (unsafe-fixes,
// date=YYYY-MM-DD) and `# test-config: <yaml line>` comments.
type testOptions struct {
	unsafe bool
	date   time.Time
	config string // config YAML, one `# test-config: <line>` per line
}

func parseOptions(t *testing.T, src []byte) testOptions {
	o := testOptions{date: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	for _, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSpace(l)
		if c, ok := strings.CutPrefix(l, "# test-config:"); ok {
			o.config += strings.TrimSpace(c) + "\n"
			continue
		}
		if !strings.HasPrefix(l, "# test:") {
			continue
		}
		for _, kv := range strings.Fields(strings.TrimPrefix(l, "# test:")) {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "unsafe-fixes":
				o.unsafe = true
			case "date":
				d, err := time.Parse("2006-01-02", v)
				if err != nil {
					t.Fatalf("bad date %q", v)
				}
				o.date = d
			default:
				t.Fatalf("unknown test option %q", k)
			}
		}
	}
	return o
}

// TestRules runs every rule over testdata/<ID>/*.Dockerfile, and those in
// its subfolders (a case with a build context of its own): the wants must
// match the diagnostics exactly, the fixed output must match the golden,
// parse with BuildKit and be a fixed point.
func TestRules(t *testing.T) {
	for _, r := range All() {
		files := ruleTestdata(t, r.ID)
		if len(files) == 0 {
			t.Errorf("%s: no testdata/%s/*.Dockerfile", r.ID, r.ID)
		}
		for _, file := range files {
			name, _ := filepath.Rel(filepath.Join("testdata", r.ID), file)
			t.Run(r.ID+"/"+filepath.ToSlash(name), func(t *testing.T) {
				runRuleFile(t, r, file)
			})
		}
	}
}

// ruleTestdata lists the *.Dockerfile files under testdata/<id>, in order.
func ruleTestdata(t *testing.T, id string) []string {
	var files []string
	err := filepath.WalkDir(filepath.Join("testdata", id), func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".Dockerfile") {
			files = append(files, path)
		}
		return err
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return files
}

func ruleEnv(t *testing.T, o testOptions, dir string) *lint.Env {
	cfg := &lint.Config{}
	if o.config != "" {
		var err error
		if cfg, err = lint.ParseConfig([]byte(o.config)); err != nil {
			t.Fatalf("config: %v", err)
		}
	}
	return &lint.Env{
		Now:     func() time.Time { return o.date },
		Config:  cfg,
		Context: dirReader(dir),
		Images:  testImages,
	}
}

// dirReader reads build-context files from a testdata folder.
type dirReader string

func (d dirReader) ReadFile(p string) ([]byte, error) {
	return os.ReadFile(filepath.Join(string(d), filepath.FromSlash(p)))
}

func runRuleFile(t *testing.T, r *lint.Rule, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	o := parseOptions(t, src)
	rules := []*lint.Rule{r}
	if r != lint.UnusedIgnoreRule {
		rules = append(rules, lint.UnusedIgnoreRule)
	} else {
		rules = append(rules, Maintainer) // something for pragmas to suppress
	}
	env := ruleEnv(t, o, filepath.Dir(file))
	f, diags, err := lint.Check(file, src, rules, env)
	if err != nil {
		t.Fatal(err)
	}
	// Wants are about the rule under test; DF001 findings on want-free
	// testdata would be noise, so they are checked only for DF001 itself.
	var got []lint.Diagnostic
	for _, d := range diags {
		if d.Rule == r.ID {
			got = append(got, d)
		}
	}
	wants := parseWants(t, src)
	matched := make([]bool, len(wants))
	for _, d := range got {
		line := f.Position(d.Range.Start).Line
		ok := false
		for i, w := range wants {
			if !matched[i] && w.line == line && w.re.MatchString(d.Message) {
				matched[i], ok = true, true
				break
			}
		}
		if !ok {
			t.Errorf("%s:%d: unexpected diagnostic: %s", file, line, d.Message)
		}
	}
	for i, w := range wants {
		if !matched[i] {
			t.Errorf("%s:%d: no diagnostic matching %q", file, w.line, w.raw)
		}
	}

	opts := fix.Options{Rules: rules, Env: env, Unsafe: o.unsafe}
	res, err := fix.Loop(file, src, opts)
	if err != nil {
		t.Fatalf("fix: %v", err)
	}
	checkGolden(t, file+".golden", res.Fixed)
	for _, c := range res.Others {
		checkGolden(t, filepath.Join(filepath.Dir(file), filepath.FromSlash(c.Path))+".golden", c.New)
	}
	if _, err := parser.Parse(bytes.NewReader(res.Fixed)); err != nil && !bytes.Equal(res.Fixed, src) {
		t.Errorf("fixed output does not parse with BuildKit: %v", err)
	}
	again, err := fix.Loop(file, res.Fixed, opts)
	if err != nil {
		t.Fatalf("second fix: %v", err)
	}
	if !bytes.Equal(again.Fixed, res.Fixed) {
		t.Errorf("fixing twice changes the file:\n%s", fix.UnifiedDiff(file, file, res.Fixed, again.Fixed))
	}
	for _, d := range again.Diagnostics {
		if len(d.Fixes) > 0 && (d.Fixes[0].Safe || o.unsafe) {
			t.Errorf("fixed output still has a fixable finding: %s %s", d.Rule, d.Message)
		}
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("missing golden (run go test ./rules -update): %v", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs:\n%s", path, fix.UnifiedDiff(path, path, want, got))
	}
}

// TestDocsMentionAliases keeps docs and registry in step.
func TestDocsMentionAliases(t *testing.T) {
	for _, r := range All() {
		_, doc, _ := Doc(r.ID)
		var missing []string
		for _, a := range r.Aliases {
			if !strings.Contains(doc, a) {
				missing = append(missing, a)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("%s doc does not mention aliases %s", r.ID, strings.Join(missing, ", "))
		}
		if !strings.Contains(doc, fmt.Sprintf("**Severity:** %s", r.Severity)) {
			t.Errorf("%s doc does not state severity %s", r.ID, r.Severity)
		}
	}
}
