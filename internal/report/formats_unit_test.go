package report

import (
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// TestCommandEscaping uses @actions/core's own cases
// (packages/core/__tests__/command.test.ts).
func TestCommandEscaping(t *testing.T) {
	for _, tt := range []struct {
		in, data, property string
	}{
		{"percent % percent % cr \r cr \r lf \n lf \n",
			"percent %25 percent %25 cr %0D cr %0D lf %0A lf %0A",
			"percent %25 percent %25 cr %0D cr %0D lf %0A lf %0A"},
		{"%25 %25 %0D %0D %0A %0A", "%2525 %2525 %250D %250D %250A %250A", "%2525 %2525 %250D %250D %250A %250A"},
		{"colon : colon : comma , comma ,", "colon : colon : comma , comma ,", "colon %3A colon %3A comma %2C comma %2C"},
		{"%25 %25 %0D %0D %0A %0A %3A %3A %2C %2C",
			"%2525 %2525 %250D %250D %250A %250A %253A %253A %252C %252C",
			"%2525 %2525 %250D %250D %250A %250A %253A %253A %252C %252C"},
		{"", "", ""},
		{"Zoë 🐳 ::", "Zoë 🐳 ::", "Zoë 🐳 %3A%3A"},
	} {
		if got := string(appendCommandData(nil, tt.in)); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := string(appendCommandProperty(nil, tt.in)); got != tt.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
		}
	}
}

// TestUTF16Columns: SARIF and github columns count UTF-16 code units; the
// byte columns of the other formats do not change.
func TestUTF16Columns(t *testing.T) {
	const src = "FROM a\nLABEL x=\"é🐳\" y=z\n"
	f, err := lint.Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	y := strings.Index(src, "y=z")
	for _, tt := range []struct {
		off, utf16, byteCol int
	}{
		{7, 1, 1},                             // the line's start
		{strings.Index(src, "é"), 10, 10},     // before é
		{strings.Index(src, "🐳"), 11, 12},     // é is 1 unit, 2 bytes
		{strings.Index(src, "🐳") + 4, 13, 16}, // 🐳 is 2 units (a surrogate pair), 4 bytes
		{y, 15, 18},
		{len(src) - 1, 18, 21}, // before the newline
	} {
		p := f.Position(tt.off)
		if got := utf16Column(f, p); got != tt.utf16 || p.Column != tt.byteCol {
			t.Errorf("offset %d: UTF-16 column %d, byte column %d; want %d, %d", tt.off, got, p.Column, tt.utf16, tt.byteCol)
		}
	}
	// In the outputs: the region of "y=z".
	file := File{Path: "Dockerfile", File: f, Diagnostics: []lint.Diagnostic{{
		Rule: "DF401", Severity: lint.Warning, Range: lint.Range{Start: y, End: y + 3}, Message: "m"}}}
	sarif := string(render(t, "sarif", []File{file}, Options{}))
	if !strings.Contains(sarif, `"startColumn": 15,`) || !strings.Contains(sarif, `"endColumn": 18`) {
		t.Errorf("SARIF region is not in UTF-16 columns:\n%s", sarif)
	}
	if got := string(render(t, "github", []File{file}, Options{})); !strings.Contains(got, ",col=15,endColumn=18,") {
		t.Errorf("github: %s", got)
	}
	if got := string(render(t, "rdjsonl", []File{file}, Options{})); !strings.Contains(got, `"start":{"line":2,"column":18},"end":{"line":2,"column":21}`) {
		t.Errorf("rdjsonl, in bytes: %s", got)
	}
}

func TestPositionAtEnd(t *testing.T) {
	for _, tt := range []struct {
		src        string
		line, col  int
		span       [2]int // lineSpan of the whole file
		endLineCol [2]int // lineEnd of the whole file
	}{
		{"FROM a\n", 2, 1, [2]int{1, 1}, [2]int{1, 7}},
		{"FROM a", 1, 7, [2]int{1, 1}, [2]int{1, 7}},
		{"FROM a\r\nCMD b\r\n", 3, 1, [2]int{1, 2}, [2]int{2, 6}},
	} {
		f, err := lint.Parse("Dockerfile", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		all := lint.Range{Start: 0, End: len(tt.src)}
		p := position(f, len(tt.src))
		first, last := lineSpan(f, all)
		e := lineEnd(f, all)
		if p.Line != tt.line || p.Column != tt.col || [2]int{first, last} != tt.span || [2]int{e.Line, e.Column} != tt.endLineCol {
			t.Errorf("%q: end at %d:%d, span %d-%d, line end %d:%d; want %d:%d, %v, %v",
				tt.src, p.Line, p.Column, first, last, e.Line, e.Column, tt.line, tt.col, tt.span, tt.endLineCol)
		}
	}
}

// TestGitLabFingerprints: a fingerprint survives moving and re-indenting
// the finding's lines and a changed message, and changes with the rule,
// the path or the text; identical findings in a file are numbered.
func TestGitLabFingerprints(t *testing.T) {
	fingerprints := func(path, src string, rule, msg string, texts ...string) []string {
		t.Helper()
		f, err := lint.Parse(path, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var diags []lint.Diagnostic
		from := 0
		for _, text := range texts {
			i := from + strings.Index(src[from:], text)
			diags = append(diags, lint.Diagnostic{Rule: rule, Severity: lint.Warning, Range: lint.Range{Start: i, End: i + len(text)}, Message: msg})
			from = i + len(text)
		}
		var out []string
		for _, issue := range gitlabIssues(File{Path: path, RepoPath: path, File: f, Diagnostics: diags}) {
			out = append(out, issue.Fingerprint)
		}
		return out
	}
	const base = "FROM a\nRUN apt-get install \\\n    curl\n"
	want := fingerprints("Dockerfile", base, "DF301", "m", "RUN apt-get install \\\n    curl")[0]
	same := []struct {
		name string
		fp   string
	}{
		{"moved down", fingerprints("Dockerfile", "FROM a\n\n# why\nRUN apt-get install \\\n    curl\n", "DF301", "m", "RUN apt-get install \\\n    curl")[0]},
		{"re-indented and re-wrapped", fingerprints("Dockerfile", "FROM a\n  RUN  apt-get install curl\n", "DF301", "m", "RUN  apt-get install curl")[0]},
		{"another message", fingerprints("Dockerfile", base, "DF301", "reworded", "RUN apt-get install \\\n    curl")[0]},
	}
	for _, s := range same {
		if s.fp != want {
			t.Errorf("%s: fingerprint changed", s.name)
		}
	}
	differ := []struct {
		name string
		fp   string
	}{
		{"another rule", fingerprints("Dockerfile", base, "DF302", "m", "RUN apt-get install \\\n    curl")[0]},
		{"another path", fingerprints("sub/Dockerfile", base, "DF301", "m", "RUN apt-get install \\\n    curl")[0]},
		{"another text", fingerprints("Dockerfile", "FROM a\nRUN apt-get install wget\n", "DF301", "m", "RUN apt-get install wget")[0]},
	}
	for _, d := range differ {
		if d.fp == want {
			t.Errorf("%s: same fingerprint", d.name)
		}
	}
	twice := fingerprints("Dockerfile", "FROM a\nCMD x\nCMD x\n", "DF402", "m", "CMD x", "CMD x")
	once := fingerprints("Dockerfile", "FROM a\nCMD x\n", "DF402", "m", "CMD x")
	if len(twice) != 2 || twice[0] == twice[1] || twice[0] != once[0] {
		t.Errorf("identical findings: %v (alone: %v)", twice, once)
	}
}

func TestGitLabSeverities(t *testing.T) {
	for s, want := range map[lint.Severity]string{lint.Info: "info", lint.Warning: "minor", lint.Error: "major"} {
		if got := gitlabSeverity(s); got != want {
			t.Errorf("%v: %q, want %q", s, got, want)
		}
	}
}

func TestArtifactLocation(t *testing.T) {
	for _, tt := range []struct {
		f         File
		rel       string
		uri, base string
	}{
		{File{Path: "sub/Dockerfile", RepoPath: "sub/Dockerfile"}, "", "sub/Dockerfile", srcRoot},
		{File{Path: "Dockerfile", RepoPath: "docker/Dockerfile"}, "package.json", "docker/package.json", srcRoot},
		{File{Path: "my app/Dockerfile", RepoPath: "my app/Dockerfile"}, "", "my%20app/Dockerfile", srcRoot},
		{File{Path: "a:b/Dockerfile", RepoPath: "a:b/Dockerfile"}, "", "./a:b/Dockerfile", srcRoot},
		{File{Path: "50%/Dockerfile#1", RepoPath: "50%/Dockerfile#1"}, "", "50%25/Dockerfile%231", srcRoot},
		{File{Path: "/elsewhere/Dockerfile"}, "", "file:///elsewhere/Dockerfile", ""},
		{File{Path: "C:/src/Dockerfile"}, "go.mod", "file:///C:/src/go.mod", ""},
		{File{Path: "-"}, "", "-", ""},
		{File{Path: "../other/Dockerfile"}, "", "../other/Dockerfile", ""},
	} {
		got := artifactLocation(tt.f, tt.rel)
		if got.URI != tt.uri || got.URIBaseID != tt.base {
			t.Errorf("%+v, %q: got %+v, want %q %q", tt.f, tt.rel, got, tt.uri, tt.base)
		}
	}
}

func TestDocSummary(t *testing.T) {
	doc := "# DF1 x\n\n**Severity:** warning · **Fix:** safe\n\n```dockerfile\nFROM a\n```\n\nThe first\nparagraph   here.\n\nThe second.\n"
	if got, want := docSummary(doc), "The first paragraph here."; got != want {
		t.Errorf("docSummary = %q, want %q", got, want)
	}
	if got := docSummary("# DF1 x\n"); got != "" {
		t.Errorf("docSummary of a heading = %q", got)
	}
}
