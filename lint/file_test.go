package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dockerfix/dockerfix/internal/bktest"
)

func mustParse(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse("Dockerfile", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return f
}

func TestInstructionRanges(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		instr    int      // which instruction
		keyword  string   // text at KeywordRange
		whole    string   // text at Range
		args     []string // text at each Args[i].Range
		argText  string
		flags    []string // text at each Flags[i].Range
		startEnd [2]int   // StartLine, EndLine
	}{
		{
			name: "simple", src: "FROM alpine:3.20 AS build\n",
			keyword: "FROM", whole: "FROM alpine:3.20 AS build",
			args: []string{"alpine:3.20", "AS", "build"}, argText: "alpine:3.20 AS build", startEnd: [2]int{1, 1},
		},
		{
			name: "bom and leading space", src: "\uFEFF  from  debian\n",
			keyword: "from", whole: "from  debian", args: []string{"debian"}, argText: "debian", startEnd: [2]int{1, 1},
		},
		{
			name: "crlf continuation", src: "FROM a\r\nRUN apt-get update && \\\r\n    apt-get install -y curl\r\n",
			instr: 1, keyword: "RUN", whole: "RUN apt-get update && \\\r\n    apt-get install -y curl",
			args:     []string{"apt-get", "update", "&&", "apt-get", "install", "-y", "curl"},
			argText:  "apt-get update &&     apt-get install -y curl",
			startEnd: [2]int{2, 3},
		},
		{
			name: "inner comment and blank line", src: "FROM a\nRUN echo a \\\n# note\n\n  && echo b\nCMD x\n",
			instr: 1, keyword: "RUN", whole: "RUN echo a \\\n# note\n\n  && echo b",
			args: []string{"echo", "a", "&&", "echo", "b"}, argText: "echo a   && echo b", startEnd: [2]int{2, 5},
		},
		{
			name: "escape directive", src: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir c:\\ `\n  && echo hi\n",
			instr: 1, keyword: "RUN", whole: "RUN dir c:\\ `\n  && echo hi",
			args: []string{"dir", "c:\\", "&&", "echo", "hi"}, argText: "dir c:\\   && echo hi", startEnd: [2]int{3, 4},
		},
		{
			name: "flags", src: "FROM --platform=$BUILDPLATFORM golang:1.22 AS b\nCOPY --from=b --chown=\"app:app\" /src /dst\n",
			instr: 1, keyword: "COPY", whole: "COPY --from=b --chown=\"app:app\" /src /dst",
			flags: []string{"--from=b", "--chown=\"app:app\""}, args: []string{"/src", "/dst"}, argText: "/src /dst", startEnd: [2]int{2, 2},
		},
		{
			name: "json form", src: "FROM a\nCMD [\"node\", \"server.js\"]\n",
			instr: 1, keyword: "CMD", whole: "CMD [\"node\", \"server.js\"]",
			args: []string{"\"node\"", "\"server.js\""}, argText: "[\"node\", \"server.js\"]", startEnd: [2]int{2, 2},
		},
		{
			name: "heredoc", src: "FROM a\nRUN <<EOF\nset -e\necho hi\nEOF\nCMD x\n",
			instr: 1, keyword: "RUN", whole: "RUN <<EOF\nset -e\necho hi\nEOF",
			args: []string{"<<EOF"}, argText: "<<EOF", startEnd: [2]int{2, 5},
		},
		{
			name: "quoted words", src: "FROM a\nLABEL a=\"b c\" d='e f'\n",
			instr: 1, keyword: "LABEL", whole: "LABEL a=\"b c\" d='e f'",
			args: []string{"a=\"b c\"", "d='e f'"}, argText: "a=\"b c\" d='e f'", startEnd: [2]int{2, 2},
		},
		{
			name: "no trailing newline", src: "FROM a\nUSER app",
			instr: 1, keyword: "USER", whole: "USER app", args: []string{"app"}, argText: "app", startEnd: [2]int{2, 2},
		},
		{
			// The range spans the break; the keyword is whole on the logical line.
			name: "keyword split by a continuation", src: "FROM a\nRU\\\nN echo hi\n",
			instr: 1, keyword: "RU\\\nN", whole: "RU\\\nN echo hi", args: []string{"echo", "hi"}, argText: "echo hi", startEnd: [2]int{2, 3},
		},
		{
			// BuildKit trims the line before reading flags: an open quote
			// ends with the instruction, not after its trailing blank.
			name: "flag with an open quote", src: "FROM a\nRUN --mount=\"0 \n",
			instr: 1, keyword: "RUN", whole: "RUN --mount=\"0", flags: []string{"--mount=\"0"}, startEnd: [2]int{2, 2},
		},
		{
			name: "tabs", src: "FROM a\n\tRUN\techo\thi\n",
			instr: 1, keyword: "RUN", whole: "RUN\techo\thi", args: []string{"echo", "hi"}, argText: "echo\thi", startEnd: [2]int{2, 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := mustParse(t, tt.src)
			in := f.Instructions[tt.instr]
			if got := f.Text(in.KeywordRange); got != tt.keyword {
				t.Errorf("keyword = %q, want %q", got, tt.keyword)
			}
			if got := f.Text(in.Range); got != tt.whole {
				t.Errorf("range = %q, want %q", got, tt.whole)
			}
			var args []string
			for _, w := range in.Args() {
				args = append(args, f.Text(w.Range))
			}
			if strings.Join(args, "|") != strings.Join(tt.args, "|") {
				t.Errorf("args = %q, want %q", args, tt.args)
			}
			var flags []string
			for _, fl := range in.Flags {
				flags = append(flags, f.Text(fl.Range))
			}
			if strings.Join(flags, "|") != strings.Join(tt.flags, "|") {
				t.Errorf("flags = %q, want %q", flags, tt.flags)
			}
			if got := in.ArgText(); got != tt.argText {
				t.Errorf("ArgText = %q, want %q", got, tt.argText)
			}
			if in.StartLine != tt.startEnd[0] || in.EndLine != tt.startEnd[1] {
				t.Errorf("lines = %d-%d, want %v", in.StartLine, in.EndLine, tt.startEnd)
			}
		})
	}
}

// TestStageParentsMany checks the parents of stages past manyStageNames,
// where buildStages looks names up in a map: a name used twice resolves to
// its latest stage, case does not matter, and a stage is not its own
// parent.
func TestStageParentsMany(t *testing.T) {
	var b strings.Builder
	want := map[int]int{} // stage index -> parent index
	last := map[string]int{}
	for i := range 3 * manyStageNames {
		name := fmt.Sprintf("s%d", i%(2*manyStageNames)) // the last third reuse names
		from := "debian:trixie"
		switch {
		case i == 2*manyStageNames+5:
			from = strings.ToUpper(name) // itself, under a name used before
		case i%3 == 1:
			from = fmt.Sprintf("S%d", (i-1)%(2*manyStageNames))
		}
		if p, ok := last[strings.ToLower(from)]; ok {
			want[i] = p
		}
		fmt.Fprintf(&b, "FROM %s AS %s\nRUN true\n", from, name)
		last[name] = i
	}
	f := mustParse(t, b.String())
	if len(f.Stages) != 3*manyStageNames {
		t.Fatalf("%d stages", len(f.Stages))
	}
	for i, st := range f.Stages {
		got := -1
		if st.Parent != nil {
			got = st.Parent.Index
		}
		w, ok := want[i]
		if !ok {
			w = -1
		}
		if got != w {
			t.Errorf("stage %d (FROM %s): parent %d, want %d", i, st.ImageExpanded, got, w)
		}
	}
	if len(want) < manyStageNames {
		t.Fatalf("only %d stages have a parent: the test lost its point", len(want))
	}
	// Root and Family, against walking the Parent links.
	rootOf := func(st *Stage) *Stage {
		for st.Parent != nil {
			st = st.Parent
		}
		return st
	}
	for _, st := range f.Stages {
		root := rootOf(st)
		if st.Root() != root {
			t.Errorf("stage %d: root %d, want %d", st.Index, st.Root().Index, root.Index)
		}
		var family []*Stage
		for _, s := range f.Stages {
			if st == root && rootOf(s) == st {
				family = append(family, s)
			}
		}
		if !slices.Equal(st.Family(), family) {
			t.Errorf("stage %d: family of %d stages, want %d", st.Index, len(st.Family()), len(family))
		}
	}
}

func TestStages(t *testing.T) {
	f := mustParse(t, `ARG GO=1.22
ARG BASE
FROM golang:${GO}-alpine AS Build
RUN go build
FROM build AS test
FROM ${BASE:-debian}:bookworm
COPY --from=build /out /
FROM scratch
`)
	if len(f.GlobalArgs) != 2 || len(f.Stages) != 4 {
		t.Fatalf("global args %d stages %d", len(f.GlobalArgs), len(f.Stages))
	}
	s := f.Stages
	if s[0].ImageExpanded != "golang:1.22-alpine" || !s[0].ImageResolved || s[0].Name != "Build" {
		t.Errorf("stage 0: %+v", s[0])
	}
	if s[1].Parent != s[0] || s[1].Root() != s[0] {
		t.Errorf("stage 1 parent = %v", s[1].Parent)
	}
	if s[2].ImageExpanded != "debian:bookworm" || s[2].Parent != nil {
		t.Errorf("stage 2: %q", s[2].ImageExpanded)
	}
	if !s[3].IsScratch() || f.FinalStage() != s[3] {
		t.Errorf("final stage not scratch")
	}
	if d, ok := f.GlobalArg("GO"); !ok || d.Default != "1.22" || f.Text(d.DefaultRange) != "1.22" || f.Text(d.NameRange) != "GO" {
		t.Errorf("GlobalArg GO = %+v", d)
	}
	if f.StageByName("build") != s[0] || f.StageByName("1") != s[1] {
		t.Errorf("StageByName")
	}
}

func TestShellOffsets(t *testing.T) {
	src := "FROM a\nRUN apt-get update \\\n  # comment\n  && sudo apt-get install -y curl\n"
	f := mustParse(t, src)
	sc := f.Instructions[1].Shell(f)
	if sc == nil {
		t.Fatal("no script")
	}
	var got []string
	for _, c := range sc.Calls() {
		got = append(got, f.Text(sc.Range(c)))
	}
	want := []string{"apt-get update", "sudo apt-get install -y curl"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("calls = %q, want %q", got, want)
	}

	hd := mustParse(t, "FROM a\nRUN <<EOF\nsudo true\nEOF\n")
	sc = hd.Instructions[1].Shell(hd)
	if sc == nil || len(sc.Calls()) != 1 || hd.Text(sc.Range(sc.Calls()[0])) != "sudo true" {
		t.Errorf("heredoc script wrong: %v", sc)
	}
}

func TestParseError(t *testing.T) {
	_, diags, err := Check("Dockerfile", []byte("FROM a\nRUN <<EOF\necho\n"), nil, nil)
	if err != nil || len(diags) != 1 || diags[0].Rule != "DF000" {
		t.Fatalf("diags = %+v err = %v", diags, err)
	}
	if !strings.Contains(diags[0].Message, "heredoc") {
		t.Errorf("message %q", diags[0].Message)
	}
}

// TestCorpusRanges checks, over real-world files, that every file BuildKit
// parses gets ranges whose keyword text matches BuildKit's node.
func TestCorpusRanges(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "files")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skip("corpus absent")
	}
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(e.Name(), src)
		if err != nil {
			continue
		}
		for _, in := range f.Instructions {
			if !strings.EqualFold(f.Text(in.KeywordRange), in.Node.Value) {
				t.Errorf("%s:%d: keyword %q vs node %q", e.Name(), in.StartLine, f.Text(in.KeywordRange), in.Node.Value)
			}
			for _, w := range in.Args() {
				if w.Range.Start < in.Range.Start || w.Range.End > in.Range.End {
					t.Errorf("%s:%d: arg %q outside instruction", e.Name(), in.StartLine, w.Text)
				}
			}
			// MayCall's fast path answers as the loose match it stands for.
			for _, name := range []string{"apt", "sudo", "useradd", "|", "-p", "/bin/sh", "update", "pip"} {
				if got, want := in.MayCall(f, name), in.mayCallSlow(f, name); got != want {
					t.Errorf("%s:%d: MayCall(%q) = %v, loose match %v", e.Name(), in.StartLine, name, got, want)
				}
			}
			// MayCall may say yes wrongly, never no: any literal shell word
			// that contains a name needs a yes.
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			for _, call := range sc.Calls() {
				for _, w := range call.Args {
					lit, ok := LitWord(w)
					if !ok {
						continue
					}
					for _, name := range []string{"sudo", "useradd", "adduser"} {
						if strings.Contains(lit, name) && !in.MayCall(f, name) {
							t.Errorf("%s:%d: MayCall(%q) is false, but the script has %q", e.Name(), in.StartLine, name, lit)
						}
					}
				}
			}
		}
	}
}

func TestViews(t *testing.T) {
	f := mustParse(t, "FROM a AS build\nCOPY --from=build --chown=app:app --link a b /dst/\nUSER app:staff\nADD [\"x y\", \"/z\"]\n")
	c, ok := f.Instructions[1].Copy()
	if !ok || c.From != "build" || c.Chown != "app:app" || !c.Link || len(c.Sources) != 2 || c.Dest.Text != "/dst/" {
		t.Errorf("Copy = %+v", c)
	}
	if u, g, ok := f.Instructions[2].User(); !ok || u != "app" || g != "staff" {
		t.Errorf("User = %q %q", u, g)
	}
	if c, ok := f.Instructions[3].Copy(); !ok || c.Sources[0].Text != "x y" || c.Dest.Text != "/z" {
		t.Errorf("ADD JSON = %+v", c)
	}
	if _, ok := f.Instructions[0].Copy(); ok {
		t.Error("FROM has no copy view")
	}
}

func TestOnbuildShell(t *testing.T) {
	f := mustParse(t, "FROM a\nONBUILD RUN --mount=type=cache,target=/x sudo apt-get update \\\n  && echo ok\nONBUILD RUN [\"sudo\"]\nONBUILD COPY . /\n")
	in := f.Instructions[1]
	if !in.IsRun() || in.OnbuildKeyword() != "RUN" {
		t.Fatal("ONBUILD RUN not recognised")
	}
	sc := in.Shell(f)
	if sc == nil || len(sc.Calls()) != 2 || f.Text(sc.Range(sc.Calls()[0])) != "sudo apt-get update" {
		t.Fatalf("ONBUILD RUN script: %v", sc)
	}
	if f.Instructions[2].Shell(f) != nil || f.Instructions[3].Shell(f) != nil || f.Instructions[3].IsRun() {
		t.Error("exec-form ONBUILD RUN and ONBUILD COPY have no script")
	}
}

// TestHealthcheckShell: the script of HEALTHCHECK CMD is the text after CMD,
// its flags and the CMD word left out, mapped back to the source.
func TestHealthcheckShell(t *testing.T) {
	tests := []struct {
		src    string
		cmd    bool   // IsHealthcheckCmd
		script string // the source text of the script's first call; "" for none
	}{
		{"FROM a\nHEALTHCHECK CMD curl -f http://x/\n", true, "curl -f http://x/"},
		{"FROM a\nHEALTHCHECK --interval=5m --timeout=3s \\\n  CMD curl -f http://x/ || exit 1\n", true, "curl -f http://x/"},
		{"FROM a\nhealthcheck  cmd   wget -q x\n", true, "wget -q x"},
		{"FROM a\nHEALTHCHECK CMD [\"curl\", \"x\"]\n", true, ""},
		{"FROM a\nHEALTHCHECK NONE\n", false, ""},
		{"FROM a\nCMD curl x\n", false, "curl x"},
	}
	for _, tt := range tests {
		f := mustParse(t, tt.src)
		in := f.Instructions[1]
		if in.IsHealthcheckCmd() != tt.cmd {
			t.Errorf("%q: IsHealthcheckCmd = %v", tt.src, !tt.cmd)
		}
		got := ""
		if sc := in.Shell(f); sc != nil && len(sc.Calls()) > 0 {
			got = f.Text(sc.Range(sc.Calls()[0]))
		}
		if got != tt.script {
			t.Errorf("%q: script %q, want %q", tt.src, got, tt.script)
		}
	}
}

func TestHeredocShebang(t *testing.T) {
	tests := []struct {
		src   string
		shell bool
	}{
		{"FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint('sudo')\nEOF\n", false},
		{"FROM a\nRUN <<EOF\n#!/bin/bash\nsudo true\nEOF\n", true},
		{"FROM a\nRUN <<EOF\n#!/usr/bin/env -S bash -e\nsudo true\nEOF\n", true},
		{"FROM a\nRUN <<EOF\nsudo true\nEOF\n", true},
	}
	for _, tt := range tests {
		f := mustParse(t, tt.src)
		if got := f.Instructions[1].Shell(f) != nil; got != tt.shell {
			t.Errorf("%q: shell script = %v, want %v", tt.src, got, tt.shell)
		}
	}
}

func TestMayCall(t *testing.T) {
	tests := []struct {
		src  string
		name string
		want bool
	}{
		{"FROM a\nRUN sudo true\n", "sudo", true},
		{"FROM a\nRUN apt-get update\n", "sudo", false},
		{"FROM a\nRUN su\"do\" true\n", "sudo", true},
		{"FROM a\nRUN su'do' true\n", "sudo", true},
		{"FROM a\nRUN s\\udo true\n", "sudo", true},
		// A Dockerfile continuation inside the name: BuildKit joins the lines.
		{"FROM a\nRUN su\\\n  do true\n", "sudo", false}, // "su  do": two words
		{"FROM a\nRUN su\\\ndo true\n", "sudo", true},
		{"FROM a\nRUN su\\\n# comment\ndo true\n", "sudo", true},
		{"# escape=`\nFROM a\nRUN su`\ndo true\n", "sudo", true},
		{"FROM a\nRUN /usr/sbin/useradd -u 1000 app\n", "useradd", true},
		{"FROM a\nRUN <<EOF\nset -e\nsudo true\nEOF\n", "sudo", true},
		{"FROM a\nRUN <<EOF\nset -e\nEOF\n", "sudo", false},
		{"FROM a\nRUN echo s u d o\n", "sudo", false},
		{"FROM a\nRUN ssudo\n", "sudo", true},
		{"FROM a\nRUN [\"sudo\", \"x\"]\n", "sudo", true},
		// Not across a heredoc's start, and a skipped byte in the name
		// itself takes the loose match.
		{"FROM a\nRUN cat <<EOF >x; su\nd\nEOF\n", "sud", false},
		{"FROM a\nRUN echo a' b'\n", "a' b", true},
		{"FROM a\nRUN echo 'a b'\n", "a b", true},
		{"FROM a\nRUN echo \"a\n", "\"a", true},
	}
	for _, tt := range tests {
		f := mustParse(t, tt.src)
		in := f.Instructions[len(f.Instructions)-1]
		if got := in.MayCall(f, tt.name); got != tt.want {
			t.Errorf("%q: MayCall(%q) = %v, want %v", tt.src, tt.name, got, tt.want)
		}
	}
}

// An unterminated quote runs to the end of the arguments, not over the
// trailing blanks: BuildKit trims those before splitting words.
func TestUnterminatedQuoteWord(t *testing.T) {
	f := mustParse(t, "FROM a\nRUN echo \"x y  \nENV A \"b c \n")
	for i, want := range []string{"\"x y", "\"b c"} {
		in := f.Instructions[i+1]
		args := in.Args()
		if len(args) != 2 || args[1].Text != want || args[1].Range.End != in.Range.End {
			t.Errorf("%s: args = %+v, range %v", in.Keyword, args, in.Range)
		}
	}
}

// FuzzRanges checks, on any input BuildKit parses, the byte ranges that
// fixes are built on: every range lies inside its instruction, the keyword
// is BuildKit's, and a word on one line is exactly its source bytes.
func FuzzRanges(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "rules", "testdata", "*", "*.Dockerfile"))
	for _, p := range seeds {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("Dockerfile", src)
		if err != nil {
			return
		}
		inside := func(what string, in *Instruction, r Range) {
			if r.Start < in.Range.Start || r.End > in.Range.End || r.Start > r.End {
				t.Fatalf("line %d: %s %v outside the instruction %v", in.StartLine, what, r, in.Range)
			}
		}
		for _, in := range file.Instructions {
			if in.Range.Start < 0 || in.Range.End > len(src) || in.Lines.Start > in.Range.Start || in.Lines.End < in.Range.End {
				t.Fatalf("line %d: range %v, lines %v, %d bytes", in.StartLine, in.Range, in.Lines, len(src))
			}
			inside("keyword", in, in.KeywordRange)
			keyword := file.Text(in.KeywordRange)
			if strings.Contains(keyword, "\n") {
				// Split by a line continuation ("RU\\\nN"): the range spans the
				// break; the logical line holds the keyword whole.
				keyword = strings.Fields(string(in.logical.text))[0]
			}
			if !strings.EqualFold(keyword, in.Node.Value) {
				t.Fatalf("line %d: keyword %q, BuildKit %q", in.StartLine, keyword, in.Node.Value)
			}
			for _, fl := range in.Flags {
				inside("flag", in, fl.Range)
			}
			for _, w := range in.Args() {
				inside("word", in, w.Range)
				if text := file.Text(w.Range); !in.JSON && !strings.ContainsAny(text, "\r\n") && text != w.Text {
					t.Fatalf("line %d: word %q, source %q", in.StartLine, w.Text, text)
				}
			}
			for _, h := range in.Heredocs {
				if h.Body.Start < in.Range.Start || h.Body.End > in.Lines.End || h.Body.Start > h.Body.End {
					t.Fatalf("line %d: heredoc body %v outside %v", in.StartLine, h.Body, in.Lines)
				}
			}
		}
	})
}

func TestLineStarts(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []int
	}{
		{"", []int{0}},
		{"a", []int{0}},
		{"a\n", []int{0}},
		{"a\nb", []int{0, 2}},
		{"\n\n", []int{0, 1}},
		{"a\r\nb\n", []int{0, 3}},
		{"ab\n\ncd\n", []int{0, 3, 4}},
	} {
		if got := lineStarts(nil, []byte(tc.src)); !slices.Equal(got, tc.want) {
			t.Errorf("lineStarts(%q) = %v, want %v", tc.src, got, tc.want)
		}
		// A reused buffer, with room and stale contents.
		if got := lineStarts([]int{7, 7, 7, 7, 7}, []byte(tc.src)); !slices.Equal(got, tc.want) {
			t.Errorf("lineStarts(%q) reusing a buffer = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// dumpFile renders what a File tells rules, for comparing two parses.
func dumpFile(f *File) string {
	var b strings.Builder
	fmt.Fprintf(&b, "lines %d newline %q escape %q warnings %d\n", f.NumLines(), f.Newline, f.Escape, len(f.Warnings))
	for n := 1; n <= f.NumLines(); n++ {
		fmt.Fprintf(&b, "line %d %v %v\n", n, f.LineRange(n), f.FullLineRange(n))
	}
	stageIndex := func(st *Stage) int {
		if st == nil {
			return -1
		}
		return st.Index
	}
	for _, in := range f.Instructions {
		fmt.Fprintf(&b, "%d %s %v %v %d-%d kw %v flags %+v args %v %+v json %v heredocs %+v stage %d\n",
			in.Index, in.Keyword, in.Range, in.Lines, in.StartLine, in.EndLine, in.KeywordRange,
			in.Flags, in.ArgsRange, in.Args(), in.JSON, in.Heredocs, stageIndex(in.Stage))
		if in.Keyword == "RUN" {
			if s := in.Shell(f); s != nil {
				fmt.Fprintf(&b, "  shell %d statements, calls %d\n", len(s.File.Stmts), len(s.Calls()))
			}
		}
	}
	for _, c := range f.Comments {
		fmt.Fprintf(&b, "comment %+v\n", c)
	}
	for _, st := range f.Stages {
		fmt.Fprintf(&b, "stage %d %q %+v %q %q %v parent %d root %d from %d\n", st.Index, st.Name, st.Image, st.Platform,
			st.ImageExpanded, st.ImageResolved, stageIndex(st.Parent), stageIndex(st.Root()), st.From.Index)
		for _, s := range st.Family() {
			fmt.Fprintf(&b, "  family %d\n", s.Index)
		}
		for _, in := range st.Instructions {
			fmt.Fprintf(&b, "  %d\n", in.Index)
		}
	}
	for _, a := range f.GlobalArgs {
		fmt.Fprintf(&b, "global %d\n", a.Index)
	}
	return b.String()
}

// TestParserReuse parses every Dockerfile at hand with one Parser, each on
// the memory of the one before (large after small, small after large), and
// requires what a fresh Parse gives.
func TestParserReuse(t *testing.T) {
	var p Parser
	n := 0
	bktest.Dockerfiles(t, func(path string, src []byte, _ bool) {
		want, wantErr := Parse(path, src)
		got, gotErr := p.Parse(path, src)
		if (wantErr == nil) != (gotErr == nil) {
			t.Fatalf("%s: error %v, fresh %v", path, gotErr, wantErr)
		}
		if wantErr != nil {
			return
		}
		if g, w := dumpFile(got), dumpFile(want); g != w {
			t.Fatalf("%s: reusing a Parser:\n%s\nfresh:\n%s", path, g, w)
		}
		n++
	})
	if n == 0 {
		t.Fatal("no Dockerfile parsed")
	}
}

func TestLineBefore(t *testing.T) {
	src := "FROM a\n# about b\n# hadolint ignore=DL3003\nRUN b\n\n# apart\n\nRUN c\nRUN d\n"
	f := mustParse(t, src)
	for i, want := range []int{1, 2, 8, 9} {
		if got := f.Position(f.LineBefore(f.Instructions[i])).Line; got != want {
			t.Errorf("LineBefore(%s) is on line %d, want %d", f.Instructions[i].Original(), got, want)
		}
	}
}
