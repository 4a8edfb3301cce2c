package lint

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/moby/buildkit/frontend/dockerfile/linter"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
)

// TestMayBePragma: the prefilter never turns away a comment the pragma
// regexp matches.
func TestMayBePragma(t *testing.T) {
	for _, text := range []string{
		"dockerfix ignore=DF101", "DockerFix global ignore=x", "hadolint ignore=DL3002",
		"HADOLINT ignore=a", "doc\u212Aerfix ignore=DF101", /* the Kelvin sign */
	} {
		if !pragmaRe.MatchString(text) {
			t.Fatalf("%q: the regexp does not match; fix the test", text)
		}
		if !mayBePragma([]byte(text)) {
			t.Errorf("mayBePragma(%q) = false", text)
		}
	}
	for _, text := range []string{"", "install deps", "docker build", "check=skip=A", "hadolin"} {
		if mayBePragma([]byte(text)) {
			t.Errorf("mayBePragma(%q) = true", text)
		}
	}
}

// TestMayBeCheck: the prefilter never turns away a comment that upstream's
// directive regexp reads as a check directive.
func TestMayBeCheck(t *testing.T) {
	for _, text := range []string{
		"check=skip=A", "Check = skip=B", "CHECK\t=x", "check=", "check", "checkout", "check2=x",
		"chec\u212A=skip=A", "checks=a", "syntax=x", "", "chec", "check =\u00a0a",
	} {
		m := directiveRe.FindStringSubmatch(text)
		isCheck := m != nil && strings.ToLower(m[1]) == "check"
		if isCheck && !mayBeCheck(text) {
			t.Errorf("mayBeCheck(%q) = false, but it is a check directive", text)
		}
		if !isCheck && mayBeCheck(text) && !strings.HasPrefix(strings.ToLower(text), "check") {
			t.Errorf("mayBeCheck(%q) = true", text)
		}
	}
}

// upstreamSkip is the skip set upstream's linter ends with, in the form
// ours takes: all, or the sorted names.
func upstreamSkip(l *linter.Linter) string {
	if l.SkipAll {
		return "all"
	}
	var names []string
	for n := range l.SkippedRules {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ",")
}

func ourSkip(s checkSkip) string {
	if s.all {
		return "all"
	}
	var names []string
	for _, id := range s.ids {
		if !slices.Contains(names, id.name) {
			names = append(names, id.name)
		}
	}
	slices.Sort(names)
	return strings.Join(names, ",")
}

// checkOptionCases are `check=` values, the odd ones included.
var checkOptionCases = []string{
	"", "   ", "skip=A", "skip=A,B", " skip = A , B ", "skip=all", "skip=ALL", "skip=All", "skip= all ",
	"skip=all,A", "skip=A;error=true", "skip=A;error=maybe", "error=true", "error=1;skip=A",
	"skip=A;experimental=B", "skip=A;experimental=all", "Skip=A", "SKIP=A", "skip", "skip=A;",
	"skip=A;;", "skip=A;skip=B", "skip=all;skip=B", "skip=A;skip=all", "skip=A;error=true;foo=bar",
	"skip=A;error=true;experimental=x;foo", "foo=bar", "skip=A,,B", "skip=", "skip=A;error=",
	"skip=MaintainerDeprecated", "skip=maintainerdeprecated", "skip=DF401,JSONArgsRecommended",
}

// TestParseCheckOptionsSameAsUpstream compares parseCheckOptions with
// linter.ParseLintOptions.
func TestParseCheckOptionsSameAsUpstream(t *testing.T) {
	for _, opts := range checkOptionCases {
		want, wantErr := linter.ParseLintOptions(opts)
		got, err := parseCheckOptions(opts)
		if (err != nil) != (wantErr != nil) {
			t.Errorf("%q: error %v, upstream %v", opts, err, wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if w, g := upstreamSkip(linter.New(want)), ourSkip(got); w != g {
			t.Errorf("%q: skip %q, upstream %q", opts, g, w)
		}
	}
}

// checkAboveCases are the comments above an instruction (its PrevComment:
// '#' and surrounding blanks removed).
var checkAboveCases = [][]string{
	nil,
	{"check=skip=A"},
	{"check=skip=MaintainerDeprecated"},
	{"CHECK=skip=A"},
	{"Check = skip=A"},
	{"check=skip=A // a reason"},
	{"check=skip=A, B"},
	{"check=skip=all // local to this instruction"},
	{"check=skip=ALL"},
	{"check=Skip=A"},
	{"a comment", "check=skip=A"},
	{"check=skip=A", "check=skip=B"},
	{"check=skip=A;error=maybe", "check=skip=B"},
	{"check=bogus", "check=skip=B"},
	{"check=", "check=skip=B"},
	{"check", "check=skip=B"},
	{"checkout the repo", "check=skip=B"},
	{"syntax=docker/dockerfile:1", "check=skip=B"},
	{"escape=`", "check=skip=B"},
	{"# check=skip=A"},
	{"check=skip=A;error=true"},
	{"check=error=true"},
	{"check=skip=A\t;error=true"},
	{"check =\tskip=A"},
	{"chec\u212A=skip=A"},
	{"check=skip=A;experimental=B;error=true"},
	{"dockerfix ignore=DF401", "check=skip=A"},
}

// TestCheckAboveSameAsUpstream compares checkAbove with the linter that
// upstream's instruction parser and dispatch make for an instruction.
func TestCheckAboveSameAsUpstream(t *testing.T) {
	for _, comments := range checkAboveCases {
		want := upstreamSkip(linter.New(&linter.Config{}).WithMergedConfigFromComments(comments))
		s, _ := checkAbove(comments)
		if got := ourSkip(s); got != want {
			t.Errorf("%q: skip %q, upstream %q", comments, got, want)
		}
	}
}

// FuzzCheckAbove: any comments give the skip set upstream's linter ends with.
func FuzzCheckAbove(f *testing.F) {
	for _, c := range checkAboveCases {
		f.Add(strings.Join(c, "\n"))
	}
	f.Fuzz(func(t *testing.T, s string) {
		comments := strings.Split(s, "\n")
		want := upstreamSkip(linter.New(&linter.Config{}).WithMergedConfigFromComments(comments))
		c, _ := checkAbove(comments)
		if got := ourSkip(c); got != want {
			t.Errorf("%q: skip %q, upstream %q", comments, got, want)
		}
	})
}

// checkFiles place check comments where BuildKit reads them as the file's
// directive, as an instruction's, or not at all.
var checkFiles = []string{
	"# check=skip=A\nFROM x\nCMD y\n",
	"#check=skip=A\nFROM x\n",
	"# syntax=docker/dockerfile:1\n# check=skip=all\nFROM x\n",
	"# a comment\n# check=skip=A\nFROM x\nCMD y\n",
	"\n# check=skip=A\nFROM x\n",
	"  # check=skip=A\nFROM x\n",
	"#!/usr/bin/env docker\n# check=skip=A\nFROM x\n",
	"\xEF\xBB\xBF# check=skip=A\nFROM x\n",
	"# check=skip=A\r\nFROM x\r\n# check=skip=B\r\nCMD y\r\n",
	"# check=skip=A;error=maybe\nFROM x\n",
	"FROM x\n# check=skip=A\nCMD y\n",
	"FROM x\n# check=skip=A\n\nCMD y\n",
	"FROM x\n# check=skip=A\n#\nCMD y\n",
	"FROM x\n  # check=skip=A\nCMD y\n",
	"FROM x\n\t# check=skip=A\nCMD y\n",
	"FROM x\n# check=skip=A\n# a reason\nCMD y\n",
	"FROM x\nRUN a \\\n# check=skip=A\n  b\nCMD y\n",
	"FROM x\n# check=skip=A\nRUN <<EOF\n# check=skip=B\nEOF\nCMD y\n",
	"FROM x\n# check=skip=A\nONBUILD RUN y\n",
	"FROM x\n# check=skip=all\nCMD y\n# check=skip=B\nCMD z\n",
	"# escape=`\nFROM x\n# check=skip=A\nRUN a `\n  b\n",
}

// TestCheckPragmasSameAsUpstream: for each instruction, the skip set of its
// check pragmas (the file's and its own) is the one upstream's linter has
// when it reaches the instruction.
func TestCheckPragmasSameAsUpstream(t *testing.T) {
	for _, src := range checkFiles {
		res, err := parser.Parse(bytes.NewReader([]byte(src)))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		opts, _, _, _ := parser.ParseDirective("check", []byte(src))
		cfg, err := linter.ParseLintOptions(opts)
		if err != nil {
			cfg = &linter.Config{} // the build fails; dockerfix skips nothing
		}
		global := linter.New(cfg)
		f, err := Parse("Dockerfile", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		pragmas := f.pragmas()
		for i, n := range res.AST.Children {
			want := upstreamSkip(global.WithMergedConfigFromComments(n.PrevComment))
			var s checkSkip
			for _, p := range pragmas {
				if p.kind == pragmaCheck && (p.global || p.target == f.Instructions[i]) {
					s.all = s.all || p.skipAll
					s.ids = append(s.ids, p.ids...)
				}
			}
			if got := ourSkip(s); got != want {
				t.Errorf("%q, instruction %d: skip %q, upstream %q", src, i+1, got, want)
			}
		}
	}
}

// TestCheckSkip: a check directive hides findings by the rules' exact IDs,
// names and aliases, for the whole file at the top, for one instruction
// above it.
func TestCheckSkip(t *testing.T) {
	maintainer := &Rule{ID: "DF991", Name: "demo-maintainer", Aliases: []string{"DL4000", "MaintainerDeprecated"}, Severity: Warning,
		Check: func(p *Pass) {
			for _, in := range p.File.InstructionsOf("MAINTAINER") {
				p.Report(Diagnostic{Range: in.Range, Message: "m"})
			}
		}}
	cmd := &Rule{ID: "DF992", Name: "demo-cmd", Aliases: []string{"JSONArgsRecommended"}, Severity: Warning,
		Check: func(p *Pass) {
			for _, in := range p.File.InstructionsOf("CMD") {
				p.Report(Diagnostic{Range: in.Range, Message: "c"})
			}
		}}
	rules := []*Rule{maintainer, cmd, UnusedIgnoreRule}
	tests := []struct {
		src  string
		want string // "line:rule" of each finding
	}{
		{"FROM x\nMAINTAINER a\nCMD b\n", "2:DF991 3:DF992"},
		// Above an instruction: that instruction only.
		{"FROM x\n# check=skip=MaintainerDeprecated\nMAINTAINER a\nMAINTAINER b\n", "4:DF991"},
		{"FROM x\n# check=skip=JSONArgsRecommended\nCMD a\nCMD b\n", "4:DF992"},
		{"FROM x\n# check=skip=JSONArgsRecommended\nMAINTAINER a\nCMD b\n", "3:DF991 4:DF992"},
		{"FROM x\n# check=skip=MaintainerDeprecated,JSONArgsRecommended\nMAINTAINER a\nCMD b\n", "4:DF992"},
		{"FROM x\n# check=skip=all\nMAINTAINER a\nCMD b\n", "4:DF992"},
		{"FROM x\n# check=skip=all // a reason\nMAINTAINER a\n", ""},
		{"FROM x\n# check=skip=MaintainerDeprecated\n\n# more words\nMAINTAINER \\\n  a\n", ""},
		// By ID or name too, but spelled exactly, as BuildKit matches.
		{"FROM x\n# check=skip=DF991\nMAINTAINER a\n", ""},
		{"FROM x\n# check=skip=demo-maintainer\nMAINTAINER a\n", ""},
		{"FROM x\n# check=skip=maintainerdeprecated\nMAINTAINER a\n", "3:DF991"},
		{"FROM x\n# check=skip=ALL\nMAINTAINER a\n", "3:DF991"},
		{"FROM x\n# CHECK = skip=MaintainerDeprecated\nMAINTAINER a\n", ""},
		{"FROM x\n# check=SKIP=MaintainerDeprecated\nMAINTAINER a\n", "3:DF991"},
		// error=true is allowed, a malformed part voids the directive.
		{"FROM x\n# check=skip=MaintainerDeprecated;error=true\nMAINTAINER a\n", ""},
		{"FROM x\n# check=skip=MaintainerDeprecated;error=yes\nMAINTAINER a\n", "3:DF991"},
		// Only the first check comment above counts.
		{"FROM x\n# check=skip=JSONArgsRecommended\n# check=skip=MaintainerDeprecated\nMAINTAINER a\n", "4:DF991"},
		// An empty comment line clears the comments above it; an indented
		// one is read with its '#' and is no directive.
		{"FROM x\n# check=skip=MaintainerDeprecated\n#\nMAINTAINER a\n", "4:DF991"},
		{"FROM x\n  # check=skip=MaintainerDeprecated\nMAINTAINER a\n", "3:DF991"},
		// At the top: the whole file. Further down before the first
		// instruction: the FROM only.
		{"# check=skip=MaintainerDeprecated\nFROM x\nMAINTAINER a\n", ""},
		{"# syntax=docker/dockerfile:1\n# check=skip=all\nFROM x\nMAINTAINER a\nCMD b\n", ""},
		{"# a comment\n# check=skip=MaintainerDeprecated\nFROM x\nMAINTAINER a\n", "4:DF991"},
		{"# Check=skip=maintainerdeprecated\nFROM x\nMAINTAINER a\n", "3:DF991"},
		// A check pragma that hides nothing is BuildKit's to judge.
		{"FROM x\n# check=skip=JSONArgsRecommended\nRUN a\n", ""},
	}
	for _, tt := range tests {
		f, diags, err := Check("Dockerfile", []byte(tt.src), rules, nil)
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		var got []string
		for _, d := range diags {
			got = append(got, fmt.Sprintf("%d:%s", f.Position(d.Range.Start).Line, d.Rule))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: findings %q, want %q", tt.src, g, tt.want)
		}
	}
}
