package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/moby/buildkit/frontend/dockerfile/parser"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/lint"
)

// FuzzFix runs every rule, unsafe fixes included, under either bump policy,
// on arbitrary input. Linting
// never fails or panics, every range is inside the file, and when the input
// parses, the fixed file parses too and fixing it again changes nothing.
func FuzzFix(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*", "*.Dockerfile"))
	for _, p := range seeds {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, false)
		f.Add(src, true)
	}
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, src []byte, minimal bool) {
		// Both base-image bump policies: they pick different targets.
		cfg := &lint.Config{}
		if minimal {
			cfg.Bump = "minimal"
		}
		env := &lint.Env{Now: func() time.Time { return day }, Config: cfg, Images: testImages}
		opts := fix.Options{Rules: All(), Env: env, Unsafe: true}
		_, diags, err := lint.Check("Dockerfile", src, opts.Rules, env)
		if err != nil {
			t.Fatalf("lint: %v", err)
		}
		for _, d := range diags {
			if d.Range.Start < 0 || d.Range.End > len(src) || d.Range.Start > d.Range.End {
				t.Fatalf("%s: range %v outside the file (%d bytes)", d.Rule, d.Range, len(src))
			}
		}
		if _, err := parser.Parse(bytes.NewReader(src)); err != nil {
			return
		}
		res, err := fix.Loop("Dockerfile", src, opts)
		if err != nil {
			t.Fatalf("fix: %v", err)
		}
		if _, err := parser.Parse(bytes.NewReader(res.Fixed)); err != nil {
			t.Fatalf("fixed output does not parse: %v\n%s", err, res.Fixed)
		}
		again, err := fix.Loop("Dockerfile", res.Fixed, opts)
		if err != nil {
			t.Fatalf("second fix: %v", err)
		}
		if !bytes.Equal(again.Fixed, res.Fixed) {
			t.Fatalf("fixing twice changes the file:\n%s", fix.UnifiedDiff("a", "b", res.Fixed, again.Fixed))
		}
	})
}
