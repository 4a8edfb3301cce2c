package lint

import (
	"path"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// DownloadTrace is a downloaded file followed through its stage: what the
// stage does with it, and whether a checksum or signature check covers it.
type DownloadTrace struct {
	Download
	// Checked: ADD --checksum pins it, or a check in its RUN, or in a
	// later RUN of its stage up to the one that first uses it, names it
	// (sha256sum -c, gpg --verify, cosign verify-blob …). A check that
	// names none of the files its RUN and the earlier RUNs downloaded
	// (sha256sum -c SHA256SUMS) covers them all.
	Checked bool
	// Uses are the places the file is executed, installed or extracted
	// while not Checked, in order; empty when none.
	Uses []DownloadUse

	names  []string // what the file is called (names), for matching
	sum    bool     // a checksum list or signature (isSumFile)
	pinned int8     // CommitPinned's answer: 0 until asked, then 1 (no) or 2 (yes)
}

// Verified reports a download whose content is known: Checked, or its URL
// names a commit (Download.CommitPinned). The URL is read on first ask:
// most rules ask only of the downloads a RUN uses.
func (t *DownloadTrace) Verified() bool {
	if t.Checked {
		return true
	}
	if t.pinned == 0 {
		t.pinned = 1
		if t.CommitPinned() {
			t.pinned = 2
		}
	}
	return t.pinned == 2
}

// DownloadUse is a command that executes, installs or extracts a
// downloaded file.
type DownloadUse struct {
	In    *Instruction
	Range Range  // the command
	How   string // "installed with dpkg -i", "extracted with tar", "made executable with chmod"
	// Prepares: the command readies the file without running or unpacking
	// it (chmod +x, a move into a bin directory): a check in a later RUN
	// still comes in time.
	Prepares bool
}

// TraceDownloads follows every file f's RUNs and ADDs download through the
// rest of their stage, in order. The files are known by the names the
// script gives them (Download.Output, compared by base name, with the ARG
// and ENV values in scope), so a file whose name the script computes is
// not followed. The traces are worked out once per file and shared by the
// rules that ask: they must not be modified.
func (f *File) TraceDownloads() []*DownloadTrace {
	if !f.tracesDone {
		f.traces, f.tracesDone = f.traceDownloads(), true
	}
	return f.traces
}

func (f *File) traceDownloads() []*DownloadTrace {
	var out []*DownloadTrace
	for _, st := range f.Stages {
		var pending []*DownloadTrace // downloaded earlier in the stage, not verified, not used yet
		for _, in := range st.Instructions {
			if !in.IsRun() && in.Keyword != "ADD" {
				continue
			}
			downloads := in.Downloads(f)
			if len(downloads) == 0 && (len(pending) == 0 || !in.IsRun()) {
				continue
			}
			if len(downloads) == 0 && !mayConcern(f, in, pending) {
				// As traceRun would: a checksum list is read, not run.
				pending = slices.DeleteFunc(pending, func(t *DownloadTrace) bool { return t.sum })
				continue
			}
			if in.IsRun() && !f.RunsBourneShell(in) {
				continue // another language: its script is not read
			}
			var cur []*DownloadTrace
			for _, d := range downloads {
				t := &DownloadTrace{Download: d, Checked: d.Checksum, sum: isSumFile(d.Output)}
				t.names = t.namesIn(f)
				cur = append(cur, t)
				out = append(out, t)
			}
			if in.Keyword == "ADD" {
				for _, t := range cur {
					if !t.Verified() && t.Output != "" {
						pending = append(pending, t)
					}
				}
				continue
			}
			s := in.Shell(f)
			if s == nil {
				continue
			}
			pending = traceRun(f, in, s, cur, pending)
			if len(pending) > maxPending {
				// A file downloaded this long ago and never used is not
				// worth every later RUN's look.
				pending = pending[len(pending)-maxPending:]
			}
		}
	}
	return out
}

// mayConcern reports whether a RUN that downloads nothing may use or check
// one of the pending downloads: it names one, reads a variable (which may
// hold a name), or may run a checksum or signature check (one that names
// no file covers them all). Most RUNs after a download do none of these,
// and are not parsed for it.
func mayConcern(f *File, in *Instruction, pending []*DownloadTrace) bool {
	text := f.srcText[in.Range.Start:in.Range.End]
	if strings.IndexByte(text, '$') >= 0 {
		return true
	}
	if strings.ContainsAny(text, `"'\`) {
		// Quotes and escapes inside a name ("x".tgz) are not in its key.
		text = strings.Map(func(r rune) rune {
			if r == '"' || r == '\'' || r == '\\' {
				return -1
			}
			return r
		}, text)
	}
	for _, t := range pending {
		for _, n := range t.names {
			if base := path.Base(n); base != "." && base != "/" && strings.Contains(text, base) {
				return true
			}
		}
	}
	return in.MayCall(f, checksumTools...) || in.MayCall(f, signatureTools...)
}

// maxPending bounds the downloads a stage follows at once, so that a file
// of thousands of unused downloads costs time linear in its size.
const maxPending = 64

// runWords reads the words of one RUN for the downloads it may use: each
// word as the name of a file, its key (WordKey) and, only when a match
// needs it, its value with the variables in scope; and each command's
// words after the program (LitArgs). Each is read once, however many
// downloads ask.
type runWords struct {
	s     *Script
	vars  Vars
	keys  map[*syntax.Word]*wordKey
	args  [][]string // by index in Calls; nil until read
	calls []*syntax.CallExpr
	cmds  []Command
}

type wordKey struct {
	k      [2]string // the key, and the value when it differs
	n      int       // how many of k are known
	valued bool      // the value was looked for
}

func (wk *runWords) get(w *syntax.Word) *wordKey {
	if wk.keys == nil {
		wk.keys = map[*syntax.Word]*wordKey{}
	}
	k := wk.keys[w]
	if k == nil {
		k = &wordKey{n: 1}
		k.k[0] = WordKey(w)
		wk.keys[w] = k
	}
	return k
}

// argsOf is LitArgs of the ci-th command after its program.
func (wk *runWords) argsOf(ci int) []string {
	if wk.args == nil {
		wk.args = make([][]string, len(wk.calls))
	}
	if wk.args[ci] == nil {
		wk.args[ci] = LitArgs(wk.calls[ci], wk.cmds[ci].At+1)
	}
	return wk.args[ci]
}

// literal is the word's key, as a one-element slice.
func (wk *runWords) literal(w *syntax.Word) []string {
	k := wk.get(w)
	return k.k[:1]
}

// value is the word's value when it differs from its key, as a slice of
// at most one element. Names are matched by
// their base names: only a word whose base name reads a variable is
// expanded (a variable before it changes nothing).
func (wk *runWords) value(w *syntax.Word) []string {
	k := wk.get(w)
	if !k.valued {
		k.valued = true
		if lit := k.k[0]; strings.IndexByte(lit[strings.LastIndexByte(lit, '/')+1:], '$') >= 0 {
			if v, ok := wk.vars.Expand(wk.s.wordText(w)); ok && v != lit {
				k.k[1], k.n = v, 2
			}
		}
	}
	return k.k[1:k.n]
}

// traceRun marks the downloads of one RUN (cur) and those still pending
// from earlier ones as checked or used by its commands, and returns what
// remains pending after it.
func traceRun(f *File, in *Instruction, s *Script, cur, pending []*DownloadTrace) []*DownloadTrace {
	all := append(append([]*DownloadTrace(nil), pending...), cur...)

	calls, cmds := s.Calls(), s.Commands()
	keys := runWords{s: s, vars: f.memoVars(in), calls: calls, cmds: cmds}
	// The checks of the RUN: those that name downloads cover those, the
	// others all of them.
	covered := make([]bool, len(all))
	for ci, call := range calls {
		if !isVerification(s, call, cmds[ci]) {
			continue
		}
		// The words as written name most files; their values are read
		// only for a file they do not name.
		texts := verificationTexts(s.flow(), call, keys.literal)
		var values []string
		valuesRead := false
		named := false
		for i, t := range all {
			if t.sum {
				continue
			}
			hit := mentionsAny(texts, t.names)
			if !hit && len(t.names) > 0 {
				if !valuesRead {
					values, valuesRead = verificationTexts(s.flow(), call, keys.value), true
				}
				hit = mentionsAny(values, t.names)
			}
			if hit {
				covered[i], named = true, true
			}
		}
		if !named {
			for i := range covered {
				covered[i] = true
			}
		}
	}
	var rest []*DownloadTrace
	for i, t := range all {
		if covered[i] {
			t.Checked = true
			continue
		}
		if t.sum {
			continue // a checksum list or signature is read, not run
		}
		uses := t.usesIn(in, &keys)
		t.Uses = append(t.Uses, uses...)
		ran := false
		for _, u := range uses {
			ran = ran || !u.Prepares
		}
		if !ran && t.Output != "" {
			rest = append(rest, t)
		}
	}
	return rest
}

// namesIn are the names the file goes by: its output as written and with
// the values in scope at its instruction.
func (t *DownloadTrace) namesIn(f *File) []string {
	if t.Output == "" {
		return nil
	}
	out := []string{t.Output}
	if strings.Contains(t.Output, "$") {
		if v, ok := f.VarsAt(t.In).Expand(t.Output); ok && v != t.Output {
			out = append(out, v)
		}
	}
	return out
}

// usesIn lists the commands of s that execute, install or extract t.
func (t *DownloadTrace) usesIn(in *Instruction, keys *runWords) []DownloadUse {
	s, names := keys.s, t.names
	var uses []DownloadUse
	if t.In == in && t.Call != nil {
		if t.Output != "" && InBinDir(t.Output) {
			uses = append(uses, DownloadUse{In: in, Range: s.Range(t.Call), How: "saved into " + path.Dir(t.Output), Prepares: true})
		}
		for _, r := range t.Readers {
			if how, ok := streamUse(r); ok {
				uses = append(uses, DownloadUse{In: in, Range: s.Range(r), How: how})
			}
		}
	}
	if len(names) == 0 {
		return uses
	}
	names1 := func(k string) bool {
		for _, n := range names {
			if k == n || path.Base(k) == path.Base(n) && path.Base(n) != "." && path.Base(n) != "/" {
				return true
			}
		}
		return false
	}
	matches := func(w *syntax.Word) bool {
		if names1(keys.literal(w)[0]) {
			return true
		}
		v := keys.value(w)
		return len(v) > 0 && names1(v[0])
	}
	for i, call := range keys.calls {
		if call == t.Call {
			continue
		}
		if how, prepares, ok := fileUse(keys, i, matches); ok {
			uses = append(uses, DownloadUse{In: in, Range: s.Range(call), How: how, Prepares: prepares})
		}
	}
	return uses
}

// InBinDir reports a path in a directory of programs: one of its
// directories is named bin or sbin (/usr/local/bin/tool, /opt/x/bin/x).
func InBinDir(p string) bool {
	for _, seg := range strings.Split(path.Dir(p), "/") {
		if seg == "bin" || seg == "sbin" {
			return true
		}
	}
	return false
}

// sumSuffixes name the files that hold checksums or signatures of others.
var sumSuffixes = []string{".asc", ".sig", ".sign", ".gpg", ".sha1", ".sha256", ".sha512", ".sha256sum", ".sha512sum",
	".md5", ".sum", ".sums", ".minisig", ".pem", ".crt", ".cert", ".bundle", ".intoto.jsonl", ".sigstore", ".sigstore.json"}

// isSumFile reports a checksum list or signature (SHA256SUMS, x.tgz.asc),
// which a check reads rather than verifies.
func isSumFile(name string) bool {
	if name == "" {
		return false
	}
	base := strings.ToLower(path.Base(name))
	if strings.Contains(base, "sums") || strings.Contains(base, "checksum") || hasDigestWord(base) {
		return true
	}
	for _, s := range sumSuffixes {
		if strings.HasSuffix(base, s) {
			return true
		}
	}
	return false
}

// hasDigestWord finds a digest's name as a word of a file name, between
// '-', '_', '.' or its ends: 9.0.1-sha.txt, sha256.txt, x.sha512sum.
func hasDigestWord(base string) bool {
	for _, w := range strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		w = strings.TrimSuffix(w, "sum")
		switch w {
		case "sha", "sha1", "sha224", "sha256", "sha384", "sha512", "md5":
			return true
		}
	}
	return false
}

// checksumTools compute or check checksums.
var checksumTools = []string{"sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "md5sum", "b2sum", "shasum", "cksum", "sha3sum", "rhash"}

// signatureTools check signatures, or digests by other means.
var signatureTools = []string{"gpg", "gpg2", "gpgv", "gpgv2", "debsig-verify", "slsa-verifier", "cosign", "minisign", "signify", "openssl", "rpm", "rpmkeys", "gh", "ssh-keygen"}

// isVerification reports a command that checks a checksum or a signature.
func isVerification(s *Script, call *syntax.CallExpr, c Command) bool {
	if !contains(signatureTools, c.Name) && !contains(checksumTools, c.Name) {
		return false // most commands: no need to read their words
	}
	args := LitArgs(call, c.At+1)
	switch {
	case contains(checksumTools, c.Name):
		// With -c a list is checked; without, the sum is computed, and
		// checked only when something reads it: a pipeline or a command
		// substitution ([ "$(sha256sum f | cut -c-64)" = "$SHA" ]).
		return hasShortOption(args, 'c') || contains(args, "--check") || readByAnother(s, call)
	case c.Name == "gpg" || c.Name == "gpg2":
		return contains(args, "--verify") || contains(args, "--verify-files")
	case c.Name == "gpgv" || c.Name == "gpgv2" || c.Name == "debsig-verify" || c.Name == "slsa-verifier":
		return true
	case c.Name == "cosign":
		return len(args) > 0 && strings.HasPrefix(args[0], "verify")
	case c.Name == "minisign" || c.Name == "signify":
		return hasShortOption(args, 'V') || hasShortOption(args, 'C')
	case c.Name == "openssl":
		// openssl dgst -verify …, or a digest read by what follows
		// ([ "$(openssl sha512 -r f)" = "$SUM" ]).
		if len(args) == 0 || !contains([]string{"dgst", "sha1", "sha256", "sha384", "sha512", "md5"}, args[0]) {
			return false
		}
		return contains(args, "-verify") || contains(args, "-prverify") || contains(args, "-signature") ||
			readByAnother(s, call)
	case c.Name == "rpm" || c.Name == "rpmkeys":
		return contains(args, "--checksig") || hasShortOption(args, 'K')
	case c.Name == "gh":
		return len(args) > 1 && args[0] == "attestation" && args[1] == "verify"
	case c.Name == "ssh-keygen":
		return hasShortOption(args, 'Y') && contains(args, "verify")
	}
	return false
}

// readByAnother reports a command whose output another reads: it is in a
// pipeline or a command substitution.
func readByAnother(s *Script, call *syntax.CallExpr) bool {
	cf := s.flow().of(call)
	return len(cf.pipe) > 1 || cf.enclosing.call != nil
}

// verificationTexts are the words a check reads: its own, those of the
// rest of its pipeline (echo "$SHA  file" | sha256sum -c -), and its
// here-strings and here-documents.
func verificationTexts(fl *scriptFlow, call *syntax.CallExpr, key func(*syntax.Word) []string) []string {
	var texts []string
	add := func(c *syntax.CallExpr) {
		for _, w := range c.Args {
			texts = append(texts, key(w)...)
		}
		if st := fl.of(c).stmt; st != nil {
			for _, r := range st.Redirs {
				for _, w := range []*syntax.Word{r.Word, r.Hdoc} {
					if w != nil {
						texts = append(texts, key(w)...)
					}
				}
			}
		}
	}
	add(call)
	for _, c := range fl.of(call).pipe {
		if c != call {
			add(c)
		}
	}
	if outer := fl.of(call).enclosing.call; outer != nil {
		add(outer)
	}
	return texts
}

// mentionsAny reports whether one of texts names one of the files: holds
// its base name between non-name characters (a following "." counts as
// the end: x.tgz.sha256 names x.tgz).
func mentionsAny(texts, names []string) bool {
	for _, n := range names {
		base := path.Base(n)
		if base == "." || base == "/" || base == "" {
			continue
		}
		for _, t := range texts {
			for i := 0; ; {
				j := strings.Index(t[i:], base)
				if j < 0 {
					break
				}
				j += i
				end := j + len(base)
				if (j == 0 || !nameByte(t[j-1])) && (end == len(t) || !nameByte(t[end]) || t[end] == '.') {
					return true
				}
				i = j + 1
			}
		}
	}
	return false
}

func nameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// LitArgs are the values of call's words from index from, as LitWord
// reads them: "" for a word that is not literal.
func LitArgs(call *syntax.CallExpr, from int) []string {
	if from > len(call.Args) {
		return nil
	}
	out := make([]string, 0, len(call.Args)-from)
	for _, w := range call.Args[from:] {
		s, _ := LitWord(w)
		out = append(out, s)
	}
	return out
}

// hasShortOption reports a short option letter, alone or in a cluster.
func hasShortOption(args []string, letter byte) bool {
	for _, a := range args {
		if len(a) > 1 && a[0] == '-' && a[1] != '-' && strings.IndexByte(a[1:], letter) >= 0 {
			return true
		}
	}
	return false
}

// IsInterpreter reports a program that runs a script: a shell (sh, bash,
// dash …), python, perl, ruby, node, php, pwsh. Given a file as its first
// operand, it runs that file; given none, or "-", the script on its
// standard input.
func IsInterpreter(name string) bool {
	switch name {
	case "sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "perl", "ruby", "node", "php", "pwsh", "fish":
		return true
	}
	return pythonName(name)
}

// fileUse says how the RUN's ci-th command executes, installs or extracts
// the file whose words matches accepts; prepares is true for a command
// that only readies it (chmod +x, a move or link into a bin directory).
func fileUse(rw *runWords, ci int, matches func(*syntax.Word) bool) (how string, prepares, ok bool) {
	how, ok = fileUseHow(rw, ci, matches)
	prepares = strings.HasPrefix(how, "made executable") || strings.HasPrefix(how, "moved into") ||
		strings.HasPrefix(how, "copied into") || strings.HasPrefix(how, "linked into") || how == "installed with install"
	return how, prepares, ok
}

func fileUseHow(rw *runWords, ci int, matches func(*syntax.Word) bool) (string, bool) {
	call, c := rw.calls[ci], rw.cmds[ci]
	if c.At >= len(call.Args) {
		return "", false
	}
	// A program run by its path (./install.sh, /tmp/x): the word has a
	// slash, which a literal's CommandOf name has lost.
	if prog := call.Args[c.At]; (c.Name == "" || wordHasSlash(prog)) && matches(prog) && strings.Contains(WordKey(prog), "/") {
		return "executed", true
	}
	if !useCommand(c.Name) {
		return "", false // most commands use no file: no need to read their words
	}
	args := call.Args[c.At+1:]
	lits := rw.argsOf(ci)
	operand := func(skip func(i int) bool) bool {
		for i, w := range args {
			if (skip == nil || !skip(i)) && matches(w) {
				return true
			}
		}
		return false
	}
	firstOperand := func() bool {
		for i, w := range args {
			if strings.HasPrefix(lits[i], "-") {
				continue
			}
			return matches(w)
		}
		return false
	}
	name := c.Name
	switch {
	case name == "." || name == "source":
		if firstOperand() {
			return "sourced", true
		}
	case IsInterpreter(name) || name == "java":
		if firstOperand() || name == "java" && contains(lits, "-jar") && operand(nil) {
			return "executed with " + name, true
		}
	case name == "dpkg":
		if (hasShortOption(lits, 'i') || contains(lits, "--install") || contains(lits, "--unpack")) && operand(nil) {
			return "installed with dpkg -i", true
		}
	case name == "rpm":
		if (hasShortOption(lits, 'i') || hasShortOption(lits, 'U') || hasShortOption(lits, 'F') ||
			contains(lits, "--install") || contains(lits, "--upgrade")) && operand(nil) {
			return "installed with rpm", true
		}
	case name == "gdebi" || name == "alien":
		if operand(nil) {
			return "installed with " + name, true
		}
	case packageFamily(name) != "":
		var pc *PackageCommand
		pcs := rw.s.PackageCommands()
		for i := range pcs {
			if pcs[i].Call == call {
				pc = &pcs[i]
			}
		}
		if pc == nil || pc.Verb == "" || !pc.Installs() && pc.Verb != "install" && pc.Verb != "localinstall" && pc.Verb != "add" && pc.Verb != "i" {
			return "", false
		}
		for _, a := range pc.Args {
			if matches(call.Args[a.At]) {
				return "installed with " + name + " " + pc.Verb, true
			}
		}
	case name == "tar" || name == "bsdtar":
		if TarExtracts(lits) && operand(nil) {
			return "extracted with " + name, true
		}
	case name == "unzip" || name == "gunzip" || name == "bunzip2" || name == "unxz" || name == "unzstd" || name == "funzip":
		if operand(nil) {
			return "extracted with " + name, true
		}
	case name == "gzip" || name == "xz" || name == "bzip2" || name == "zstd":
		if (hasShortOption(lits, 'd') || contains(lits, "--decompress")) && operand(nil) {
			return "extracted with " + name + " -d", true
		}
	case name == "7z" || name == "7za" || name == "7zz":
		if len(lits) > 0 && (lits[0] == "x" || lits[0] == "e") && operand(nil) {
			return "extracted with " + name, true
		}
	case name == "chmod":
		if mode, _, ok := ChmodMode(lits); ok && modeAddsExec(mode) && operand(nil) {
			return "made executable with chmod", true
		}
	case name == "install":
		if operand(func(i int) bool { return i == len(args)-1 }) {
			return "installed with install", true
		}
	case name == "mv" || name == "cp" || name == "ln":
		if len(args) >= 2 && InBinDir(WordKey(args[len(args)-1])+"/x") &&
			operand(func(i int) bool { return i == len(args)-1 }) {
			return map[string]string{"mv": "moved", "cp": "copied", "ln": "linked"}[name] + " into " + WordKey(args[len(args)-1]), true
		}
	}
	return "", false
}

// wordHasSlash reports a word with a literal slash in it.
func wordHasSlash(w *syntax.Word) bool {
	for _, p := range w.Parts {
		switch x := p.(type) {
		case *syntax.Lit:
			if strings.IndexByte(x.Value, '/') >= 0 {
				return true
			}
		case *syntax.SglQuoted:
			if strings.IndexByte(x.Value, '/') >= 0 {
				return true
			}
		case *syntax.DblQuoted:
			if wordHasSlash(&syntax.Word{Parts: x.Parts}) {
				return true
			}
		}
	}
	return false
}

// useCommand reports the programs fileUseHow knows to execute, install or
// extract a file they are given.
func useCommand(name string) bool {
	switch name {
	case ".", "source", "java", "dpkg", "rpm", "gdebi", "alien", "tar", "bsdtar", "unzip", "gunzip", "bunzip2", "unxz",
		"unzstd", "funzip", "gzip", "xz", "bzip2", "zstd", "7z", "7za", "7zz", "chmod", "install", "mv", "cp", "ln":
		return true
	}
	return IsInterpreter(name) || packageFamily(name) != ""
}

// streamUse says how a command in a download's pipeline unpacks or
// installs what it reads.
func streamUse(call *syntax.CallExpr) (string, bool) {
	c := CommandOf(call)
	lits := LitArgs(call, c.At+1)
	switch c.Name {
	case "tar", "bsdtar":
		if TarExtracts(lits) {
			return "extracted with " + c.Name + " as it streams in", true
		}
	case "gunzip", "bunzip2", "unxz", "unzstd", "funzip", "zcat", "xzcat", "bzcat":
		return "unpacked with " + c.Name + " as it streams in", true
	case "gzip", "xz", "bzip2", "zstd":
		if hasShortOption(lits, 'd') || contains(lits, "--decompress") {
			return "unpacked with " + c.Name + " -d as it streams in", true
		}
	case "dpkg", "rpm":
		return "installed with " + c.Name + " as it streams in", true
	}
	return "", false
}

// ChmodMode finds the mode of a chmod command line, lits its words after
// the program (see LitArgs): the first that is not an option (-R, -v,
// --recursive …), and its index. ok is false when a word before it is not
// literal, or there is none.
func ChmodMode(lits []string) (mode string, at int, ok bool) {
	for i, a := range lits {
		if a == "" {
			return "", 0, false
		}
		if strings.HasPrefix(a, "--") || strings.HasPrefix(a, "-") && strings.Trim(a[1:], "RvcfH") == "" && len(a) > 1 {
			continue
		}
		return a, i, true
	}
	return "", 0, false
}

// modeAddsExec reports a chmod mode that sets an execute bit: +x, u+x,
// a+rx, 755, 0700 …
func modeAddsExec(mode string) bool {
	if mode != "" && strings.Trim(mode, "01234567") == "" {
		for _, d := range mode[max(0, len(mode)-3):] {
			if (d-'0')&1 == 1 {
				return true
			}
		}
		return false
	}
	for _, clause := range strings.Split(mode, ",") {
		if i := strings.IndexAny(clause, "+="); i >= 0 && strings.ContainsAny(clause[i+1:], "xX") {
			return true
		}
	}
	return false
}
