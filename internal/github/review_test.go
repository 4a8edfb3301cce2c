package github

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

const testDockerfile = "FROM node:14-alpine\n" + // 1
	"WORKDIR /app\n" + // 2
	"COPY package.json .\n" + // 3
	"MAINTAINER Jane <j@example.com>\n" + // 4
	"RUN npm ci && npm install qs@6.5.0\n" + // 5
	"CMD [\"node\", \"a.js\"]\n" // 6

const testManifest = "{\n" + // 1
	"  \"dependencies\": {\n" + // 2
	"    \"express\": \"4.17.1\"\n" + // 3
	"  }\n" + // 4
	"}\n" // 5

// testFinding is a finding of the test Dockerfile.
type testFinding struct {
	rule    string
	sev     lint.Severity
	on      string // the text reported
	message string
	fix     *lint.Fix
}

func buildTestReview(t *testing.T, findings []testFinding, changed map[string]ChangedFile) Review {
	t.Helper()
	f, err := lint.Parse("svc/Dockerfile", []byte(testDockerfile))
	if err != nil {
		t.Fatal(err)
	}
	var diags []lint.Diagnostic
	for _, tf := range findings {
		i := strings.Index(testDockerfile, tf.on)
		if i < 0 {
			t.Fatalf("%q is not in the Dockerfile", tf.on)
		}
		d := lint.Diagnostic{Rule: tf.rule, Severity: tf.sev, Range: lint.Range{Start: i, End: i + len(tf.on)}, Message: tf.message}
		if tf.fix != nil {
			d.Fixes = []lint.Fix{*tf.fix}
		}
		diags = append(diags, d)
	}
	files := []File{{Path: "svc/Dockerfile", File: f, Diagnostics: diags, ReadContext: func(rel string) ([]byte, error) {
		switch rel {
		case "package.json", "package-lock.json":
			return []byte(testManifest), nil
		}
		return nil, fs.ErrNotExist
	}}}
	rules := []*lint.Rule{{ID: "DF401", Name: "maintainer"}, {ID: "DF201", Name: "root-user"}}
	return Build(files, changed, rules)
}

// span is the range of text in s, which must hold it.
func span(t *testing.T, s, text string) lint.Range {
	t.Helper()
	i := strings.Index(s, text)
	if i < 0 {
		t.Fatalf("%q not found", text)
	}
	return lint.Range{Start: i, End: i + len(text)}
}

func TestBuildPlacesEachFinding(t *testing.T) {
	lineStart := func(n int) int {
		off := 0
		for range n - 1 {
			off += strings.IndexByte(testDockerfile[off:], '\n') + 1
		}
		return off
	}
	insertUser := lint.Fix{Message: "Switch to USER node (the image's own user)", Safe: true,
		Edits: []lint.Edit{{Range: lint.Range{Start: lineStart(6), End: lineStart(6)}, New: "USER node\n"}}}
	label := lint.Fix{Message: `Replace with LABEL org.opencontainers.image.authors="Jane <j@example.com>"`, Safe: true,
		Edits: []lint.Edit{{Range: span(t, testDockerfile, "MAINTAINER Jane <j@example.com>"), New: `LABEL org.opencontainers.image.authors="Jane <j@example.com>"`}}}
	bump := lint.Fix{Message: "Bump node:14-alpine to node:24-alpine (node 14 → 24)", Safe: false,
		Edits: []lint.Edit{{Range: span(t, testDockerfile, "14-alpine"), New: "24-alpine"}}}
	// A top-level bump: the manifest's version, and the pin's removal.
	topLevel := lint.Fix{Message: "Bump express to 4.21.2, which brings qs 6.13.0", Safe: false,
		Edits: []lint.Edit{
			{Range: span(t, testDockerfile, " && npm install qs@6.5.0")},
			{Path: "package.json", Range: span(t, testManifest, "4.17.1"), New: "4.21.2"},
			{Path: "package-lock.json", Range: span(t, testManifest, "4.17.1"), New: "4.21.2"},
		}}
	// A fix across lines 1 and 2, which no one hunk holds.
	across := lint.Fix{Message: "Move the WORKDIR", Safe: true,
		Edits: []lint.Edit{{Range: span(t, testDockerfile, "alpine"), New: "alpine AS app"}, {Range: span(t, testDockerfile, "/app"), New: "/srv"}}}

	rv := buildTestReview(t, []testFinding{
		{"DF101", lint.Warning, "node:14-alpine", "node 14 reached end of support on 2023-04-30; needs review: a new node release line", &bump},
		{"DF201", lint.Warning, "FROM node:14-alpine", "the final stage runs as root", &insertUser},
		{"DF999", lint.Info, "WORKDIR /app", "a finding without a fix, with *stars* and <tags>", nil},
		{"DF998", lint.Info, "WORKDIR /app", "a fix across hunks", &across},
		{"DF401", lint.Warning, "MAINTAINER Jane <j@example.com>", "MAINTAINER is deprecated; use a LABEL", &label},
		{"DF301", lint.Warning, "npm install qs@6.5.0", "qs@6.5.0 is pinned after the install; the rewrite needs review: express may change", &topLevel},
	}, map[string]ChangedFile{
		"svc/Dockerfile":   {Path: "svc/Dockerfile", Hunks: []Hunk{{2, 6}}},
		"svc/package.json": {Path: "svc/package.json", Hunks: []Hunk{{1, 5}}},
		// package-lock.json is not in the pull request.
	})

	type placed struct {
		path        string
		start, line int
		suggestion  string // "-" for none
	}
	var got []placed
	for _, c := range rv.Comments {
		s := "-"
		if i := strings.Index(c.Body, "```suggestion\n"); i >= 0 {
			s = c.Body[i+len("```suggestion\n"):]
			s = s[:strings.Index(s, "```")]
		}
		got = append(got, placed{c.Path, c.StartLine, c.Line, s})
		if c.Key() == "" {
			t.Errorf("comment on %s:%d has no marker:\n%s", c.Path, c.Line, c.Body)
		}
	}
	want := []placed{
		{"svc/Dockerfile", 2, 2, "-"}, // DF999: no fix
		{"svc/Dockerfile", 2, 2, "-"}, // DF998: its fix spans lines 1-2
		{"svc/Dockerfile", 4, 4, "LABEL org.opencontainers.image.authors=\"Jane <j@example.com>\"\n"},
		{"svc/Dockerfile", 5, 5, "RUN npm ci\n"},                          // DF301's Dockerfile part
		{"svc/Dockerfile", 6, 6, "USER node\nCMD [\"node\", \"a.js\"]\n"}, // DF201, on the lines its fix changes
		{"svc/package.json", 3, 3, "    \"express\": \"4.21.2\"\n"},       // DF301's manifest part
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("comments:\n got %v\nwant %v", got, want)
	}
	if rv.Findings != 6 {
		t.Errorf("Findings = %d, want 6", rv.Findings)
	}

	bodies := map[string]string{}
	for _, c := range rv.Comments {
		bodies[fmt.Sprintf("%s:%d", c.Path, c.Line)] += c.Body
	}
	wantIn := map[string][]string{
		"svc/Dockerfile:6": {
			"**warning** [DF201 root-user](" + lint.DocBaseURL + "DF201.md): the final stage runs as root",
			"**Safe fix**: Switch to USER node (the image's own user) (`dockerfix --write` applies it).",
			"Reported on line 1; the fix edits these lines, so the suggestion is here.",
			"```suggestion\nUSER node\nCMD [\"node\", \"a.js\"]\n```",
		},
		"svc/Dockerfile:5": {
			"**warning** DF301: qs@6.5.0 is pinned after the install\n",
			"**Unsafe fix**, review it before committing: Bump express to 4.21.2, which brings qs 6.13.0 (only `dockerfix --write --unsafe-fixes` applies it). Needs review: express may change.",
			"The fix also changes `svc/package.json` (line 3): accept the suggestion there too.",
			"The fix also changes `svc/package-lock.json` (line 3), outside this pull request's diff: `dockerfix --write --unsafe-fixes` applies it there.",
		},
		"svc/package.json:3": {
			"This is the part of its fix in `svc/package.json`, for the finding on line 5 of `svc/Dockerfile`.",
		},
		"svc/Dockerfile:2": {
			`a finding without a fix, with \*stars\* and \<tags\>`,
			"The fix changes lines 1–2, not all of them in one hunk of this pull request's diff, so it cannot be suggested here: `dockerfix --write` applies it.",
		},
	}
	for at, parts := range wantIn {
		for _, p := range parts {
			if !strings.Contains(bodies[at], p) {
				t.Errorf("the comment on %s lacks %q:\n%s", at, p, bodies[at])
			}
		}
	}

	wantSummary := summaryMarker + "\n" +
		"**dockerfix**: 6 findings in the 1 Dockerfile this pull request changes.\n\n" +
		"5 are commented on in the diff; their fixes: 3 safe, 1 unsafe (review before committing).\n\n" +
		"1 is on lines outside the diff:\n\n" +
		"- `svc/Dockerfile` line 1: **warning** DF101: node 14 reached end of support on 2023-04-30; needs review: a new node release line (unsafe fix: Bump node:14-alpine to node:24-alpine (node 14 → 24))\n"
	if rv.Summary != wantSummary {
		t.Errorf("summary:\n%s\nwant:\n%s", rv.Summary, wantSummary)
	}
}

func TestBuildWholeBodies(t *testing.T) {
	label := lint.Fix{Message: "Replace with LABEL", Safe: true,
		Edits: []lint.Edit{{Range: span(t, testDockerfile, "MAINTAINER Jane <j@example.com>"), New: "LABEL a=b"}}}
	bump := lint.Fix{Message: "Bump node:14-alpine to node:24-alpine", Safe: false,
		Edits: []lint.Edit{{Range: span(t, testDockerfile, "14-alpine"), New: "24-alpine"}}}
	remove := lint.Fix{Message: "Remove the MAINTAINER", Safe: true,
		Edits: []lint.Edit{{Range: span(t, testDockerfile, "MAINTAINER Jane <j@example.com>\n")}}}
	changed := map[string]ChangedFile{"svc/Dockerfile": {Path: "svc/Dockerfile", Hunks: []Hunk{{1, 6}}}}
	rv := buildTestReview(t, []testFinding{
		{"DF101", lint.Error, "node:14-alpine", "node 14 has ended; needs review: a new release line", &bump},
		{"DF401", lint.Warning, "MAINTAINER Jane <j@example.com>", "MAINTAINER is deprecated", &label},
	}, changed)
	if len(rv.Comments) != 2 {
		t.Fatalf("%d comments, want 2", len(rv.Comments))
	}
	wantBump := "**error** DF101: node 14 has ended\n\n" +
		"**Unsafe fix**, review it before committing: Bump node:14-alpine to node:24-alpine (only `dockerfix --write --unsafe-fixes` applies it). Needs review: a new release line.\n\n" +
		"```suggestion\nFROM node:24-alpine\n```\n\n" +
		commentMarker + rv.Comments[0].Key() + markerEnd
	if rv.Comments[0].Body != wantBump {
		t.Errorf("unsafe fix's comment:\n%s\nwant:\n%s", rv.Comments[0].Body, wantBump)
	}
	wantLabel := "**warning** [DF401 maintainer](" + lint.DocBaseURL + "DF401.md): MAINTAINER is deprecated\n\n" +
		"**Safe fix**: Replace with LABEL (`dockerfix --write` applies it).\n\n" +
		"```suggestion\nLABEL a=b\n```\n\n" +
		commentMarker + rv.Comments[1].Key() + markerEnd
	if rv.Comments[1].Body != wantLabel {
		t.Errorf("safe fix's comment:\n%s\nwant:\n%s", rv.Comments[1].Body, wantLabel)
	}

	// A deletion is an empty suggestion block.
	del := buildTestReview(t, []testFinding{{"DF401", lint.Warning, "MAINTAINER Jane <j@example.com>", "MAINTAINER is deprecated", &remove}}, changed)
	if !strings.Contains(del.Comments[0].Body, "\n```suggestion\n```\n") {
		t.Errorf("a deletion's comment:\n%s", del.Comments[0].Body)
	}

	// The same plan twice gives the same keys; another suggestion, another.
	again := buildTestReview(t, []testFinding{{"DF401", lint.Warning, "MAINTAINER Jane <j@example.com>", "MAINTAINER is deprecated", &label}}, changed)
	if again.Comments[0].Key() != rv.Comments[1].Key() {
		t.Error("the same comment has another key on a re-run")
	}
	if del.Comments[0].Key() == rv.Comments[1].Key() {
		t.Error("another suggestion on the same line has the same key")
	}
}

func TestBuildSummaries(t *testing.T) {
	if got, want := Build(nil, nil, nil).Summary, summaryMarker+"\n**dockerfix**: this pull request changes no Dockerfile.\n"; got != want {
		t.Errorf("no Dockerfile: %q, want %q", got, want)
	}
	clean := buildTestReview(t, nil, nil)
	if want := summaryMarker + "\n**dockerfix**: no findings in the 1 Dockerfile this pull request changes.\n"; clean.Summary != want || clean.Findings != 0 {
		t.Errorf("no findings: %q, %d findings", clean.Summary, clean.Findings)
	}
	// The list of findings outside the diff is cut at maxListed.
	var many []testFinding
	for range maxListed + 3 {
		many = append(many, testFinding{"DF999", lint.Info, "FROM", "x", nil})
	}
	rv := buildTestReview(t, many, nil)
	if n := strings.Count(rv.Summary, "\n- `svc/Dockerfile` line 1"); n != maxListed {
		t.Errorf("%d findings listed, want %d:\n%s", n, maxListed, rv.Summary)
	}
	if !strings.Contains(rv.Summary, "- … and 3 more: run `dockerfix` on the changed Dockerfiles.\n") {
		t.Errorf("no count of the rest:\n%s", rv.Summary)
	}
}

func TestSuggestionBlockFence(t *testing.T) {
	tests := []struct{ text, want string }{
		{"RUN a", "```suggestion\nRUN a\n```"},
		{"", "```suggestion\n```"},
		{"RUN echo ```", "````suggestion\nRUN echo ```\n````"},
	}
	for _, tt := range tests {
		if got := suggestionBlock(tt.text); got != tt.want {
			t.Errorf("suggestionBlock(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSplitReview(t *testing.T) {
	tests := []struct{ msg, finding, why string }{
		{"plain", "plain", ""},
		{"node 14 ended; needs review: a new line", "node 14 ended", "a new line"},
		{"shell form; the rewrite needs review: signals", "shell form", "signals"},
	}
	for _, tt := range tests {
		if f, w := splitReview(tt.msg); f != tt.finding || w != tt.why {
			t.Errorf("splitReview(%q) = %q, %q", tt.msg, f, w)
		}
	}
}

func TestMarkerKey(t *testing.T) {
	for body, want := range map[string]string{
		"text\n\n" + commentMarker + "0123abcd" + markerEnd: "0123abcd",
		"text":                           "",
		"text " + commentMarker + "open": "",
		summaryMarker + "\nsummary":      "",
	} {
		if got := markerKey(body); got != want {
			t.Errorf("markerKey(%q) = %q, want %q", body, got, want)
		}
	}
}
