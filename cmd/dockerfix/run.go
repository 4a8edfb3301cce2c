package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
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
	"github.com/dockerfix/dockerfix/internal/deps"
	"github.com/dockerfix/dockerfix/internal/images"
	"github.com/dockerfix/dockerfix/internal/online"
	"github.com/dockerfix/dockerfix/internal/report"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/osv"
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
	showFixes bool     // list each applied fix
	outputs   []output // the reports to write; one at most with --diff
	color     bool     // colour the text report on standard output
	failLevel lint.Severity
	paths     []string
	rules     []*lint.Rule
	config    *lint.Config
	now       func() time.Time
	images    lint.Images
	// osv is the OSV data rules see: a local database, and with --online
	// the OSV API after it.
	osv      *rules.OSV
	osvLocal *osv.LocalDB // closed, and its warnings printed, at the end
	// packages fetches from language package registries: file:// URLs
	// always, the others only online.
	packages lint.PackageRegistry
	// catalog is images as the catalog adapter, which also says which
	// base images it does not know: for the JSON notes and --verbose.
	catalog   *rules.Images
	verbose   bool // say which base images DF101 could not judge offline
	noteFiles bool // a JSON report: each file carries its notes
	// remote fetches the files ADD names by URL; nil offline.
	remote lint.RemoteFiles
	// onlineWarnings are the online session's warnings, one per host,
	// printed as one line at the end of the run.
	onlineWarnings []string
	// osvNotices say which OSV databases a rule needed and did not find,
	// one line each at the end of the run.
	osvNotices []string
	noticeMu   sync.Mutex

	stdin          io.Reader
	stdout, stderr io.Writer

	// For the catalog-age warning (catalogage.go): the embedded catalog's
	// snapshot date, and whether registries are asked (--online).
	catalogDate string
	online      bool

	// For the formats that need more than the findings: sarif lists
	// what pragmas suppressed, names the version; sarif, github and
	// gitlab locate files from the repository root.
	suppressed bool
	repoRoot   string // "" unless a format needs it
	version    string

	sinks []sink // the reports being written, set by run

	contexts contextLists // the build contexts' names, each directory read once
	wd       string       // the absolute working directory; "" when unknown

	// For --write: signals wait for the writes in progress (nil: not
	// caught), and the temporary files a killed run left are removed.
	intr  *interrupts
	temps fix.StaleTemps
}

// sink is one report being written.
type sink struct {
	output
	w *report.Writer
}

func optionsFrom(cmd *cli.Command, outArgs []outputArg, stdin io.Reader, stdout, stderr io.Writer) (*options, error) {
	o := &options{
		unsafe:    cmd.Bool("unsafe-fixes"),
		showFixes: cmd.Bool("show-fixes"),
		verbose:   cmd.Bool("verbose"),
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
	outs, err := pairOutputs(outArgs)
	if err != nil {
		return nil, err
	}
	if o.mode == modeDiff && len(outs) > 1 {
		return nil, &usageError{"--diff prints one diff: give one --format at most"}
	}
	o.outputs = outs
	if err := o.formatNeeds(); err != nil {
		return nil, err
	}
	if err := o.setUp(cmd); err != nil {
		return nil, err
	}
	if len(o.paths) == 0 {
		o.paths = []string{"."}
	}
	return o, nil
}

// setUp reads what a lint needs beyond the files, from the flags that the
// main command and review share (lintFlags) and the configuration: the
// date, the config, the fail level, the bump policy, the catalog and the
// online look-ups; and whether to colour the text report.
func (o *options) setUp(cmd *cli.Command) error {
	if d := cmd.String("date"); d != "" {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return &usageError{fmt.Sprintf("--date %q: want YYYY-MM-DD", d)}
		}
		o.now = func() time.Time { return t }
	}
	cfgPath := cmd.String("config")
	if cfgPath == "" {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		if cfgPath, err = lint.FindConfig(wd); err != nil {
			return err
		}
	}
	o.config = &lint.Config{}
	if cfgPath != "" {
		c, err := lint.LoadConfig(cfgPath)
		if err != nil {
			return err
		}
		o.config = c
	}
	if err := o.config.Validate(o.rules); err != nil {
		return err
	}
	o.config.Resolve(o.rules)
	o.failLevel = lint.Info
	if o.config.FailLevel != 0 {
		o.failLevel = o.config.FailLevel
	}
	if fl := cmd.String("fail-level"); fl != "" {
		s, err := lint.ParseSeverity(fl)
		if err != nil {
			return &usageError{"--fail-level: " + err.Error()}
		}
		o.failLevel = s
	}
	o.color = !cmd.Bool("no-color") && os.Getenv("NO_COLOR") == "" && isTerminal(o.stdout)
	if b := cmd.String("bump"); b != "" {
		if b != "latest-lts" && b != "minimal" {
			return &usageError{fmt.Sprintf("--bump %q: want latest-lts or minimal", b)}
		}
		o.config.Bump = b
	}
	if u := cmd.String("upgrade"); u != "" {
		if _, err := deps.ParsePolicy(u); err != nil {
			return &usageError{fmt.Sprintf("--upgrade %q: want major, minor or patch", u)}
		}
		o.config.Upgrade = u
	}
	cat, err := images.Load()
	if err != nil {
		return fmt.Errorf("embedded base-image catalog: %v", err)
	}
	imgs := rules.NewImages(cat)
	o.catalogDate, o.online = cat.SnapshotDate(), cmd.Bool("online") || o.config.Online
	budget := o.config.OnlineTimeout // checked by the config's parser
	if cmd.IsSet("online-timeout") {
		if budget = cmd.Duration("online-timeout"); budget <= 0 {
			return &usageError{fmt.Sprintf("--online-timeout %s: want a positive duration such as 10s", budget)}
		}
	}
	osvDir := o.config.OSVDB
	if cmd.IsSet("osv-db") {
		if osvDir = cmd.String("osv-db"); osvDir == "" {
			return &usageError{"--osv-db: want a directory"}
		}
	}
	o.osvLocal = osv.NewLocal(osv.LocalOptions{Dirs: osv.DefaultDirs(osvDir)})
	var vulns osv.Source = o.osvLocal
	// A file:// GOPROXY is local data, read offline like a local OSV
	// database; registries over the network need --online.
	packages := deps.LocalFetcher{}
	if o.online {
		session := &online.Session{Budget: budget, Warn: o.warn, Fallback: onlineFallback}
		imgs.Online = onlineLister(session)
		imgs.Report = session.Report
		// A build targets the machine's own architecture unless told
		// otherwise, as docker build does.
		imgs.Platform = "linux/" + runtime.GOARCH
		packages.Online = &deps.HTTPFetcher{Session: session, CacheDir: deps.DefaultCacheDir()}
		vulns = osv.First(o.osvLocal, onlineOSV(session))
		o.remote = &online.Files{Session: session}
	}
	o.packages = packages
	o.images, o.catalog = imgs, imgs
	o.osv = &rules.OSV{Source: vulns, Notice: o.notice}
	return nil
}

// close releases what the run opened.
func (o *options) close() {
	if o.osvLocal != nil {
		o.osvLocal.Close()
	}
}

// osvAPIEnv names the environment variable that points --online's OSV
// queries at another server speaking the OSV API (a mirror; the tests'
// fake one).
const osvAPIEnv = "DOCKERFIX_OSV_API"

// onlineOSV is the OSV API behind --online: requests bounded by session
// (which decides whether a failed host is asked again, so no retries of
// its own) and answers cached in the user cache directory.
func onlineOSV(session *online.Session) osv.Source {
	base := os.Getenv(osvAPIEnv)
	if base == "" {
		base = osv.DefaultBaseURL
	}
	return osv.NewOnline(osv.OnlineOptions{
		BaseURL:    base,
		HTTPClient: &http.Client{Transport: session.Transport(nil)},
		Attempts:   1,
		CacheDir:   osv.DefaultOnlineCacheDir(),
	})
}

// onlineFallback is what answers instead of a host that failed.
func onlineFallback(host string) string {
	if u, err := url.Parse(osv.DefaultBaseURL); err == nil && host == u.Host {
		return "the local OSV database, if any,"
	}
	if u, err := url.Parse(os.Getenv(osvAPIEnv)); err == nil && u.Host != "" && host == u.Host {
		return "the local OSV database, if any,"
	}
	return ""
}

// notice keeps a notice of the OSV source for the end of the run.
func (o *options) notice(msg string) {
	o.noticeMu.Lock()
	o.osvNotices = append(o.osvNotices, msg)
	o.noticeMu.Unlock()
}

// osvLines are the lines a run ends with about OSV data: the databases a
// rule needed and did not find, and the entries a database skipped.
func (o *options) osvLines() []string {
	var lines []string
	notices := slices.Clone(o.osvNotices)
	slices.Sort(notices)
	for _, n := range notices {
		lines = append(lines, "dockerfix: notice: "+n)
	}
	if o.osvLocal != nil {
		for _, w := range o.osvLocal.Warnings() {
			lines = append(lines, "dockerfix: warning: "+w)
		}
	}
	return lines
}

// onlineLister is the registry client behind --online: the user's Docker
// credentials, requests bounded by session, and answers cached in the user
// cache directory.
func onlineLister(session *online.Session) images.TagLister {
	reg := &images.Registry{Session: session}
	dir := images.DefaultCacheDir()
	if dir == "" {
		return reg
	}
	return &images.CachedLister{Lister: reg, Dir: dir}
}

// warn keeps a warning of the online session for the end of the run.
// online.Session calls it under its own lock, once per host.
func (o *options) warn(msg string) {
	o.onlineWarnings = append(o.onlineWarnings, msg)
}

// onlineWarningLine is the one warning a run gives about its online
// look-ups: the first host that failed and why, and how many others did.
// With no network at all, every registry host fails in turn.
func onlineWarningLine(msgs []string) string {
	if len(msgs) == 0 {
		return ""
	}
	line := "dockerfix: warning: " + msgs[0]
	if rest := msgs[1:]; len(rest) > 0 {
		var hosts []string
		for _, m := range rest[:min(len(rest), 4)] {
			host, _, _ := strings.Cut(m, ":")
			hosts = append(hosts, host)
		}
		if len(rest) > 4 {
			hosts = append(hosts, "…")
		}
		line += fmt.Sprintf(" (and %s failed too: %s)", report.Plural(len(rest), "more host"), strings.Join(hosts, ", "))
	}
	return line
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
	err error
	// writeErr is why its fixes were not applied (--write could not write
	// them, or they did not settle): nothing changed, and its findings
	// are the original file's, reported as such.
	writeErr error
	summary  report.Summary // its findings, counted
	worst    lint.Severity  // its most severe finding; 0 when none
	parseErr bool           // it does not parse (DF000)
	skipped  string         // found by a walk and no Dockerfile, so skipped: why ("a template …")
	context  string         // the build context the rules read, when above the Dockerfile's directory
	changed  bool           // diff and write modes: its fixes change files
	applied  []fix.Applied  // diff and write modes: the fixes applied
	refused  []fix.Applied  // fixes left out because the file would not parse with them
	ends     []int          // with several reports, where each one's part of the output ends
	unknown  []string       // base images the catalog does not know (offline, when asked for)
}

// run does the main job and returns the exit code.
func (o *options) run(ctx context.Context) int {
	o.warnCatalogAge()
	if wd, err := os.Getwd(); err == nil {
		o.wd = wd
	}
	targets, errs := discover(o.paths)
	for _, e := range errs {
		fmt.Fprintln(o.stderr, e)
	}
	failed := len(errs) > 0

	jobs := make([]*job, len(targets))
	for i, t := range targets {
		jobs[i] = &job{target: t}
	}
	dests, closeAll, err := o.openOutputs(jobs)
	if err != nil {
		fmt.Fprintln(o.stderr, err)
		return exitError
	}
	// Each file's output is written, in order, as soon as it and the files
	// before it are done: its diff, or its part of each report.
	var diffOut *bufio.Writer
	if o.mode == modeDiff {
		diffOut = bufio.NewWriterSize(dests[0], 64<<10)
	} else {
		o.sinks = make([]sink, len(o.outputs))
		for i, out := range o.outputs {
			w, err := report.NewWriter(dests[i], out.format, o.reportOptions(out))
			if err != nil { // pairOutputs checked the formats
				closeAll()
				fmt.Fprintln(o.stderr, err)
				return exitError
			}
			o.sinks[i] = sink{output: out, w: w}
		}
	}
	emitter := newOrderedEmitter(len(jobs), func(i int, out []byte) {
		j := jobs[i]
		switch {
		case j.err != nil, j.skipped != "":
		case diffOut != nil:
			diffOut.Write(out)
		case len(o.sinks) == 1:
			o.sinks[0].w.Add(out)
		default:
			start := 0
			for k, s := range o.sinks {
				s.w.Add(out[start:j.ends[k]])
				start = j.ends[k]
			}
		}
	})
	o.processAll(ctx, jobs, emitter.finish)
	if line := onlineWarningLine(o.onlineWarnings); line != "" {
		fmt.Fprintln(o.stderr, line)
	}
	for _, line := range o.osvLines() {
		fmt.Fprintln(o.stderr, line)
	}
	if line := unknownImagesLine(jobs); o.verbose && line != "" {
		fmt.Fprintln(o.stderr, line)
	}

	var summary report.Summary
	changed, fixed := 0, 0
	atFailLevel := false
	// The list of applied fixes goes with each text report, else (a diff,
	// machine formats only) on stderr.
	fixesToStderr := o.showFixes && !o.hasTextReport()
	for _, j := range jobs {
		if j.err != nil {
			fmt.Fprintln(o.stderr, j.err)
			failed = true
			continue
		}
		if j.writeErr != nil {
			fmt.Fprintln(o.stderr, j.writeErr)
			failed = true
		}
		if j.skipped != "" {
			if o.verbose {
				fmt.Fprintf(o.stderr, "%s: skipped: %s\n", j.display, j.skipped)
			}
			continue
		}
		if o.verbose && j.context != "" {
			fmt.Fprintf(o.stderr, "%s: build context: %s, where its COPY and ADD sources are\n", j.display, j.context)
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

	// The closing line goes at the end of each text report; --write's goes
	// on stderr when there is none, and --diff's always.
	switch {
	case o.mode == modeDiff:
		err = diffOut.Flush()
		if err == nil && o.outputs[0].format == "text" {
			fmt.Fprintln(o.stderr, report.FixedLine("would fix", fixed, changed, summary))
		}
	case o.mode == modeWrite:
		line := report.FixedLine("fixed", fixed, changed, summary) + "\n"
		if !o.hasTextReport() {
			io.WriteString(o.stderr, line)
		}
		err = o.closeSinks(line)
	default:
		err = o.closeSinks(report.SummaryLine(summary, o.unsafe) + "\n")
	}
	if cerr := closeAll(); err == nil {
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

// hasTextReport reports whether a text report is written (never with
// --diff: the diff is the output).
func (o *options) hasTextReport() bool {
	if o.mode == modeDiff {
		return false
	}
	for _, out := range o.outputs {
		if out.format == "text" {
			return true
		}
	}
	return false
}

// closeSinks ends each text report with last, and closes every report,
// returning the first error.
func (o *options) closeSinks(last string) error {
	var first error
	for _, s := range o.sinks {
		if s.format == "text" {
			s.w.Add([]byte(last))
		}
		if err := s.w.Close(); first == nil {
			first = err
		}
	}
	return first
}

// reportOptions configures the writer of out.
func (o *options) reportOptions(out output) report.Options {
	return report.Options{
		Rules:   o.rules,
		RuleDoc: ruleDoc,
		Version: o.version,
		Color:   o.color && out.path == "",
		Unsafe:  o.unsafe,
	}
}

// ruleDoc is a rule's documentation, for SARIF's help text.
func ruleDoc(r *lint.Rule) string {
	_, doc, err := rules.Doc(r.ID)
	if err != nil {
		return ""
	}
	return doc
}

// formatNeeds prepares what the formats need beyond the findings: SARIF
// lists suppressed findings and names dockerfix's version; SARIF, github
// and GitLab locate files from the repository root.
func (o *options) formatNeeds() error {
	if o.mode == modeDiff {
		return nil // no report
	}
	needRoot := false
	for _, out := range o.outputs {
		switch out.format {
		case "sarif":
			o.suppressed = true
			o.version = buildVersion()
			needRoot = true
		case "github", "gitlab":
			needRoot = true
		case "json":
			o.noteFiles = true
		}
	}
	if needRoot {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		o.repoRoot = repoRoot(wd)
	}
	return nil
}

// repoRoot is the top of the git work tree that holds dir, or dir itself
// outside one: the root SARIF's %SRCROOT% and the code hosts' paths are
// relative to.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// repoPath is t's path relative to the repository root, slash-separated,
// or "" when it is not below the root (or is standard input).
func (o *options) repoPath(t target) string {
	if o.repoRoot == "" || t.stdin {
		return ""
	}
	abs, err := filepath.Abs(t.path)
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(o.repoRoot, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return ""
	}
	return filepath.ToSlash(rel)
}

// walkedNonDockerfile says why a file found by a walk, which BuildKit
// cannot parse, is no Dockerfile to report on: a template to render (a
// line opens a template tag), skipped as discovery skips Dockerfile.j2, or
// a placeholder of comments alone. "" otherwise; named files are always
// linted.
func walkedNonDockerfile(j *job, src []byte, diags []lint.Diagnostic) string {
	if !j.walked || !slices.ContainsFunc(diags, func(d lint.Diagnostic) bool { return d.Rule == lint.ParseErrorRule.ID }) {
		return ""
	}
	switch {
	case hasTemplateLine(src):
		return "a template (it does not parse, and a line opens a template tag), not a Dockerfile"
	case onlyComments(src):
		return "no instructions, only comments"
	case !hasFrom(src):
		return "a fragment (it does not parse, and no line is a FROM), not a Dockerfile"
	}
	return ""
}

// render counts j's findings and appends them to out as each report shows
// them, recording where each report's part ends (nothing in diff mode:
// the diff is the output).
func (o *options) render(out []byte, j *job, file *lint.File, diags []lint.Diagnostic, hidden []lint.Suppressed) []byte {
	f := report.File{Path: j.display, File: file, Diagnostics: diags, Suppressed: hidden, RepoPath: o.repoPath(j.target)}
	if file != nil && file.ContextDir() != "" {
		j.context = path.Join(path.Dir(j.display), file.ContextDir())
	}
	if (o.verbose || o.noteFiles) && !o.online && file != nil {
		// Offline only: with --online a registry's tags let DF101 judge
		// the OS or runtime such a tag names.
		if j.unknown = o.catalog.UnknownImages(file); len(j.unknown) > 0 {
			f.Notes = []report.Note{{Message: unknownImagesNote(len(j.unknown)), Images: j.unknown}}
		}
	}
	j.summary = report.SummarizeFile(f)
	for _, d := range diags {
		j.worst = max(j.worst, d.Severity)
		j.parseErr = j.parseErr || d.Rule == lint.ParseErrorRule.ID
	}
	if o.mode == modeDiff {
		return out
	}
	for _, s := range o.sinks {
		if o.showFixes && s.format == "text" {
			out = appendFixes(out, j.display, j.applied)
		}
		out = s.w.AppendFile(out, f)
		if len(o.sinks) > 1 {
			j.ends = append(j.ends, len(out))
		}
	}
	return out
}

// openOutputs opens where each report goes (with --diff, the diff), and
// returns a function that closes the files.
func (o *options) openOutputs(jobs []*job) ([]io.Writer, func() error, error) {
	var files []*os.File
	closeAll := func() error {
		var first error
		for _, f := range files {
			if err := f.Close(); first == nil {
				first = err
			}
		}
		return first
	}
	dests := make([]io.Writer, len(o.outputs))
	for i, out := range o.outputs {
		w, f, err := o.openOutput(out.path, jobs)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		if f != nil {
			files = append(files, f)
		}
		dests[i] = w
	}
	return dests, closeAll, nil
}

// openOutput opens one report's destination: path, or standard output
// when it is "".
func (o *options) openOutput(path string, jobs []*job) (io.Writer, *os.File, error) {
	if path == "" {
		// `--write -` prints the fixed Dockerfile on stdout; the report
		// must not mix into it.
		for _, j := range jobs {
			if j.stdin && o.mode == modeWrite {
				return o.stderr, nil, nil
			}
		}
		return o.stdout, nil, nil
	}
	// The report file is created before the lint starts: it must not be
	// one of the Dockerfiles (truncated before being read, or fixed and
	// then overwritten).
	if st, err := os.Stat(path); err == nil {
		for _, j := range jobs {
			if jst, err := os.Stat(j.path); err == nil && !j.stdin && os.SameFile(st, jst) {
				return nil, nil, fmt.Errorf("%s: --output names a Dockerfile being linted", path)
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, unwrapPathError(err))
	}
	return f, f, nil
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
	env := &lint.Env{Now: o.now, Config: o.config, Images: o.images, Packages: o.packages, Getenv: os.Getenv, Remote: o.remote}
	if o.osv != nil {
		env.OSV = o.osv
	}
	if !j.stdin {
		env.Context = contextDir{dir: filepath.Dir(j.path), top: o.wd, lists: &o.contexts}
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
		var file *lint.File
		var diags []lint.Diagnostic
		var hidden []lint.Suppressed
		var err error
		if o.suppressed {
			file, diags, hidden, err = bufs.parser.CheckSuppressed(j.display, src, o.rules, env)
		} else {
			file, diags, err = bufs.parser.Check(j.display, src, o.rules, env)
		}
		if err != nil {
			j.err = fmt.Errorf("%s: internal error: %v", j.display, err)
			return out
		}
		if j.skipped = walkedNonDockerfile(j, src, diags); j.skipped != "" {
			return out
		}
		return o.render(out, j, file, diags, hidden)
	}
	res, err := fix.Loop(j.display, src, fix.Options{Rules: o.rules, Env: env, Unsafe: o.unsafe, Suppressed: o.suppressed})
	if err != nil {
		// Fixes that do not settle: nothing changes, and the file's
		// findings are still reported.
		j.writeErr = err
		return o.renderOriginal(out, j, bufs, src, env)
	}
	if j.skipped = walkedNonDockerfile(j, src, res.Diagnostics); j.skipped != "" {
		return out
	}
	j.changed, j.refused = res.Changed(), res.Refused
	if j.changed {
		j.applied = res.Applied
	}
	// `--write -` is a filter: the whole file is printed even unchanged,
	// or `dockerfix --write - <f >f.new && mv f.new f` would empty f.
	if o.mode == modeWrite && (j.changed || j.stdin) {
		err := o.intr.write(func() error { return o.writeResult(j, res) })
		if err != nil && j.stdin {
			j.err = err
		} else if err != nil {
			// Nothing was written (writeResult checks every file first):
			// the file still has all its findings, not what the fixes
			// would have left.
			j.writeErr, j.changed, j.applied = err, false, nil
			return o.renderOriginal(out, j, bufs, src, env)
		}
	}
	out = o.render(out, j, res.File, res.Diagnostics, res.Suppressed)
	if o.mode == modeDiff {
		out, j.err = appendDiff(out, j, res)
	}
	return out
}

// renderOriginal renders the findings of src as it is, for a job whose
// fixes were not applied (j.writeErr says why).
func (o *options) renderOriginal(out []byte, j *job, bufs *workerBufs, src []byte, env *lint.Env) []byte {
	file, diags, hidden, err := bufs.parser.CheckSuppressed(j.display, src, o.rules, env)
	if err != nil {
		j.err = fmt.Errorf("%s: internal error: %v", j.display, err)
		return out
	}
	if j.skipped = walkedNonDockerfile(j, src, diags); j.skipped != "" {
		j.writeErr = nil
		return out
	}
	if !o.suppressed {
		hidden = nil
	}
	return o.render(out, j, file, diags, hidden)
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
		root string // the tree it must stay inside
	}
	var writes []write
	for _, c := range res.Others {
		writes = append(writes, write{filepath.Join(dir, filepath.FromSlash(c.Path)), c.New, contextRoot(dir, c.Path, j.root)})
	}
	if !bytes.Equal(res.Original, res.Fixed) {
		writes = append(writes, write{j.path, res.Fixed, j.root})
	}
	// All or nothing where it can be known up front: a read-only manifest
	// must not leave the Dockerfile fixed and the manifest not.
	for _, w := range writes {
		if err := fix.CheckWritable(w.path, w.root); err != nil {
			return err
		}
	}
	for _, w := range writes {
		o.temps.Sweep(w.path) // what a killed run left beside it
		if err := fix.WriteFile(w.path, w.data, w.root); err != nil {
			return err
		}
	}
	return nil
}

// contextRoot is the tree a write of a build-context file may touch: the
// Dockerfile's, or, for a context located above its directory
// ("../package.json", never above the working directory), that context's
// directory. Symlinks must stay inside it as they must inside root.
func contextRoot(dir, name, root string) string {
	if up, _ := climb(dir, name); up != dir {
		return up
	}
	return root
}

// diffPath is the path a diff header names: relative to the working
// directory, so that `git apply` and `patch -p1` find it. A file outside
// the working directory has none: both refuse "../", and an absolute path
// would be taken as relative.
func diffPath(p string) (string, bool) {
	if filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", false
		}
		if p, err = filepath.Rel(wd, p); err != nil {
			return "", false
		}
	}
	p = path.Clean(filepath.ToSlash(p))
	return p, p != ".." && !strings.HasPrefix(p, "../")
}

// appendDiff appends the unified diff of j's fixes, its build-context files
// after it.
func appendDiff(out []byte, j *job, res *fix.Result) ([]byte, error) {
	if !res.Changed() {
		return out, nil
	}
	name := "-"
	if !j.stdin {
		var ok bool
		if name, ok = diffPath(j.path); !ok {
			return out, fmt.Errorf("%s: outside the working directory, so no diff that git apply and patch -p1 accept can name it; run dockerfix --diff from a directory above it", j.display)
		}
	}
	out = append(out, fix.UnifiedDiff(name, name, res.Original, res.Fixed)...)
	dir := path.Dir(name)
	for _, c := range res.Others {
		p := path.Join(dir, c.Path)
		out = append(out, fix.UnifiedDiff(p, p, c.Old, c.New)...)
	}
	return out, nil
}

// appendFixes appends one line per applied fix, for --show-fixes:
//
//	path: fixed DF401: Replace with LABEL …
func appendFixes(b []byte, path string, applied []fix.Applied) []byte {
	for _, a := range applied {
		b = fmt.Appendf(b, "%s: fixed %s: %s\n", report.QuotePath(path), a.Rule, a.Message)
	}
	return b
}

// sortTargets orders targets by display path, for deterministic output.
func sortTargets(ts []target) {
	slices.SortStableFunc(ts, func(a, b target) int { return strings.Compare(a.display, b.display) })
}
