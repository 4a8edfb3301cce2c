package rules

import (
	"os"
	"path/filepath"
	"testing"
	"time"

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
