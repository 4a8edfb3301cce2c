package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/urfave/cli/v3"
	"golang.org/x/term"

	"github.com/dockerfix/dockerfix/fix"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/internal/report"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/rules"
)

type mode int

const (
	modeLint mode = iota
	modeDiff
	modeWrite
)

// options is the parsed command line.
type options struct {
	mode      mode
	unsafe    bool
	showFixes bool // list each applied fix
	format    string
	output    string
	color     bool
	failLevel lint.Severity
	paths     []string
	rules     []*lint.Rule
	config    *lint.Config
	now       func() time.Time
	images    lint.Images
	gc        *gcPolicy // nil: leave the collector alone

	stdin          io.Reader
	stdout, stderr io.Writer

	// For the catalog-age warning (catalogage.go): the embedded catalog's
	// snapshot date, and whether registries are asked (--online).
	catalogDate string
	online      bool

	// For --write: signals wait for the writes in progress (nil: not
	// caught), and the temporary files a killed run left are removed.
	intr  *interrupts
	temps fix.StaleTemps
}

func optionsFrom(cmd *cli.Command, stdin io.Reader, stdout, stderr io.Writer) (*options, error) {
	o := &options{
		unsafe:    cmd.Bool("unsafe-fixes"),
		showFixes: cmd.Bool("show-fixes"),
		format:    cmd.String("format"),
		output:    cmd.String("output"),
		paths:     cmd.Args().Slice(),
		rules:     rules.All(),
		now:       time.Now,
		stdin:     stdin, stdout: stdout, stderr: stderr,
	}
	switch {
	case cmd.Bool("diff") && cmd.Bool("write"):
		return nil, &usageError{"--diff and --write cannot be used together"}
	case cmd.Bool("diff"):
		o.mode = modeDiff
	case cmd.Bool("write"):
		o.mode = modeWrite
	}
	switch o.format {
	case "text", "json":
	default:
		return nil, &usageError{fmt.Sprintf("unknown --format %q (want text or json)", o.format)}
	}
	if d := cmd.String("date"); d != "" {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return nil, &usageError{fmt.Sprintf("--date %q: want YYYY-MM-DD", d)}
		}
		o.now = func() time.Time { return t }
	}
	cfgPath := cmd.String("config")
	if cfgPath == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if cfgPath, err = lint.FindConfig(wd); err != nil {
			return nil, err
		}
	}
	o.config = &lint.Config{}
	if cfgPath != "" {
		c, err := lint.LoadConfig(cfgPath)
		if err != nil {
			return nil, err
		}
		o.config = c
	}
	if err := o.config.Validate(o.rules); err != nil {
		return nil, err
	}
	o.failLevel = lint.Info
	if o.config.FailLevel != 0 {
		o.failLevel = o.config.FailLevel
	}
	if fl := cmd.String("fail-level"); fl != "" {
		s, err := lint.ParseSeverity(fl)
		if err != nil {
			return nil, &usageError{"--fail-level: " + err.Error()}
		}
		o.failLevel = s
	}
	o.color = !cmd.Bool("no-color") && o.output == "" && os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
	if len(o.paths) == 0 {
		o.paths = []string{"."}
	}
	if b := cmd.String("bump"); b != "" {
		if b != "latest-lts" && b != "minimal" {
			return nil, &usageError{fmt.Sprintf("--bump %q: want latest-lts or minimal", b)}
		}
		o.config.Bump = b
	}
	cat, err := images.Load()
	if err != nil {
		return nil, fmt.Errorf("embedded base-image catalog: %v", err)
	}
	imgs := rules.NewImages(cat)
	o.catalogDate, o.online = cat.SnapshotDate(), cmd.Bool("online") || o.config.Online
	if o.online {
		imgs.Online = onlineLister()
		imgs.Warn = o.warnOnce()
	}
	o.images = imgs
	return o, nil
}

// onlineLister is the registry client behind --online: the user's Docker
// credentials, and answers cached in the user cache directory.
func onlineLister() images.TagLister {
	reg := &images.Registry{}
	dir, err := images.DefaultCacheDir()
	if err != nil {
		return reg
	}
	return &images.CachedLister{Lister: reg, Dir: dir}
}

// warnOnce prints each distinct warning once on stderr; files are linted
// in parallel.
func (o *options) warnOnce() func(string) {
	var mu sync.Mutex
	seen := map[string]bool{}
	return func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		if !seen[msg] {
			seen[msg] = true
			fmt.Fprintln(o.stderr, "dockerfix: warning: "+msg)
		}
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// job is one Dockerfile to process. A worker renders its part of the
// output and keeps only that and the counts: the files' sources and
// findings are not held until the end of the run.
type job struct {
	target
	err      error
	summary  report.Summary // its findings, counted
	worst    lint.Severity  // its most severe finding; 0 when none
	parseErr bool           // it does not parse (DF000)
	changed  bool           // diff and write modes: its fixes change files
	applied  []fix.Applied  // diff and write modes: the fixes applied
	refused  []fix.Applied  // fixes left out because the file would not parse with them
}

// run does the main job and returns the exit code.
func (o *options) run(ctx context.Context) int {
	o.warnCatalogAge()
	targets, errs := discover(o.paths)
	for _, e := range errs {
		fmt.Fprintln(o.stderr, e)
	}
	failed := len(errs) > 0
	o.gc.expect(sourceBytes(targets))

	jobs := make([]*job, len(targets))
	for i, t := range targets {
		jobs[i] = &job{target: t}
	}
	out, closeOut, err := o.openOutput(jobs)
	if err != nil {
		fmt.Fprintln(o.stderr, err)
		return exitError
	}
	// Each file's output is written, in order, as soon as it and the files
	// before it are done.
	bw := bufio.NewWriterSize(out, 64<<10)
	var jw *report.JSONWriter
	if o.mode != modeDiff && o.format == "json" {
		jw = report.NewJSONWriter(out)
	}
	emitter := newOrderedEmitter(len(jobs), func(i int, out []byte) {
		switch {
		case jobs[i].err != nil:
		case jw != nil:
			jw.Add(out)
		default:
			bw.Write(out)
		}
	})
	o.processAll(ctx, jobs, emitter.finish)

	var summary report.Summary
	changed, fixed := 0, 0
	atFailLevel := false
	// The list of applied fixes goes with the report when it is text, else
	// (a diff, JSON) on stderr.
	fixesToStderr := o.showFixes && (o.mode == modeDiff || o.format == "json")
	for _, j := range jobs {
		if j.err != nil {
			fmt.Fprintln(o.stderr, j.err)
			failed = true
			continue
		}
		for _, r := range j.refused {
			fmt.Fprintf(o.stderr, "%s: warning: %s fix %q not applied: the Dockerfile would not parse with it\n", j.display, r.Rule, r.Message)
		}
		if j.changed {
			changed++
			fixed += len(j.applied)
		}
		if fixesToStderr {
			o.stderr.Write(appendFixes(nil, j.display, j.applied))
		}
		failed = failed || j.parseErr
		atFailLevel = atFailLevel || j.summary.Findings > 0 && j.worst >= o.failLevel
		summary.Add(j.summary)
	}

	switch {
	case o.mode == modeDiff:
		err = bw.Flush()
		if err == nil && o.format == "text" {
			fmt.Fprintln(o.stderr, report.FixedLine("would fix", fixed, changed, summary))
		}
	case jw != nil:
		err = jw.Close()
		if o.mode == modeWrite {
			fmt.Fprintln(o.stderr, report.FixedLine("fixed", fixed, changed, summary))
		}
	case o.mode == modeWrite:
		bw.WriteString(report.FixedLine("fixed", fixed, changed, summary) + "\n")
		err = bw.Flush()
	default:
		bw.WriteString(report.SummaryLine(summary, o.unsafe) + "\n")
		err = bw.Flush()
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(o.stderr, err)
		return exitError
	}
	switch {
	case failed:
		return exitError
	case changed > 0 && o.mode != modeLint:
		return exitFindings
	case atFailLevel:
		return exitFindings
	}
	return exitOK
}

// render counts j's findings and appends them to out as the report shows
// them (nothing in diff mode: the diff is the output).
func (o *options) render(out []byte, j *job, file *lint.File, diags []lint.Diagnostic) []byte {
	f := report.File{Path: j.display, File: file, Diagnostics: diags}
	j.summary = report.SummarizeFile(f)
	for _, d := range diags {
		j.worst = max(j.worst, d.Severity)
		j.parseErr = j.parseErr || d.Rule == lint.ParseErrorRule.ID
	}
	if o.showFixes && o.mode != modeDiff && o.format == "text" {
		out = appendFixes(out, j.display, j.applied)
	}
	switch {
	case o.mode == modeDiff:
		return out
	case o.format == "json":
		return report.AppendJSONFile(out, f, o.rules)
	default:
		return report.AppendText(out, f, report.TextOptions{Color: o.color, Unsafe: o.unsafe})
	}
}

func (o *options) openOutput(jobs []*job) (io.Writer, func() error, error) {
	if o.output == "" || o.output == "-" {
		// `--write -` prints the fixed Dockerfile on stdout; the report
		// must not mix into it.
		for _, j := range jobs {
			if j.stdin && o.mode == modeWrite {
				return o.stderr, func() error { return nil }, nil
			}
		}
		return o.stdout, func() error { return nil }, nil
	}
	// The report file is created before the lint starts: it must not be
	// one of the Dockerfiles (truncated before being read, or fixed and
	// then overwritten).
	if st, err := os.Stat(o.output); err == nil {
		for _, j := range jobs {
			if jst, err := os.Stat(j.path); err == nil && !j.stdin && os.SameFile(st, jst) {
				return nil, nil, fmt.Errorf("%s: --output names a Dockerfile being linted", o.output)
			}
		}
	}
	f, err := os.Create(o.output)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", o.output, unwrapPathError(err))
	}
	return f, f.Close, nil
}

// processAll runs the jobs on GOMAXPROCS workers, calling done with each
// job's output when it is finished. done keeps that buffer or not, and
// returns the buffer the worker renders its next output in.
func (o *options) processAll(ctx context.Context, jobs []*job, done func(i int, out []byte) []byte) {
	workers := runtime.GOMAXPROCS(0)
	bufs := make([]workerBufs, workers)
	parallel(len(jobs), workers, func(w, i int) {
		bufs[w].out = done(i, o.process(ctx, jobs[i], &bufs[w]))
	})
}

// parallel calls fn(w, 0) … fn(w, n-1) on up to workers goroutines, w
// being the goroutine's number. Each takes the next index from a shared
// counter: no channel hand-off, which on thousands of small files costs a
// scheduler round trip each.
func parallel(n, workers int, fn func(w, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range min(workers, n) {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(n); i = next.Add(1) - 1 {
				fn(w, int(i))
			}
		})
	}
	wg.Wait()
}

func (o *options) env(j *job) *lint.Env {
	env := &lint.Env{Now: o.now, Config: o.config, Images: o.images}
	if !j.stdin {
		env.Context = contextDir(filepath.Dir(j.path))
	}
	return env
}

// workerBufs are one worker's buffers, reused from file to file: nothing
// of a file outlives its job but the copy of its output.
type workerBufs struct {
	src    []byte      // the Dockerfile being processed (lint.File.Src)
	out    []byte      // its output: findings as the report renders them, or its diff
	parser lint.Parser // the tables of the file linted last
}

// process lints or fixes j's file and returns its output, rendered in
// bufs.out.
func (o *options) process(ctx context.Context, j *job, bufs *workerBufs) []byte {
	out := bufs.out[:0]
	if err := ctx.Err(); err != nil {
		j.err = err
		return out
	}
	src, err := readDockerfile(j.target, o.stdin, bufs.src)
	if err != nil {
		j.err = err
		return out
	}
	if cap(src) > cap(bufs.src) {
		bufs.src = src[:0]
	}
	env := o.env(j)
	if o.mode == modeLint {
		file, diags, err := bufs.parser.Check(j.display, src, o.rules, env)
		if err != nil {
			j.err = fmt.Errorf("%s: internal error: %v", j.display, err)
			return out
		}
		return o.render(out, j, file, diags)
	}
	res, err := fix.Loop(j.display, src, fix.Options{Rules: o.rules, Env: env, Unsafe: o.unsafe})
	if err != nil {
		j.err = err
		return out
	}
	j.changed, j.refused = res.Changed(), res.Refused
	if j.changed {
		j.applied = res.Applied
	}
	out = o.render(out, j, res.File, res.Diagnostics)
	if o.mode == modeDiff {
		out = appendDiff(out, j, res)
	}
	if o.mode == modeWrite && j.changed {
		j.err = o.intr.write(func() error { return o.writeResult(j, res) })
	}
	return out
}

// writeResult writes the other build-context files first and the
// Dockerfile last, each atomically.
func (o *options) writeResult(j *job, res *fix.Result) error {
	if j.stdin {
		_, err := o.stdout.Write(res.Fixed)
		return err
	}
	dir := filepath.Dir(j.path)
	type write struct {
		path string
		data []byte
	}
	var writes []write
	for _, c := range res.Others {
		writes = append(writes, write{filepath.Join(dir, filepath.FromSlash(c.Path)), c.New})
	}
	if !bytes.Equal(res.Original, res.Fixed) {
		writes = append(writes, write{j.path, res.Fixed})
	}
	// All or nothing where it can be known up front: a read-only manifest
	// must not leave the Dockerfile fixed and the manifest not.
	for _, w := range writes {
		if err := fix.CheckWritable(w.path, j.root); err != nil {
			return err
		}
	}
	for _, w := range writes {
		o.temps.Sweep(w.path) // what a killed run left beside it
		if err := fix.WriteFile(w.path, w.data, j.root); err != nil {
			return err
		}
	}
	return nil
}

// diffPath is the path a diff header names: relative to the working
// directory where possible, so that `git apply` and `patch -p1` find it.
func diffPath(p string) string {
	if filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
				p = rel
			}
		}
	}
	return strings.TrimPrefix(path.Clean(filepath.ToSlash(p)), "/")
}

// appendDiff appends the unified diff of j's fixes, its build-context files
// after it.
func appendDiff(out []byte, j *job, res *fix.Result) []byte {
	name := diffPath(j.path)
	if j.stdin {
		name = "-"
	}
	out = append(out, fix.UnifiedDiff(name, name, res.Original, res.Fixed)...)
	dir := path.Dir(name)
	for _, c := range res.Others {
		p := path.Join(dir, c.Path)
		out = append(out, fix.UnifiedDiff(p, p, c.Old, c.New)...)
	}
	return out
}

// appendFixes appends one line per applied fix, for --show-fixes:
//
//	path: fixed DF401: Replace with LABEL …
func appendFixes(b []byte, path string, applied []fix.Applied) []byte {
	for _, a := range applied {
		b = fmt.Appendf(b, "%s: fixed %s: %s\n", path, a.Rule, a.Message)
	}
	return b
}

// contextDir reads build-context files below a Dockerfile's directory.
type contextDir string

func (d contextDir) ReadFile(p string) ([]byte, error) {
	clean := filepath.Clean(filepath.FromSlash(p))
	if filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
		return nil, fmt.Errorf("%s: outside the build context", p)
	}
	return readLimited(filepath.Join(string(d), clean))
}

// sortTargets orders targets by display path, for deterministic output.
func sortTargets(ts []target) {
	slices.SortStableFunc(ts, func(a, b target) int { return strings.Compare(a.display, b.display) })
}
