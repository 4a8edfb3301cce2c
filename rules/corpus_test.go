package rules

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
)

// corpusDir is the real-world corpus beside the repository; tests that use
// it skip when it is absent.
func corpusDir(t *testing.T) string {
	dir := filepath.Join("..", "..", "shared", "corpus", "files")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("corpus absent")
	}
	return dir
}

// eachCorpusFile lints every corpus file that parses with env and calls fn.
func eachCorpusFile(t *testing.T, env *lint.Env, rules []*lint.Rule, fn func(name string, f *lint.File, diags []lint.Diagnostic)) {
	dir := corpusDir(t)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		f, diags, err := lint.Check(e.Name(), src, rules, env)
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		if len(f.Instructions) == 0 {
			continue
		}
		fn(e.Name(), f, diags)
	}
}

func testEnv() *lint.Env {
	return &lint.Env{
		Now:    func() time.Time { return time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC) },
		Config: &lint.Config{},
		Images: testImages,
	}
}

// TestCorpusRootUserFinalStageOnly: DF201 reports and edits only the final
// stage, never a build stage.
func TestCorpusRootUserFinalStageOnly(t *testing.T) {
	eachCorpusFile(t, testEnv(), []*lint.Rule{RootUser}, func(name string, f *lint.File, diags []lint.Diagnostic) {
		final := f.FinalStage()
		start := final.From.Lines.Start
		for _, d := range diags {
			if d.Rule != RootUser.ID {
				continue
			}
			// The finding may sit on a USER root inherited from an earlier
			// stage of the chain, but edits stay in the final stage.
			for _, fx := range d.Fixes {
				for _, e := range fx.Edits {
					if e.Range.Start < start {
						t.Errorf("%s: DF201 fix edits before the final stage (offset %d < %d): %s", name, e.Range.Start, start, fx.Message)
					}
				}
			}
		}
	})
}

// TestCorpusBumpTargets: over the corpus, every base image DF101 bumps to
// (unsafe fixes included) exists in the catalog's tag set and is supported
// on the date: the tests' date, and the date of the data snapshot.
func TestCorpusBumpTargets(t *testing.T) {
	for _, day := range []time.Time{testEnv().Date(), time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)} {
		t.Run(day.Format(time.DateOnly), func(t *testing.T) {
			env := testEnv()
			env.Now = func() time.Time { return day }
			corpusBumpTargets(t, env)
		})
	}
}

func corpusBumpTargets(t *testing.T, env *lint.Env) {
	date := env.Date()
	cat := testImages.Catalog
	bumped := 0
	eachCorpusFile(t, env, []*lint.Rule{OutdatedBaseImage}, func(name string, f *lint.File, diags []lint.Diagnostic) {
		if len(diags) == 0 {
			return
		}
		res, err := fix.Loop(name, f.Src, fix.Options{Rules: []*lint.Rule{OutdatedBaseImage}, Env: env, Unsafe: true})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		if len(res.File.Stages) != len(f.Stages) {
			t.Errorf("%s: stage count changed", name)
			return
		}
		for i, st := range res.File.Stages {
			before := f.Stages[i].ImageExpanded
			if st.ImageExpanded == before {
				continue
			}
			bumped++
			r, err := images.ParseRef(st.ImageExpanded)
			if err != nil {
				t.Errorf("%s: %s → %s does not parse: %v", name, before, st.ImageExpanded, err)
				continue
			}
			s, ok := cat.Status(r, date)
			if !ok || !s.Known {
				t.Errorf("%s: %s → %s: not in the tag set", name, before, st.ImageExpanded)
			} else if s.Unsupported() {
				t.Errorf("%s: %s → %s: not supported on %s", name, before, st.ImageExpanded, date.Format("2006-01-02"))
			}
		}
	})
	if bumped == 0 {
		t.Error("no bump at all over the corpus")
	}
}

// TestCorpusLegacyKeyValueKeepsValues: over the corpus, DF419's safe fixes
// (ENV a b → ENV a=b, LABEL likewise) leave every ENV and LABEL pair
// exactly as BuildKit reads it, quotes, spaces and variables included.
func TestCorpusLegacyKeyValueKeepsValues(t *testing.T) {
	corpusFixesKeep(t, []*lint.Rule{LegacyKeyValueFormat}, keyValuePairs)
}

// keyValuePairs lists a Dockerfile's ENV and LABEL pairs, stage by stage,
// as BuildKit sets them: parsed, then each value expanded as one word
// (quotes removed, every variable standing for a marker of its name, as
// DF419's own check has it; here with BuildKit's lexer, not the rule's).
func keyValuePairs(src []byte) ([]string, bool) {
	res, err := parser.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, false
	}
	stages, _, err := instructions.Parse(res.AST, nil)
	if err != nil {
		return nil, false
	}
	lex := shell.NewLex(res.EscapeToken)
	var out []string
	for _, st := range stages {
		for _, c := range st.Commands {
			var kvs instructions.KeyValuePairs
			switch x := c.(type) {
			case *instructions.EnvCommand:
				kvs = x.Env
			case *instructions.LabelCommand:
				kvs = x.Labels
			}
			for _, kv := range kvs {
				v, _, err := lex.ProcessWord(kv.Value, markerEnv{})
				if err != nil {
					v = "error: " + err.Error()
				}
				out = append(out, fmt.Sprintf("%s %s=%q", c.Name(), kv.Key, v))
			}
		}
	}
	return out, true
}

// TestCorpusSyntaxFixesKeepInstructions: over the corpus, the safe fixes
// of the rules that only change how a file is written (the casing of
// keywords and of FROM's AS, empty continuation lines) leave BuildKit's
// parse of every instruction as it was.
func TestCorpusSyntaxFixesKeepInstructions(t *testing.T) {
	corpusFixesKeep(t, []*lint.Rule{FromAsCasing, NoEmptyContinuation, ConsistentInstructionCasing}, parsedInstructions)
}

// corpusFixesKeep applies the rules' safe fixes to every corpus file that
// BuildKit parses, and checks that what dump reads of the file (as BuildKit
// reads it) is the same after as before. Some file must be fixed.
func corpusFixesKeep(t *testing.T, rules []*lint.Rule, dump func(src []byte) ([]string, bool)) {
	dir := corpusDir(t)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	opts := fix.Options{Rules: rules, Env: testEnv()}
	fixed := 0
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		before, ok := dump(src)
		if !ok {
			continue
		}
		res, err := fix.Loop(e.Name(), src, opts)
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		if bytes.Equal(res.Fixed, src) {
			continue
		}
		fixed++
		after, ok := dump(res.Fixed)
		if !ok {
			t.Errorf("%s: the fixed file does not parse", e.Name())
			continue
		}
		for i := range min(len(before), len(after)) {
			if before[i] != after[i] {
				t.Errorf("%s: %q became %q", e.Name(), before[i], after[i])
				break
			}
		}
		if len(before) != len(after) {
			t.Errorf("%s: %d entries became %d", e.Name(), len(before), len(after))
		}
	}
	if fixed == 0 {
		t.Error("no corpus file fixed: the test checks nothing")
	}
}

// parsedInstructions dumps BuildKit's parse of each instruction: its
// keyword, flags, arguments and heredocs, not its text or lines. Keywords
// and FROM's AS, which BuildKit reads in any case, are lower-cased.
func parsedInstructions(src []byte) ([]string, bool) {
	res, err := parser.Parse(bytes.NewReader(src))
	if err != nil {
		return nil, false
	}
	var out []string
	var dump func(n *parser.Node) string
	dump = func(n *parser.Node) string {
		var b strings.Builder
		// BuildKit reads keywords in any case, and keeps them as written.
		fmt.Fprintf(&b, "%s %q", strings.ToLower(n.Value), n.Flags)
		for a := n.Next; a != nil; a = a.Next {
			v := a.Value
			if strings.EqualFold(n.Value, "from") && strings.EqualFold(v, "as") {
				v = "as"
			}
			fmt.Fprintf(&b, " %q", v)
			for _, c := range a.Children {
				b.WriteString(" [" + dump(c) + "]")
			}
		}
		for _, c := range n.Children {
			b.WriteString(" [" + dump(c) + "]")
		}
		for _, h := range n.Heredocs {
			fmt.Fprintf(&b, " <<%q %q", h.Name, h.Content)
		}
		return b.String()
	}
	for _, n := range res.AST.Children {
		out = append(out, dump(n))
	}
	return out, true
}
