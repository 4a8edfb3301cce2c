package lint

import (
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// Download is a file fetched over the network at build time: by curl or
// wget in a RUN's shell script, or by ADD from a URL. The supply-chain
// rules (DF5xx) read RUNs and ADDs through it.
type Download struct {
	In   *Instruction
	Tool string // "curl", "wget" or "ADD"
	// Call is the curl or wget command; nil for ADD.
	Call *syntax.CallExpr
	// URL is the URL as written, quotes removed (${V} kept as written);
	// URLRange is its word in the file.
	URL      string
	URLRange Range
	// Output is the file written, as the script names it (see WordKey):
	// curl's -o, the URL's base name for curl -O and wget, wget's -O, a >
	// redirection, ADD's destination. "" when the content goes to standard
	// output (Stdout) or the name is unknown.
	Output string
	Stdout bool
	// Readers are the commands after the download in its pipeline, which
	// read what it fetched (curl … | tar -x).
	Readers []*syntax.CallExpr
	// Enclosing is the command one of whose words, or the redirections of
	// whose statement, holds the download in a command or process
	// substitution: sh -c "$(curl …)", bash <(curl …), bash < <(curl …);
	// nil when none. EnclosingArg is that word's index in its Args, or -1
	// for a redirection.
	Enclosing    *syntax.CallExpr
	EnclosingArg int
	// Insecure lists the options that turn certificate checks off: curl's
	// -k and --insecure, wget's --no-check-certificate.
	Insecure []OptionRef
	// Checksum: ADD --checksum pins the content.
	Checksum bool
	// FinalImage: the stage that fetches it feeds the final image: is in
	// it, or the image copies from it (see File.FeedsFinalImage).
	FinalImage bool

	urlArg     int    // the URL's word in Call.Args
	remoteName bool   // the file is named after the URL (curl -O, wget)
	outDir     string // where remoteName puts it
	// url is the URL's value: known at once when literal, else worked out
	// on first use (most rules need only its literal scheme and host) and
	// shared by the copies of the Download.
	url *urlValue
}

// urlValue is a download's URL with the values in scope.
type urlValue struct {
	done       bool
	expanded   string
	candidates []string
	expand     func() (string, []string) // nil once done
}

// Expanded is the URL with the ARG and ENV values in scope; "" when a
// variable in it has none.
func (d *Download) Expanded() string {
	d.resolve()
	if d.url == nil {
		return ""
	}
	return d.url.expanded
}

// Candidates are the URLs a URL the build computes may be, when its word
// is a shell variable set in the script from ARG or ENV values:
// URL=$([ "$TARGETARCH" = arm64 ] && echo "$URL_ARM64" || echo
// "$URL_AMD64"). Empty when Expanded is known, or nothing is.
func (d *Download) Candidates() []string {
	d.resolve()
	if d.url == nil {
		return nil
	}
	return d.url.candidates
}

func (d *Download) resolve() {
	if v := d.url; v != nil && !v.done {
		v.expanded, v.candidates = v.expand()
		v.done, v.expand = true, nil
	}
}

// literalURL is the URL as far as its literal start goes: the whole URL
// when it has no variable, else the part before the first one.
func (d *Download) literalURL() string {
	if i := strings.IndexByte(d.URL, '$'); i >= 0 {
		return d.URL[:i]
	}
	return d.URL
}

// OptionRef is an option word of a call: Args[Arg] is the word; in a
// cluster of short options (-fsSLk) Letter is the option's byte offset in
// the word, else -1.
type OptionRef struct {
	Arg    int
	Letter int
	Name   string // as written: "-k", "--insecure"
}

// CommitPinned reports a URL that names a Git commit by its full hash on a
// forge that serves files by commit (github.com, raw.githubusercontent.com,
// codeload.github.com, gitlab.com): what it serves cannot change without
// the hash changing.
func (d *Download) CommitPinned() bool {
	if !strings.Contains(d.URL, "github") && !strings.Contains(d.URL, "gitlab") && !strings.HasPrefix(d.URL, "$") {
		return false // no need to expand it
	}
	u := d.Expanded()
	if u == "" {
		return false
	}
	switch d.Host() {
	case "github.com", "raw.githubusercontent.com", "codeload.github.com", "gitlab.com":
	default:
		return false
	}
	_, rest, _ := strings.Cut(u, "://")
	for _, seg := range strings.Split(rest, "/") {
		seg = strings.TrimSuffix(strings.TrimSuffix(seg, ".tar.gz"), ".zip")
		if len(seg) == 40 && strings.Trim(strings.ToLower(seg), "0123456789abcdef") == "" {
			return true
		}
	}
	return false
}

// Scheme is the URL's scheme in lower case ("https", "http"), read from
// the expanded URL when known; "" when the URL has none or a variable
// hides it.
func (d *Download) Scheme() string {
	if scheme := schemeOf(d.literalURL()); scheme != "" {
		return scheme // written out: no need to expand the rest
	}
	u := d.Expanded()
	switch cands := d.Candidates(); {
	case u != "":
	case len(cands) > 0:
		// Every candidate must agree: one https:// source makes it unknown.
		scheme := schemeOf(cands[0])
		for _, c := range cands[1:] {
			if schemeOf(c) != scheme {
				return ""
			}
		}
		return scheme
	default:
		u = d.URL
	}
	return schemeOf(u)
}

func schemeOf(u string) string {
	i := strings.Index(u, "://")
	if i <= 0 || strings.ContainsAny(u[:i], "$/") {
		return ""
	}
	return strings.ToLower(u[:i])
}

// Host is the URL's host (without port and user), read like Scheme (from
// the first candidate).
func (d *Download) Host() string {
	u := d.URL
	if lit := d.literalURL(); lit != d.URL && !hostWritten(lit) {
		// A variable before the host's end: read the value.
		switch e, cands := d.Expanded(), d.Candidates(); {
		case e != "":
			u = e
		case len(cands) > 0:
			u = cands[0]
		}
	}
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if strings.HasPrefix(rest, "[") {
		if i := strings.IndexByte(rest, ']'); i > 0 {
			return strings.ToLower(rest[1:i])
		}
	}
	if i := strings.LastIndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}

// hostWritten reports a URL's literal start that holds its whole host:
// "https://example.org/" but not "https://" or "https://example.org".
func hostWritten(lit string) bool {
	_, rest, ok := strings.Cut(lit, "://")
	return ok && strings.IndexAny(rest, "/?#") > 0
}

// Shown is the URL for a message: as written, followed by what a shell
// variable set in the script may hold.
func (d *Download) Shown() string {
	if !strings.HasPrefix(d.URL, "$") {
		return d.URL // only a URL that is a variable has candidates
	}
	cands := d.Candidates()
	switch len(cands) {
	case 0:
		return d.URL
	case 1:
		return d.URL + " (" + cands[0] + ")"
	}
	return d.URL + " (" + cands[0] + " or another)"
}

// URLs are the URLs the download may fetch: the expanded URL, the
// candidates, or the URL as written.
func (d *Download) URLs() []string {
	if e := d.Expanded(); e != "" {
		return []string{e}
	}
	if cands := d.Candidates(); len(cands) > 0 {
		return cands
	}
	return []string{d.URL}
}

// IsLoopback reports a host on the build machine itself.
func IsLoopback(host string) bool {
	return host == "localhost" || host == "::1" || strings.HasPrefix(host, "127.") || strings.HasSuffix(host, ".localhost")
}

// URLBase is the last segment of a URL's path, without query or fragment:
// the name curl -O and wget save it under.
func URLBase(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if _, rest, ok := strings.Cut(u, "://"); ok {
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			u = rest[i:]
		} else {
			return ""
		}
	}
	return path.Base(strings.TrimRight(u, "/"))
}

// Downloads returns the files an instruction fetches: the curl and wget
// calls of a RUN's (or ONBUILD RUN's) shell script, cached with the script
// since several rules ask, or the URL sources of an ADD. Other
// instructions fetch none.
func (in *Instruction) Downloads(f *File) []Download {
	switch {
	case in.Keyword == "ADD":
		return in.addDownloads(f)
	case !in.IsRun() || !in.mayCallAny(f, []string{"curl", "wget"}):
		return nil
	}
	s := in.Shell(f)
	if s == nil {
		return nil
	}
	if !s.downloadsDone {
		s.downloads = s.scanDownloads(f, in)
		s.downloadsDone = true
	}
	return s.downloads
}

// addDownloads reads an ADD's URL sources.
func (in *Instruction) addDownloads(f *File) []Download {
	cp, ok := in.Copy()
	if !ok || cp.From != "" {
		return nil
	}
	vars := f.VarsAt(in)
	_, checksum := in.Flag("checksum")
	var out []Download
	for _, w := range cp.Sources {
		raw := unquote(w.Text, f.Escape)
		if !strings.Contains(raw, "://") && !strings.HasPrefix(raw, "$") {
			continue // a file of the context: only a variable could make it a URL
		}
		expanded, known := vars.Expand(w.Text)
		u := raw
		if known {
			u = expanded
		}
		lower := strings.ToLower(u)
		if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") || IsGitSource(u) {
			continue
		}
		d := Download{In: in, Tool: "ADD", URL: raw, URLRange: w.Range, Checksum: checksum, FinalImage: f.FeedsFinalImage(in.Stage),
			url: &urlValue{done: true}}
		if known {
			d.url.expanded = expanded
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		return nil
	}
	if dest, destKnown := vars.Expand(cp.Dest.Text); destKnown {
		for i := range out {
			// A destination ending in / (or several sources) is a
			// directory: the file keeps the URL's base name.
			out[i].Output = dest
			if strings.HasSuffix(dest, "/") || dest == "." || len(cp.Sources) > 1 {
				out[i].Output = path.Join(dest, URLBase(out[i].URL))
			}
		}
	}
	return out
}

// scriptFlow is how the commands of a script hand data to each other:
// the statement of each command, the commands of each pipeline, and the
// command a substitution's commands feed.
type scriptFlow struct {
	index    map[*syntax.CallExpr]int32 // into info
	info     []callFlow
	assigned []assignment // the values shell variables are set to (URL=…)
}

// callFlow is what the flow knows of one command.
type callFlow struct {
	stmt      *syntax.Stmt
	pipe      []*syntax.CallExpr // every command of its pipeline, in order; nil when none
	enclosing enclosure
}

// enclosure is the command a substitution feeds, and the index of the word
// that holds it (-1: a redirection of the command's statement).
type enclosure struct {
	call *syntax.CallExpr
	arg  int
}

type assignment struct {
	name  string
	value *syntax.Word
}

// of is what the flow knows of c; the zero callFlow when nothing.
func (fl *scriptFlow) of(c *syntax.CallExpr) callFlow {
	if i, ok := fl.index[c]; ok {
		return fl.info[i]
	}
	return callFlow{}
}

// at is c's entry, made on first use.
func (fl *scriptFlow) at(c *syntax.CallExpr) *callFlow {
	i, ok := fl.index[c]
	if !ok {
		i = int32(len(fl.info))
		fl.index[c] = i
		fl.info = append(fl.info, callFlow{})
	}
	return &fl.info[i]
}

// flow reads the script's statements once for the data flow between its
// commands (not every node of it, as a syntax.Walk would); it is kept with
// the script.
func (s *Script) flow() *scriptFlow {
	if s.flows != nil {
		return s.flows
	}
	n := len(s.Calls())
	fl := &scriptFlow{index: make(map[*syntax.CallExpr]int32, n), info: make([]callFlow, 0, n)}
	fl.stmts(s.File.Stmts, enclosure{})
	s.flows = fl
	return fl
}

// stmts records the flow of a list of statements; outer is the command
// that the substitution they are in feeds (zero: none).
func (fl *scriptFlow) stmts(list []*syntax.Stmt, outer enclosure) {
	for _, st := range list {
		fl.stmt(st, outer)
	}
}

func (fl *scriptFlow) stmt(st *syntax.Stmt, outer enclosure) {
	if st == nil {
		return
	}
	switch x := st.Cmd.(type) {
	case *syntax.CallExpr:
		for _, a := range x.Assigns {
			if a.Value == nil {
				continue
			}
			if len(x.Args) == 0 && a.Name != nil {
				fl.assigned = append(fl.assigned, assignment{a.Name.Value, a.Value})
			}
			fl.words(a.Value, outer)
		}
		if len(x.Args) == 0 {
			return
		}
		e := fl.at(x)
		e.stmt = st
		if outer.call != nil {
			e.enclosing = outer
		}
		for _, r := range st.Redirs {
			if r.Word != nil {
				fl.words(r.Word, enclosure{x, -1})
			}
		}
		for i, w := range x.Args {
			fl.words(w, enclosure{x, i})
		}
	case *syntax.BinaryCmd:
		if !isPipe(x) {
			fl.stmt(x.X, outer)
			fl.stmt(x.Y, outer)
			return
		}
		stages := pipeStages(x, nil)
		var calls []*syntax.CallExpr
		for _, stage := range stages {
			calls = append(calls, callsIn(stage)...)
		}
		for _, c := range calls {
			fl.at(c).pipe = calls
		}
		for _, stage := range stages {
			fl.stmt(stage, outer)
		}
	case *syntax.Block:
		fl.stmts(x.Stmts, outer)
	case *syntax.Subshell:
		fl.stmts(x.Stmts, outer)
	case *syntax.IfClause:
		for c := x; c != nil; c = c.Else {
			fl.stmts(c.Cond, outer)
			fl.stmts(c.Then, outer)
		}
	case *syntax.WhileClause:
		fl.stmts(x.Cond, outer)
		fl.stmts(x.Do, outer)
	case *syntax.ForClause:
		fl.stmts(x.Do, outer)
	case *syntax.CaseClause:
		for _, item := range x.Items {
			fl.stmts(item.Stmts, outer)
		}
	case *syntax.FuncDecl:
		fl.stmt(x.Body, outer)
	case *syntax.TimeClause:
		fl.stmt(x.Stmt, outer)
	case *syntax.DeclClause:
		for _, a := range x.Args {
			if a.Value != nil {
				fl.words(a.Value, outer)
			}
		}
	}
}

// words records the commands in w's command and process substitutions as
// feeding outer.
func (fl *scriptFlow) words(w *syntax.Word, outer enclosure) {
	for _, p := range w.Parts {
		switch x := p.(type) {
		case *syntax.CmdSubst:
			fl.stmts(x.Stmts, outer)
		case *syntax.ProcSubst:
			fl.stmts(x.Stmts, outer)
		case *syntax.DblQuoted:
			for _, q := range x.Parts {
				if cs, ok := q.(*syntax.CmdSubst); ok {
					fl.stmts(cs.Stmts, outer)
				}
			}
		}
	}
}

func isPipe(b *syntax.BinaryCmd) bool { return b.Op == syntax.Pipe || b.Op == syntax.PipeAll }

// pipeStages appends the statements of a pipeline (a | b | c) to dst.
func pipeStages(b *syntax.BinaryCmd, dst []*syntax.Stmt) []*syntax.Stmt {
	for _, st := range []*syntax.Stmt{b.X, b.Y} {
		if inner, ok := st.Cmd.(*syntax.BinaryCmd); ok && isPipe(inner) && len(st.Redirs) == 0 && !st.Negated {
			dst = pipeStages(inner, dst)
			continue
		}
		dst = append(dst, st)
	}
	return dst
}

// callsIn lists the simple commands in a node, nested ones included.
func callsIn(n syntax.Node) []*syntax.CallExpr {
	var out []*syntax.CallExpr
	syntax.Walk(n, func(n syntax.Node) bool {
		if c, ok := n.(*syntax.CallExpr); ok && len(c.Args) > 0 {
			out = append(out, c)
		}
		return true
	})
	return out
}

// scanDownloads finds the curl and wget calls of the script.
func (s *Script) scanDownloads(f *File, in *Instruction) []Download {
	var out []Download
	vars := f.memoVars(in)
	final := f.FeedsFinalImage(in.Stage)
	cmds := s.Commands()
	for ci, call := range s.Calls() {
		c := cmds[ci]
		if c.Name != "curl" && c.Name != "wget" {
			continue
		}
		var ds []Download
		if c.Name == "curl" {
			ds = parseCurl(call, c.At)
		} else {
			ds = parseWget(call, c.At)
		}
		// Where standard output goes: a file it is redirected to, the
		// commands of its pipeline, a substitution. Most downloads write
		// a file and need none of it.
		var cf callFlow
		stdoutFile := ""
		for i := range ds {
			if !ds[i].Stdout {
				continue
			}
			cf = s.flow().of(call)
			if st := cf.stmt; st != nil {
				for _, r := range st.Redirs {
					if (r.Op == syntax.RdrOut || r.Op == syntax.AppOut || r.Op == syntax.RdrClob || r.Op == syntax.RdrAll) &&
						(r.N == nil || r.N.Value == "1") && r.Word != nil {
						stdoutFile = WordKey(r.Word)
					}
				}
			}
			break
		}
		var readers []*syntax.CallExpr
		if pipe := cf.pipe; len(pipe) > 0 {
			for i, pc := range pipe {
				if pc == call {
					readers = pipe[i+1:]
					break
				}
			}
		}
		for i := range ds {
			d := &ds[i]
			d.In, d.Call, d.FinalImage = in, call, final
			w := call.Args[d.urlArg]
			d.URL = WordKey(w)
			d.URLRange = s.Range(w)
			if lit, ok := LitWord(w); ok {
				d.url = &urlValue{done: true, expanded: lit}
			} else {
				d.url = &urlValue{expand: func() (string, []string) {
					if v, ok := vars.Expand(s.wordText(w)); ok {
						return v, nil
					}
					return "", candidateURLs(w, s.flow(), vars)
				}}
			}
			if d.Stdout {
				switch {
				case stdoutFile != "":
					d.Output, d.Stdout = stdoutFile, false
				default:
					d.Readers = readers
					if e := cf.enclosing; e.call != nil {
						d.Enclosing, d.EnclosingArg = e.call, e.arg
					}
				}
			} else if d.Output == "" && d.remoteName {
				d.Output = path.Join(d.outDir, URLBase(d.URL))
			}
		}
		out = append(out, ds...)
	}
	return out
}

// candidateURLs reads a URL word that is one shell variable, set in the
// script: the values of the ARG and ENV variables its assignments read
// that are URLs.
func candidateURLs(w *syntax.Word, fl *scriptFlow, vars Vars) []string {
	name, _ := SoleParam(w.Parts)
	if name == "" {
		return nil
	}
	var out []string
	for _, a := range fl.assigned {
		if a.name != name {
			continue
		}
		syntax.Walk(a.value, func(n syntax.Node) bool {
			p, ok := n.(*syntax.ParamExp)
			if !ok || p.Param == nil {
				return true
			}
			if v, ok := vars.Get(p.Param.Value); ok && strings.Contains(v, "://") && !contains(out, v) {
				out = append(out, v)
			}
			return true
		})
	}
	return out
}

// SoleParam is the variable that word parts consist of, expanded plainly
// ($URL, ${URL}, "$URL"), and whether it is quoted, so not split into
// fields; "" for anything else (${URL:-x}, ${#URL}, a prefix).
func SoleParam(parts []syntax.WordPart) (name string, quoted bool) {
	if len(parts) == 1 {
		if dq, ok := parts[0].(*syntax.DblQuoted); ok {
			parts, quoted = dq.Parts, true
		}
	}
	if len(parts) != 1 {
		return "", false
	}
	p, ok := parts[0].(*syntax.ParamExp)
	if !ok || p.Param == nil || p.Exp != nil || p.Repl != nil || p.Slice != nil || p.Index != nil || p.Length || p.Excl ||
		p.Width || p.Names != 0 {
		return "", false
	}
	return p.Param.Value, quoted
}

// curlValueShort are curl's short options that take a value.
const curlValueShort = "AbcCdDeEFHKmoPQrtTuUwxXyYz"

// curlValueLong are curl's long options that take a value (without =).
var curlValueLong = []string{
	"--output", "--output-dir", "--url", "--header", "--user-agent", "--data", "--data-raw", "--data-binary",
	"--data-urlencode", "--data-ascii", "--form", "--form-string", "--user", "--proxy", "--proxy-user",
	"--request", "--max-time", "--connect-timeout", "--retry", "--retry-delay", "--retry-max-time",
	"--cacert", "--capath", "--cert", "--key", "--cert-type", "--key-type", "--pass", "--config",
	"--referer", "--cookie", "--cookie-jar", "--continue-at", "--range", "--write-out", "--dump-header",
	"--trace", "--trace-ascii", "--stderr", "--interface", "--resolve", "--connect-to", "--dns-servers",
	"--limit-rate", "--max-filesize", "--speed-limit", "--speed-time", "--proto", "--proto-redir",
	"--proto-default", "--ciphers", "--noproxy", "--unix-socket", "--oauth2-bearer", "--netrc-file",
	"--upload-file", "--time-cond", "--expect100-timeout", "--keepalive-time", "--max-redirs",
	"--local-port", "--json", "--variable", "--etag-save", "--etag-compare", "--pinnedpubkey",
	"--socks5", "--socks5-hostname", "--preproxy", "--aws-sigv4", "--happy-eyeballs-timeout-ms",
	"--mail-from", "--mail-rcpt", "--quote", "--telnet-option", "--ftp-port", "--create-file-mode",
	"--tls-max", "--tlsuser", "--tlspassword", "--hostpubmd5", "--hostpubsha256", "--proxy-cacert",
	"--proxy-cert", "--proxy-key", "--doh-url", "--retry-all-errors-delay",
}

// wgetValueShort are wget's short options that take a value.
const wgetValueShort = "oaeiBtOTwQPUlARDIX"

// wgetValueLong are wget's long options that take a value (without =).
var wgetValueLong = []string{
	"--output-document", "--output-file", "--append-output", "--execute", "--input-file", "--base",
	"--tries", "--timeout", "--wait", "--quota", "--directory-prefix", "--user-agent", "--level",
	"--accept", "--reject", "--domains", "--include-directories", "--exclude-directories", "--header",
	"--user", "--password", "--http-user", "--http-password", "--post-data", "--post-file",
	"--ca-certificate", "--ca-directory", "--certificate", "--private-key", "--load-cookies",
	"--save-cookies", "--referer", "--limit-rate", "--max-redirect", "--dns-timeout", "--connect-timeout",
	"--read-timeout", "--waitretry", "--bind-address", "--progress", "--secure-protocol", "--proxy-user",
	"--proxy-password", "--restrict-file-names", "--local-encoding", "--remote-encoding",
	"--default-page", "--config",
}

// downloadOption is one option of a curl or wget call: its name ("-o",
// "--output"), its value and where it is.
type downloadOption struct {
	name   string
	value  string
	hasVal bool
	ref    OptionRef
}

// downloadArgs splits the words of a curl or wget call after the program
// into options and operands.
func downloadArgs(call *syntax.CallExpr, at int, valueShort string, valueLong []string) (opts []downloadOption, operands []int) {
	value := func(i int) (string, bool) {
		if i < len(call.Args) {
			return WordKey(call.Args[i]), true
		}
		return "", false
	}
	for i := at + 1; i < len(call.Args); i++ {
		w, literal := LitWord(call.Args[i])
		switch {
		case !literal || !strings.HasPrefix(w, "-") || w == "-":
			operands = append(operands, i)
		case w == "--":
			for i++; i < len(call.Args); i++ {
				operands = append(operands, i)
			}
		case strings.HasPrefix(w, "--"):
			o := downloadOption{name: w, ref: OptionRef{Arg: i, Letter: -1, Name: w}}
			if name, v, ok := strings.Cut(w, "="); ok {
				o.name, o.value, o.hasVal = name, v, true
			} else if contains(valueLong, w) {
				o.value, o.hasVal = value(i + 1)
				i++
			}
			opts = append(opts, o)
		default:
			for k := 1; k < len(w); k++ {
				o := downloadOption{name: "-" + w[k:k+1], ref: OptionRef{Arg: i, Letter: k, Name: "-" + w[k:k+1]}}
				if len(w) == 2 {
					o.ref.Letter = -1
				}
				if strings.IndexByte(valueShort, w[k]) >= 0 {
					if k+1 < len(w) {
						o.value, o.hasVal = w[k+1:], true
					} else {
						o.value, o.hasVal = value(i + 1)
						i++
					}
					opts = append(opts, o)
					break
				}
				opts = append(opts, o)
			}
		}
	}
	return opts, operands
}

// parseCurl reads a curl call: one Download per URL operand or --url.
func parseCurl(call *syntax.CallExpr, at int) []Download {
	opts, operands := downloadArgs(call, at, curlValueShort, curlValueLong)
	var outputs []string
	remote, outDir := false, ""
	var insecure []OptionRef
	urls := operands
	for _, o := range opts {
		switch o.name {
		case "-o", "--output":
			outputs = append(outputs, o.value)
		case "-O", "--remote-name", "--remote-name-all":
			remote = true
		case "--output-dir":
			outDir = o.value
		case "-k", "--insecure":
			insecure = append(insecure, o.ref)
		case "--url":
			if o.ref.Arg+1 < len(call.Args) && !strings.Contains(o.ref.Name, "=") {
				urls = append(urls, o.ref.Arg+1)
			}
		}
	}
	var out []Download
	for i, u := range urls {
		d := Download{Tool: "curl", Insecure: insecure}
		d.urlArg = u
		switch {
		case i < len(outputs) && outputs[i] == "-":
			d.Stdout = true
		case i < len(outputs):
			d.Output = path.Join(outDir, outputs[i])
			if outDir == "" || strings.HasPrefix(outputs[i], "/") {
				d.Output = outputs[i]
			}
		case remote:
			d.remoteName, d.outDir = true, outDir
		default:
			d.Stdout = true
		}
		out = append(out, d)
	}
	return out
}

// parseWget reads a wget call: one Download per URL operand.
func parseWget(call *syntax.CallExpr, at int) []Download {
	opts, operands := downloadArgs(call, at, wgetValueShort, wgetValueLong)
	output, hasOutput, dir := "", false, ""
	var insecure []OptionRef
	for _, o := range opts {
		switch o.name {
		case "-O", "--output-document":
			output, hasOutput = o.value, true
		case "-P", "--directory-prefix":
			dir = o.value
		case "--no-check-certificate":
			insecure = append(insecure, o.ref)
		}
	}
	var out []Download
	for _, u := range operands {
		d := Download{Tool: "wget", Insecure: insecure}
		d.urlArg = u
		switch {
		case hasOutput && output == "-":
			d.Stdout = true
		case hasOutput:
			d.Output = output
		default:
			d.remoteName, d.outDir = true, dir
		}
		out = append(out, d)
	}
	return out
}

// WordKey is a shell word as a script names a file or URL with it: its
// value when literal, else its text with the quotes removed and $NAME
// written ${NAME}, so that "$DIR/x.tgz", ${DIR}/x.tgz and $DIR/x.tgz compare
// equal.
func WordKey(w *syntax.Word) string {
	if s, ok := LitWord(w); ok {
		return s
	}
	var b strings.Builder
	writeKeyParts(&b, w.Parts)
	return b.String()
}

func writeKeyParts(b *strings.Builder, parts []syntax.WordPart) {
	for _, p := range parts {
		switch x := p.(type) {
		case *syntax.Lit:
			b.WriteString(x.Value)
		case *syntax.SglQuoted:
			b.WriteString(x.Value)
		case *syntax.DblQuoted:
			writeKeyParts(b, x.Parts)
		case *syntax.ParamExp:
			if x.Param != nil && !x.Excl && !x.Length && x.Index == nil && x.Slice == nil && x.Repl == nil && x.Exp == nil {
				if syntax.ValidName(x.Param.Value) {
					b.WriteString("${" + x.Param.Value + "}")
				} else {
					b.WriteString("$" + x.Param.Value) // $@, $1
				}
				continue
			}
			b.WriteString(nodeSource(x))
		default:
			b.WriteString(nodeSource(x))
		}
	}
}
