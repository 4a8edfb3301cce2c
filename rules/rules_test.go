package rules

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"maps"
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
	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

var update = flag.Bool("update", false, "rewrite .golden files and the docs' headers")

// testImages is the embedded catalog, loaded once for all rule tests.
var testImages = NewImages(nil)

// testOnlineImages is testImages as `# test: online` testdata sees it: with
// a registry that resolves digests and knows a few configurations, for
// builds that target linux/arm64.
var testOnlineImages = &Images{Catalog: testImages.Catalog, Online: digestOnlyRegistry{}, Platform: "linux/arm64"}

// digestOnlyRegistry resolves every reference to a digest made from its
// name, without a network; it lists no tags, so the catalog's stay in use.
// It serves the configurations of registry.example/ images: amd64-only is
// built for linux/amd64 alone, multi for every platform.
type digestOnlyRegistry struct{}

func (digestOnlyRegistry) Config(_ context.Context, ref, platform string) (images.Config, error) {
	env := []string{"PATH=/usr/local/bin:/usr/bin:/bin", "APP_HOME=/srv/app"}
	switch {
	case strings.HasPrefix(ref, "registry.example/amd64-only"):
		return images.Config{OS: "linux", Architecture: "amd64", Env: env, WorkingDir: "/srv"}, nil
	case strings.HasPrefix(ref, "registry.example/multi"):
		os, arch, _ := strings.Cut(platform, "/")
		arch, variant, _ := strings.Cut(arch, "/")
		return images.Config{OS: os, Architecture: arch, Variant: variant, Env: env, WorkingDir: "/srv"}, nil
	}
	return images.Config{}, errors.New("testdata has no configuration of " + ref)
}

func (digestOnlyRegistry) ListTags(context.Context, string) ([]string, error) {
	return nil, errors.New("testdata has no tag lists")
}

func (digestOnlyRegistry) Digest(_ context.Context, ref string) (string, error) {
	return fmt.Sprintf("sha256:%x", sha256.Sum256([]byte(ref))), nil
}

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
		// DocBaseURL is this package's docs folder as published.
		if _, err := docs.ReadFile("docs/" + strings.TrimPrefix(r.DocURL(), lint.DocBaseURL)); err != nil {
			t.Errorf("%s: doc URL %q names no file in docs/: %v", r.ID, r.DocURL(), err)
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
// date=YYYY-MM-DD, online, osv, npm-registry, pypi-registry, goproxy,
// no-context),
// `# test-env: KEY=value` comments and `# test-config: <yaml line>`
// comments.
type testOptions struct {
	unsafe bool
	date   time.Time
	online bool // digests resolve, as with --online (testOnlineImages)
	osv    bool // OSV answers from testdata/osv's records (testOSVDB)
	npm    bool // package registries serving ../internal/deps/{npm,pypi}/testdata/registry
	// goproxy: GOPROXY is a file:// proxy of the modules in
	// ../internal/deps/gomod/testdata/mod, exempt from the checksum
	// database (GONOSUMDB=example.com).
	goproxy bool
	env     map[string]string // `# test-env: KEY=value` lines, for Env.Getenv
	config  string            // config YAML, one `# test-config: <line>` per line
	// noContext: no build context, as for a Dockerfile read from stdin;
	// otherwise the testdata file's folder is its build context.
	noContext bool
}

func parseOptions(t *testing.T, src []byte) testOptions {
	o := testOptions{date: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)}
	for _, l := range strings.Split(string(src), "\n") {
		l = strings.TrimSpace(l)
		if c, ok := strings.CutPrefix(l, "# test-config:"); ok {
			o.config += strings.TrimSpace(c) + "\n"
			continue
		}
		if e, ok := strings.CutPrefix(l, "# test-env:"); ok {
			k, v, _ := strings.Cut(strings.TrimSpace(e), "=")
			if o.env == nil {
				o.env = map[string]string{}
			}
			o.env[k] = v
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
			case "online":
				o.online = true
			case "osv":
				o.osv = true
			case "npm-registry", "pypi-registry":
				o.npm = true
			case "no-context":
				o.noContext = true
			case "goproxy":
				o.goproxy = true
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
	imgs := testImages
	if o.online {
		imgs = testOnlineImages
	}
	env := &lint.Env{
		Now:     func() time.Time { return o.date },
		Config:  cfg,
		Context: dirReader(dir),
		Images:  imgs,
	}
	if o.online {
		env.Remote = urlHashRemote{}
	}
	if o.osv {
		env.OSV = testOSV(t)
	}
	if o.npm {
		env.Packages = testRegistry{}
	}
	if o.noContext {
		env.Context = nil
	}
	vars := map[string]string{}
	if o.goproxy {
		vars["GOPROXY"], vars["GONOSUMDB"] = testGoProxy(t), "example.com"
		env.Packages = deps.LocalFetcher{Online: env.Packages}
	}
	maps.Copy(vars, o.env)
	env.Getenv = func(k string) string { return vars[k] }
	return env
}

// dirReader reads build-context files from a testdata folder.
type dirReader string

func (d dirReader) ReadFile(p string) ([]byte, error) {
	return os.ReadFile(filepath.Join(string(d), filepath.FromSlash(p)))
}

// ListFiles implements lint.ContextLister: every file below the folder,
// the testdata's goldens and Dockerfiles included, ignore or not.
func (d dirReader) ListFiles(limit int, _ *lint.Dockerignore) (*lint.ContextListing, error) {
	var names []string
	err := filepath.WalkDir(string(d), func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(string(d), p)
		names = append(names, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	if len(names) > limit {
		return &lint.ContextListing{Names: names[:limit]}, nil
	}
	return &lint.ContextListing{Names: names, Complete: true}, nil
}

// urlHashRemote stands for the files behind --online in `# test: online`
// testdata: each URL's content is the URL itself, with no network.
type urlHashRemote struct{}

func (urlHashRemote) SHA256(u string) (string, error) {
	if strings.Contains(u, "too-large") {
		return "", errors.New("file too large")
	}
	return fmt.Sprintf("%x", sha256.Sum256([]byte(u))), nil
}

// ruleRun is a testdata file linted as TestRules lints it.
type ruleRun struct {
	rules []*lint.Rule // the rule under test and the one run beside it
	env   *lint.Env
	file  *lint.File
	diags []lint.Diagnostic // of the rule under test only
}

// lintRuleFile lints src, the testdata file with options o, with r and
// DF001 (for DF001, with DF401 for its pragmas to suppress).
func lintRuleFile(t *testing.T, r *lint.Rule, file string, src []byte, o testOptions) ruleRun {
	t.Helper()
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
	return ruleRun{rules: rules, env: env, file: f, diags: got}
}

func runRuleFile(t *testing.T, r *lint.Rule, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	o := parseOptions(t, src)
	run := lintRuleFile(t, r, file, src, o)
	rules, env, f, got := run.rules, run.env, run.file, run.diags
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

func TestDocHeader(t *testing.T) {
	for _, tc := range []struct {
		rule lint.Rule
		want string
	}{
		{lint.Rule{ID: "DF000", Name: "parse-error", Severity: lint.Error},
			"# DF000 parse-error\n\n**Severity:** error · **Fix:** none\n"},
		{lint.Rule{ID: "DF201", Name: "root-user", Severity: lint.Warning, Fix: lint.FixMixed, Aliases: []string{"DL3002", "DS-0002"}},
			"# DF201 root-user\n\n**Severity:** warning · **Fix:** mixed · **Aliases:** DL3002, DS-0002\n"},
		{lint.Rule{ID: "DF103", Name: "base-image-not-pinned", Severity: lint.Info, Fix: lint.FixSafe, OptIn: true},
			"# DF103 base-image-not-pinned\n\n**Severity:** info · **Fix:** safe · **Opt-in:** enable it with `enable: [DF103]`\n"},
		{lint.Rule{ID: "DF999", Name: "x", Severity: lint.Info, Fix: lint.FixUnsafe, Aliases: []string{"A"}, OptIn: true},
			"# DF999 x\n\n**Severity:** info · **Fix:** unsafe · **Aliases:** A · **Opt-in:** enable it with `enable: [DF999]`\n"},
	} {
		if got := DocHeader(&tc.rule); got != tc.want {
			t.Errorf("DocHeader(%s) =\n%s\nwant\n%s", tc.rule.ID, got, tc.want)
		}
	}
}

// TestDocHeaders keeps each doc's header equal to DocHeader of its rule;
// with -update it rewrites the header and leaves the body alone.
func TestDocHeaders(t *testing.T) {
	for _, r := range All() {
		path := filepath.Join("docs", r.ID+".md")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Error(err)
			continue
		}
		doc := string(b)
		want := DocHeader(r) + docBody(doc)
		if doc == want {
			continue
		}
		if *update {
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s header differs (go test ./rules -run TestDocHeaders -update rewrites it):\n%s",
			path, fix.UnifiedDiff(path, path, b, []byte(want)))
	}
}

func TestDocBody(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"# DF1 a\n\n**Severity:** info · **Fix:** none\n\nBody.\n", "\nBody.\n"},
		{"# DF1 a\n\nBody.\n", "\nBody.\n"},                  // no metadata line yet
		{"# DF1 a\n**Severity:** old\nBody.\n", "\nBody.\n"}, // no blank lines
		{"# DF1 a\n\n**Severity:** info\n", ""},              // header only
		{"Body.\n", "\nBody.\n"},                             // no heading
	} {
		if got := docBody(tc.doc); got != tc.want {
			t.Errorf("docBody(%q) = %q, want %q", tc.doc, got, tc.want)
		}
	}
}

// docBody is doc without what DocHeader renders: the heading, the blank
// line and the metadata line, as far as each is there. A body always starts
// with the blank line that separates it from the header.
func docBody(doc string) string {
	cutLine := func(s string) string {
		if _, rest, ok := strings.Cut(s, "\n"); ok {
			return rest
		}
		return ""
	}
	body := doc
	if strings.HasPrefix(body, "# ") {
		body = cutLine(body)
	}
	body = strings.TrimPrefix(body, "\n")
	if strings.HasPrefix(body, "**Severity:**") {
		body = cutLine(body)
	}
	if body != "" && !strings.HasPrefix(body, "\n") {
		body = "\n" + body
	}
	return body
}

// regradesFixesRe finds the config keys that re-grade fixes as safe or
// unsafe, in block or flow style; testdata setting them says nothing about
// the rule's own grading.
var regradesFixesRe = regexp.MustCompile(`(?m)(^|[{,])\s*extend-(un)?safe-fixes\s*:`)

func TestRegradesFixesRe(t *testing.T) {
	for config, want := range map[string]bool{
		"extend-safe-fixes: [DF201]\n":                    true,
		"enable: [DF103]\nextend-unsafe-fixes: [DF403]\n": true,
		"{enable: [DF103], extend-safe-fixes: [DF101]}\n": true,
		"  extend-unsafe-fixes:\n  - DF201\n":             true,
		"enable: [DF103]\n":                               false,
		"disable: [extend-safe-fixes-rule]\n":             false,
		"":                                                false,
	} {
		if got := regradesFixesRe.MatchString(config); got != want {
			t.Errorf("regradesFixesRe on %q = %v, want %v", config, got, want)
		}
	}
}

// TestFixKinds checks each rule's declared Fix against the fixes its
// testdata produces: every alternative of every finding of the rule.
func TestFixKinds(t *testing.T) {
	for _, r := range All() {
		t.Run(r.ID, func(t *testing.T) {
			var safe, unsafe []string // testdata files showing each kind
			files := ruleTestdata(t, r.ID)
			for _, file := range files {
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				o := parseOptions(t, src)
				if regradesFixesRe.MatchString(o.config) {
					continue
				}
				var sawSafe, sawUnsafe bool
				for _, d := range lintRuleFile(t, r, file, src, o).diags {
					for _, fx := range d.Fixes {
						sawSafe = sawSafe || fx.Safe
						sawUnsafe = sawUnsafe || !fx.Safe
					}
				}
				if sawSafe {
					safe = append(safe, filepath.Base(file))
				}
				if sawUnsafe {
					unsafe = append(unsafe, filepath.Base(file))
				}
			}
			got := fixKindOf(len(safe) > 0, len(unsafe) > 0)
			if got == r.Fix {
				return
			}
			t.Errorf("%s declares Fix %s, but its testdata shows %s (safe fixes in [%s]; unsafe fixes in [%s]): %s",
				r.ID, r.Fix, got, strings.Join(safe, " "), strings.Join(unsafe, " "), fixKindNotes(r.Fix, got))
		})
	}
}

// fixKindOf is the FixKind of a rule that offers safe fixes, unsafe ones,
// both or neither.
func fixKindOf(safe, unsafe bool) lint.FixKind {
	switch {
	case safe && unsafe:
		return lint.FixMixed
	case safe:
		return lint.FixSafe
	case unsafe:
		return lint.FixUnsafe
	}
	return lint.FixNone
}

// fixKindNotes says, for safe and for unsafe fixes, whether the rule
// declares a kind its testdata never shows, or emits one it does not declare.
func fixKindNotes(declared, got lint.FixKind) string {
	offers := func(k lint.FixKind, safe bool) bool {
		return k == lint.FixMixed || (safe && k == lint.FixSafe) || (!safe && k == lint.FixUnsafe)
	}
	var notes []string
	for _, kind := range []struct {
		safe bool
		name string
	}{{true, "a safe fix"}, {false, "an unsafe fix"}} {
		switch d, g := offers(declared, kind.safe), offers(got, kind.safe); {
		case d && !g:
			notes = append(notes, "no testdata file shows "+kind.name)
		case !d && g:
			notes = append(notes, "the rule emits "+kind.name+", which it does not declare")
		}
	}
	return strings.Join(notes, "; ")
}

// DocHeader is how docs/<ID>.md begins: the heading, a blank line and a line
// with the rule's severity, fix kind, aliases and opt-in status. It is
// rendered from the Rule so that the doc cannot drift from the registry;
// `go test ./rules -run TestDocHeaders -update` rewrites the docs' headers.
func DocHeader(r *lint.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s %s\n\n**Severity:** %s · **Fix:** %s", r.ID, r.Name, r.Severity, r.Fix)
	if len(r.Aliases) > 0 {
		b.WriteString(" · **Aliases:** " + strings.Join(r.Aliases, ", "))
	}
	if r.OptIn {
		fmt.Fprintf(&b, " · **Opt-in:** enable it with `enable: [%s]`", r.ID)
	}
	b.WriteString("\n")
	return b.String()
}
