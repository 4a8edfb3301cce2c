package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// fixtureRules is a registry for the format tests, so that the goldens do
// not change with the real rules' docs.
func fixtureRules() []*lint.Rule {
	return []*lint.Rule{
		lint.ParseErrorRule,
		{ID: "DF101", Name: "outdated-base-image", Title: "Base image past end of support", Severity: lint.Warning, Fix: lint.FixMixed},
		{ID: "DF201", Name: "root-user", Title: "Container runs as root", Severity: lint.Warning, Fix: lint.FixMixed},
		{ID: "DF204", Name: "useradd-no-log-init", Title: "useradd without -l", Severity: lint.Info, Fix: lint.FixSafe, OptIn: true},
		{ID: "DF301", Name: "pinned-package", Title: "A package pinned on its own", Severity: lint.Info, Fix: lint.FixUnsafe},
		{ID: "DF401", Name: "maintainer", Title: "MAINTAINER is deprecated", Severity: lint.Warning, Fix: lint.FixSafe},
		{ID: "DF402", Name: "multiple-instructions", Title: "Only the last CMD counts", Severity: lint.Warning, Fix: lint.FixSafe},
		{ID: "DF403", Name: "json-args", Title: "CMD in shell form", Severity: lint.Warning, Fix: lint.FixSafe},
	}
}

// fixtureDoc is a rule doc shaped like rules/docs/<ID>.md; DF204 has none.
func fixtureDoc(r *lint.Rule) string {
	if r.ID == "DF204" {
		return ""
	}
	return "# " + r.ID + " " + r.Name + "\n\n**Severity:** " + r.Severity.String() + " · **Fix:** " + r.Fix.String() +
		"\n\n" + r.Title + ": the first paragraph,\nwrapped as docs are, with `code` & <markup>.\n\n```dockerfile\nFROM x\n```\n"
}

func fixtureOptions() Options {
	return Options{Rules: fixtureRules(), RuleDoc: fixtureDoc, Version: "v1.2.3"}
}

// fixtureFiles are four files: findings of every shape (non-ASCII text,
// several lines, related locations, safe and unsafe fixes, insertions,
// deletions, a manifest edit, characters to escape, suppressed findings),
// a clean file, a file that does not parse, and a CRLF file outside the
// repository.
func fixtureFiles(t *testing.T) []File {
	t.Helper()
	const src = "# check=skip=DF204\n" +
		"FROM alpine:3.22\n" +
		"MAINTAINER Zoë 🐳 <z@example.com>\n" +
		"# dockerfix ignore=DF403 -- the entrypoint script expects a shell\n" +
		"CMD run\n" +
		"RUN apk add curl=8.1 && \\\n" +
		"    useradd -u 100000 app\n" +
		"COPY package.json .\n" +
		"CMD [\"x\"]\n"
	f, err := lint.Parse("sub/Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	find := func(s string) lint.Range {
		i := strings.Index(src, s)
		if i < 0 {
			t.Fatalf("%q not in the fixture", s)
		}
		return lint.Range{Start: i, End: i + len(s)}
	}
	at := func(s string) lint.Range { r := find(s); return lint.Range{Start: r.Start, End: r.Start} }
	maintainer := find("MAINTAINER Zoë 🐳 <z@example.com>")
	cmdRun := find("CMD run")
	cmdX := find("CMD [\"x\"]")
	run := lint.Range{Start: find("RUN").Start, End: find("useradd -u 100000 app").End}
	diags := []lint.Diagnostic{
		{Rule: "DF101", Severity: lint.Warning, Range: find("alpine:3.22"),
			Message: "alpine:3.22: Alpine 3.22 reaches end of support on 2027-05-01; bump to alpine:3.23",
			Fixes: []lint.Fix{
				lint.Replace("Bump alpine:3.22 to alpine:3.23", find("alpine:3.22"), "alpine:3.23", true),
				lint.Replace("Bump alpine:3.22 to alpine:3.24", find("alpine:3.22"), "alpine:3.24", false),
			}},
		{Rule: "DF201", Severity: lint.Warning, Range: find("FROM alpine:3.22"),
			Message: "the container runs as root: no USER in the final stage",
			Fixes: []lint.Fix{{Message: "Create user app (UID 10001) and switch to it", Edits: []lint.Edit{
				{Range: at("CMD [\"x\"]"), New: "USER 10001:10001\n"}}}}},
		{Rule: "DF401", Severity: lint.Warning, Range: maintainer,
			Message: "MAINTAINER is deprecated; use a LABEL",
			Fixes: []lint.Fix{lint.Replace(`Replace with LABEL org.opencontainers.image.authors="Zoë 🐳 <z@example.com>"`,
				maintainer, `LABEL org.opencontainers.image.authors="Zoë 🐳 <z@example.com>"`, true)}},
		{Rule: "DF402", Severity: lint.Warning, Range: cmdRun,
			Message: "CMD is overridden by the CMD on line 9",
			Related: []lint.Related{{Range: cmdX, Message: "overridden by this CMD"}},
			Fixes:   []lint.Fix{{Message: "Remove the overridden CMD", Safe: true, Edits: []lint.Edit{{Range: f.FullLineRange(5)}}}}},
		{Rule: "DF301", Severity: lint.Info, Range: run,
			Message: "curl=8.1 pins one package: 100% of the work, a, b: c\nsecond line\r",
			Fixes: []lint.Fix{{Message: "Unpin curl, and add -l to useradd", Edits: []lint.Edit{
				{Range: find("curl=8.1"), New: "curl"},
				{Range: at("-u 100000"), New: "-l "},
			}}}},
		{Rule: "DF301", Severity: lint.Error, Range: find("COPY package.json ."),
			Message: "minimist is pinned in package.json",
			Fixes: []lint.Fix{{Message: "Bump mkdirp to 1.0.4 in package.json", Edits: []lint.Edit{
				{Path: "package.json", Range: lint.Range{Start: 40, End: 47}, New: "^1.0.4"},
				{Range: find("COPY package.json ."), New: "COPY package.json package-lock.json ."},
			}}}},
	}
	suppressed := []lint.Suppressed{
		{Diagnostic: lint.Diagnostic{Rule: "DF403", Severity: lint.Warning, Range: cmdRun,
			Message: "CMD uses the shell form; signals will not reach the program",
			Fixes:   []lint.Fix{lint.Replace(`Rewrite as CMD ["run"]`, cmdRun, `CMD ["run"]`, true)}},
			Pragma: find("# dockerfix ignore=DF403 -- the entrypoint script expects a shell"),
			Reason: "the entrypoint script expects a shell"},
		{Diagnostic: lint.Diagnostic{Rule: "DF204", Severity: lint.Info, Range: find("useradd -u 100000 app"),
			Message: "useradd without -l with a high UID fills /var/log/lastlog"}},
	}
	lint.SortDiagnostics(diags)

	clean, err := lint.Parse("clean/Dockerfile", []byte("FROM scratch\n"))
	if err != nil {
		t.Fatal(err)
	}
	broken, brokenDiags, err := lint.Check("my app/Dockerfile", []byte("FROM alpine\nRUN <<EOF\necho\n"), fixtureRules(), nil)
	if err != nil || len(brokenDiags) != 1 {
		t.Fatalf("the broken fixture: %v, %v", brokenDiags, err)
	}
	const crlf = "FROM alpine:3.22\r\nMAINTAINER me\r\n"
	outside, err := lint.Parse("/elsewhere/Dockerfile", []byte(crlf))
	if err != nil {
		t.Fatal(err)
	}
	m := outside.Instructions[1].Range
	return []File{
		{Path: "sub/Dockerfile", RepoPath: "sub/Dockerfile", File: f, Diagnostics: diags, Suppressed: suppressed},
		{Path: "clean/Dockerfile", RepoPath: "clean/Dockerfile", File: clean},
		{Path: "my app/Dockerfile", RepoPath: "my app/Dockerfile", File: broken, Diagnostics: brokenDiags},
		{Path: "/elsewhere/Dockerfile", File: outside, Diagnostics: []lint.Diagnostic{{
			Rule: "DF401", Severity: lint.Warning, Range: m, Message: "MAINTAINER is deprecated; use a LABEL",
			Fixes: []lint.Fix{lint.Replace("Replace with LABEL org.opencontainers.image.authors=\"me\"", m, "LABEL org.opencontainers.image.authors=\"me\"", true)},
		}}},
	}
}

// render writes files in format as the CLI does: each file's part
// rendered on its own, then added in order.
func render(t *testing.T, format string, files []File, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := NewWriter(&b, format, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		w.Add(w.AppendFile(nil, f))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden compares every format's output on the fixture with
// testdata/<format>.golden; -update rewrites them.
func TestGolden(t *testing.T) {
	files := fixtureFiles(t)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, files, fixtureOptions())
			golden := filepath.Join("testdata", format+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test ./internal/report -run TestGolden -update rewrites it):\n%s", format, golden, got)
			}
		})
	}
}

// TestStreamedDocuments: the documents written a file at a time are byte
// for byte what encoding/json writes for the whole document at once.
func TestStreamedDocuments(t *testing.T) {
	files := fixtureFiles(t)
	opts := fixtureOptions()
	for _, set := range [][]File{nil, files[1:2], files} {
		var results []sarifResult
		var diags []rdjsonDiagnostic
		var issues []gitlabIssue
		s := newSARIF(opts)
		for _, f := range set {
			results = append(results, s.results(f)...)
			diags = append(diags, rdjsonDiagnostics(f, opts.Rules, false)...)
			issues = append(issues, gitlabIssues(f)...)
		}
		// encoding/json writes a nil slice as null, the streams "[]".
		if results == nil {
			results = []sarifResult{}
			diags = []rdjsonDiagnostic{}
			issues = []gitlabIssue{}
		}
		for format, doc := range map[string]any{
			"sarif":  s.log(results),
			"rdjson": rdjsonResult{Source: rdjsonSourceOf(), Diagnostics: diags},
			"gitlab": issues,
		} {
			want := string(encodeJSON(nil, doc, "")) + "\n"
			if got := string(render(t, format, set, opts)); got != want {
				t.Errorf("%s, %d files: streamed\n%s\nwhole\n%s", format, len(set), got, want)
			}
		}
	}
}

// TestWriterTextAndJSON: Writer writes what Text and JSON write.
func TestWriterTextAndJSON(t *testing.T) {
	files := fixtureFiles(t)
	opts := fixtureOptions()
	var text, js bytes.Buffer
	if err := Text(&text, files, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := JSON(&js, files, opts.Rules); err != nil {
		t.Fatal(err)
	}
	if got := render(t, "text", files, opts); !bytes.Equal(got, text.Bytes()) {
		t.Errorf("text:\n%s\nText writes:\n%s", got, text.Bytes())
	}
	if got := render(t, "json", files, opts); !bytes.Equal(got, js.Bytes()) {
		t.Errorf("json:\n%s\nJSON writes:\n%s", got, js.Bytes())
	}
}

func TestNewWriterUnknownFormat(t *testing.T) {
	_, err := NewWriter(&bytes.Buffer{}, "xml", Options{})
	if err == nil || !strings.Contains(err.Error(), `unknown format "xml" (want text, json, sarif, github, rdjson, rdjsonl, gitlab)`) {
		t.Errorf("err = %v", err)
	}
}
