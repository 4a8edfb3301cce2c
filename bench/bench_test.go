package bench

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/internal/bkcheck"
	"github.com/dockerfix/dockerfix/internal/bkparser"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

// corpusDir is ../shared/corpus/files seen from the repository root; a
// clone of the project alone does not have it.
var corpusDir = filepath.Join("..", "..", "shared", "corpus", "files")

// env is the CLI's offline environment: the embedded catalog, default
// config, and a pinned clock so that support-status rules judge every run
// against the same date.
func env(b *testing.B) *lint.Env {
	b.Helper()
	cat, err := images.Load()
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	return &lint.Env{
		Now:    func() time.Time { return now },
		Config: &lint.Config{},
		Images: rules.NewImages(cat),
	}
}

type file struct {
	name string
	src  []byte
}

// loadCorpus reads every corpus file up front, so that the timed loop
// measures linting, not disk I/O.
func loadCorpus(b *testing.B) (files []file, size int64) {
	b.Helper()
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		b.Skip("corpus absent")
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		src, err := os.ReadFile(filepath.Join(corpusDir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, file{e.Name(), src})
		size += int64(len(src))
	}
	if len(files) == 0 {
		b.Skip("corpus empty")
	}
	return files, size
}

// reportFilesPerSec reports throughput in files, the unit compare.sh uses
// for the CLIs.
func reportFilesPerSec(b *testing.B, perOp int) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(perOp*b.N)/s, "files/s")
	}
}

// BenchmarkCorpusLint lints the corpus as a CLI worker does: one
// lint.Parser, reusing each file's tables for the next.
func BenchmarkCorpusLint(b *testing.B) {
	files, size := loadCorpus(b)
	rs, e := rules.All(), env(b)
	var p lint.Parser
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, _, err := p.Check(f.name, f.src, rs, e); err != nil {
				b.Fatalf("%s: %v", f.name, err)
			}
		}
	}
	reportFilesPerSec(b, len(files))
}

// BenchmarkCorpusBuildKitOnly is BuildKit's share of a lint alone: its
// parser (internal/bkparser, the same trees as upstream, argument nodes
// left unbuilt and memory reused from file to file, as lint.Parser does) and the instruction parser's verdict
// DF000 needs (internal/bkcheck, falling back to instructions.Parse). No
// rule, no byte ranges: the ceiling on corpus throughput while parsing with
// BuildKit.
func BenchmarkCorpusBuildKitOnly(b *testing.B) {
	var p bkparser.TreeParser
	benchBuildKit(b, func(src []byte) {
		if tree, err := p.Parse(src, string(src)); err == nil {
			bkcheck.Instructions(tree)
		}
	})
}

// BenchmarkCorpusBuildKitUpstream is BenchmarkCorpusBuildKitOnly with
// upstream's whole tree and its own instructions.Parse, for comparison.
func BenchmarkCorpusBuildKitUpstream(b *testing.B) {
	benchBuildKit(b, func(src []byte) {
		if res, err := bkparser.Parse(src); err == nil {
			instructions.Parse(res.AST, nil)
		}
	})
}

// benchBuildKit runs check on every file of the corpus.
func benchBuildKit(b *testing.B, check func(src []byte)) {
	files, size := loadCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			check(f.src)
		}
	}
	reportFilesPerSec(b, len(files))
}

func BenchmarkCorpusFix(b *testing.B) {
	files, size := loadCorpus(b)
	// No build context: fixes that edit manifests have nothing to read,
	// and nothing touches the disk.
	opts := fix.Options{Rules: rules.All(), Env: env(b)}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := fix.Loop(f.name, f.src, opts); err != nil {
				b.Fatalf("%s: %v", f.name, err)
			}
		}
	}
	reportFilesPerSec(b, len(files))
}

func BenchmarkSmallFile(b *testing.B) {
	// A typical application Dockerfile: a build stage, a runtime stage, a
	// few findings to fix. bench/compare.sh times the same file.
	src, err := os.ReadFile(filepath.Join("testdata", "small.Dockerfile"))
	if err != nil {
		b.Fatal(err)
	}
	rs, e := rules.All(), env(b)
	b.Run("lint", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := lint.Check("Dockerfile", src, rs, e); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("fix", func(b *testing.B) {
		opts := fix.Options{Rules: rs, Env: e}
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := fix.Loop("Dockerfile", src, opts); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// largeFiles are generated Dockerfiles with a finding on nearly every line:
// the sizes where a fix loop that is quadratic in the file shows.
var largeFiles = []struct {
	name string
	gen  func() []byte
}{
	// 40,000 lines, a MAINTAINER (DF401) or a shell-form CMD (DF402,
	// DF403; the two conflict) on each.
	{"mixed-40k-lines", func() []byte {
		b := []byte("FROM debian:trixie-slim\n")
		for i := range 39999 {
			if i%2 == 0 {
				b = fmt.Appendf(b, "MAINTAINER Jane Doe %d <jane@example.com>\n", i)
			} else {
				b = fmt.Appendf(b, "CMD echo %d\n", i)
			}
		}
		return b
	}},
	// 250,000 MAINTAINER lines: 3.25 MB, near the 4 MiB limit.
	{"maintainer-250k", func() []byte {
		return append([]byte("FROM debian:trixie-slim\n"), bytes.Repeat([]byte("MAINTAINER x\n"), 250000)...)
	}},
	// 60,000 stages on an old release (DF101), each with a RUN.
	{"stages-60k", func() []byte {
		var b []byte
		for i := range 60000 {
			b = fmt.Appendf(b, "FROM debian:bullseye AS s%d\nRUN echo hi\n", i)
		}
		return b
	}},
}

// BenchmarkLargeFile lints and fixes each of largeFiles, the fix with
// unsafe fixes too (the stages' bumps are unsafe). A fix should cost a
// small multiple of the lint, about 2× here (a lint per round, and rounds
// only for conflicts), not a multiple of the file's findings.
func BenchmarkLargeFile(b *testing.B) {
	rs, e := rules.All(), env(b)
	for _, lf := range largeFiles {
		src := lf.gen()
		b.Run(lf.name+"/lint", func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := lint.Check("Dockerfile", src, rs, e); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(lf.name+"/fix", func(b *testing.B) {
			opts := fix.Options{Rules: rs, Env: e, Unsafe: true}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := fix.Loop("Dockerfile", src, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
