package lint

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// Script is the shell program of a shell-form RUN (or CMD, ENTRYPOINT),
// parsed with mvdan.cc/sh, with every offset mappable back into File.Src.
type Script struct {
	File *syntax.File
	src  mapped
	dsrc []byte // the Dockerfile's source, which src maps into

	// What one walk of the syntax tree finds, on first use, for all the
	// rules that ask.
	calls    []*syntax.CallExpr
	pipes    []*syntax.BinaryCmd
	assigns  []Assignment
	walked   bool
	commands []Command        // CommandOf each of calls, on first use
	programs []Program        // Instruction.Programs, on first use
	pkgs     []PackageCommand // PackageCommands, on first use
	pkgsDone bool

	downloads     []Download // Instruction.Downloads, found on first use
	downloadsDone bool
	flows         *scriptFlow // the data flow between commands, found on first use

	// interpreter is the shell and its options that read the script on
	// their standard input (RUN <<EOF bash): nil when the RUN's shell runs
	// it, as for most.
	interpreter []string
}

// Interpreter is the shell command, with its options, that reads the
// script from a heredoc (["bash"] for RUN <<EOF bash, ["sh", "-ex"]); nil
// when the SHELL (or /bin/sh -c) runs the script itself. The SHELL's
// options do not reach such a script.
func (s *Script) Interpreter() []string { return s.interpreter }

// Range maps a shell node back to its byte range in the Dockerfile.
func (s *Script) Range(n syntax.Node) Range {
	return s.src.srcRange(int(n.Pos().Offset()), int(n.End().Offset()))
}

// wordText is a word of the script as written (what WordSource prints,
// without printing it).
func (s *Script) wordText(w *syntax.Word) string {
	start, end := int(w.Pos().Offset()), int(w.End().Offset())
	if start < 0 || end > len(s.src.text) || start > end {
		return WordSource(w)
	}
	return string(s.src.text[start:end])
}

// Text is the script as the shell sees it.
func (s *Script) Text() string { return string(s.src.text) }

// SrcOffset maps a script offset to a Dockerfile offset.
func (s *Script) SrcOffset(off int) int { return s.src.srcRange(off, off).Start }

// Shell parses the instruction's shell-form command: of RUN, CMD,
// ENTRYPOINT, ONBUILD RUN, or HEALTHCHECK CMD (the words after CMD). It
// returns nil for the exec (JSON) form, for instructions that take no
// command (HEALTHCHECK NONE among them), for a heredoc script whose #! line
// names another interpreter (python, node), and for a command the shell
// parser refuses (a Dockerfile may use another SHELL).
func (in *Instruction) Shell(f *File) *Script {
	// Rules ask for the same RUN again and again; a file is linted by one
	// goroutine, so a plain cache is safe.
	if !in.shellParsed {
		in.shell, in.shellParsed = in.parseShell(f), true
	}
	return in.shell
}

func (in *Instruction) parseShell(f *File) *Script {
	off := int(in.argsOff)
	switch {
	case in.Keyword == "ONBUILD":
		// ONBUILD RUN …: the shell form of the wrapped RUN, after its flags.
		if !strings.EqualFold(in.OnbuildKeyword(), "RUN") {
			return nil
		}
		off = skipWordsWhile(in.logical.text, off, func(w string, i int) bool {
			return i == 0 || strings.HasPrefix(w, "--")
		})
		if off < len(in.logical.text) && in.logical.text[off] == '[' {
			return nil // exec form
		}
	case in.Keyword == "HEALTHCHECK":
		if in.JSON || !in.IsHealthcheckCmd() {
			return nil
		}
		off = skipWordsWhile(in.logical.text, off, func(_ string, i int) bool { return i == 0 })
	case in.JSON || !in.Is("RUN", "CMD", "ENTRYPOINT"):
		return nil
	}
	s := &Script{dsrc: f.Src}
	args := in.logical.text[off:]
	var interp []string
	if len(in.Heredocs) == 1 {
		interp = heredocShell(string(args))
	}
	switch {
	case len(in.Heredocs) > 0 && onlyHeredocMarkers(string(args)):
		// `RUN <<EOF` runs the heredoc body itself as the script, with the
		// interpreter its #! line names: only a Bourne shell's is ours to read.
		b := in.Heredocs[0].Body
		end := b.End
		if in.Heredocs[0].Terminator != (Range{}) {
			end = in.Heredocs[0].Terminator.Start
		}
		first, _, _ := strings.Cut(string(f.Src[b.Start:end]), "\n")
		if strings.HasPrefix(first, "#!") && !ShebangIsShell(first) {
			return nil
		}
		s.src.add(f.Src, b.Start, end)
	case interp != nil:
		// `RUN <<EOF bash` (Docker's reference shows it), `RUN sh -ex
		// <<EOF`: the heredoc is the script a shell reads on its standard
		// input, run with the options on its command line.
		b := in.Heredocs[0].Body
		end := b.End
		if in.Heredocs[0].Terminator != (Range{}) {
			end = in.Heredocs[0].Terminator.Start
		}
		s.src.add(f.Src, b.Start, end)
		s.interpreter = interp
	case len(in.Heredocs) > 0:
		// `RUN python3 <<EOF`: the shell reads the heredoc, so give it the
		// command line followed by the body lines as written.
		s.src.addFrom(&in.logical, off)
		s.src.addByte('\n', in.Heredocs[0].Body.Start-1)
		s.src.add(f.Src, in.Heredocs[0].Body.Start, in.Range.End)
	default:
		s.src.addFrom(&in.logical, off)
	}
	// CRs would become part of words; the shell on Linux sees them too,
	// but for analysis they are noise.
	text := s.src.text
	if bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte{'\r'}, []byte{' '})
	}
	// The common script parses without mvdan's allocations (shfast.go).
	file := f.parser.fast.parse(text, s.src.srcString(f, text))
	if file == nil {
		var err error
		if file, err = f.parser.shell().Parse(bytes.NewReader(text), ""); err != nil {
			return nil
		}
	}
	s.File = file
	return s
}

// MayCall reports whether the shell script of in could run a command whose
// name contains one of names. False is certain, so a rule can skip parsing
// the shell; true only means the text mentions a name. Quotes, backslashes,
// the escape character and line breaks inside a name are skipped, so that
// su"do" still counts.
func (in *Instruction) MayCall(f *File, names ...string) bool {
	for _, name := range names {
		if hasLooseSkip(name, f.Escape) {
			if in.mayCallSlow(f, name) {
				return true
			}
			continue
		}
		text, pairs := in.looseText(f)
		if hasPairs(pairs, name) && bytes.Contains(text, []byte(name)) {
			return true
		}
	}
	return false
}

// mayCallSlow is MayCall for a name holding a byte looseText drops.
func (in *Instruction) mayCallSlow(f *File, name string) bool {
	if containsLoose(in.logical.text[in.argsOff:], name, f.Escape) {
		return true
	}
	for _, h := range in.Heredocs {
		if containsLoose(f.Src[h.Body.Start:h.Body.End], name, f.Escape) {
			return true
		}
	}
	return false
}

// looseText is the script's text (the arguments, then each heredoc body
// after a NUL) without the bytes containsLoose skips inside a name: a name
// is in it exactly where containsLoose finds it. pairs is the set of its
// byte pairs (see pairBit): a name with a pair not in it is not in the
// text, which most names a rule asks about are not. Both are made on first
// use, in the Parser's arenas.
func (in *Instruction) looseText(f *File) (text []byte, pairs []uint64) {
	if in.looseRead {
		return in.loose, in.loosePairs
	}
	in.looseRead = true
	args := in.logical.text[in.argsOff:]
	n := len(args)
	for _, h := range in.Heredocs {
		n += 1 + h.Body.End - h.Body.Start
	}
	var skip [256]bool
	for _, c := range []byte{'\'', '"', '\\', '\r', '\n', f.Escape} {
		skip[c] = true
	}
	pairs = take(&f.parser.pairs, pairWords)[:pairWords]
	clear(pairs)
	buf := take(&f.parser.loose, n)[:n]
	k := 0
	add := func(text []byte) {
		for _, c := range text {
			if skip[c] {
				continue
			}
			if k > 0 {
				b := pairBit(buf[k-1], c)
				pairs[b/64] |= 1 << (b % 64)
			}
			buf[k] = c
			k++
		}
	}
	add(args)
	for _, h := range in.Heredocs {
		buf[k] = 0
		k++
		add(f.Src[h.Body.Start:h.Body.End])
	}
	buf = buf[:k:k]
	in.loose, in.loosePairs = buf, pairs
	return buf, pairs
}

// pairWords is the size of a byte-pair set in words: 4,096 bits.
const pairWords = 64

// pairBit is the bit of the byte pair a, b: the low six bits of each, so
// that letters, digits and most punctuation stay apart.
func pairBit(a, b byte) uint { return uint(a&0x3f)<<6 | uint(b&0x3f) }

// hasPairs reports whether every byte pair of name is in the set.
func hasPairs(pairs []uint64, name string) bool {
	for i := 1; i < len(name); i++ {
		b := pairBit(name[i-1], name[i])
		if pairs[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// hasLooseSkip reports whether name holds a byte looseSkips.
func hasLooseSkip(name string, escape byte) bool {
	for i := 0; i < len(name); i++ {
		if looseSkips(name[i], escape) {
			return true
		}
	}
	return false
}

// looseSkips reports the bytes containsLoose skips between a name's
// letters: quotes, backslashes, the escape character and line breaks.
func looseSkips(c, escape byte) bool {
	return c == '\'' || c == '"' || c == '\\' || c == '\r' || c == '\n' || c == escape
}

// MayRun is MayCall for a command whose name is one of names, whole: the
// name must not be part of a longer word ("ps" in https, "top" in stop,
// "cd" in abcd), which MayCall counts. The script's words are read once,
// for all the rules that ask, so that rules skip parsing the many scripts
// that only mention a short name inside another word.
func (in *Instruction) MayRun(f *File, names ...string) bool {
	// A whole word is in the loose text too, and most scripts mention
	// none of the names: skip reading their words.
	if !in.MayCall(f, names...) {
		return false
	}
	words := in.scriptWords(f)
	for _, name := range names {
		if len(name) > maxWordLen || strings.IndexFunc(name, func(r rune) bool { return r >= 0x80 || byteClasses[r] != wordByte }) >= 0 {
			if in.MayCall(f, name) {
				return true // not a word MayRun reads: the looser test decides
			}
			continue
		}
		if in.MayCall(f, name) && slices.Contains(words, wordHash([]byte(name))) {
			return true
		}
	}
	return false
}

// maxWordLen bounds the words scriptWords keeps: command names are short.
const maxWordLen = 32

// scriptWords returns the hashes of the words of in's script (the
// arguments, and the heredoc bodies). A word is a
// run of word bytes (letters, digits, _ - . +) with quotes and escaped line
// breaks inside it skipped, as the shell joins them (su"do" is sudo).
// They are found on first use and kept in the Parser's arena.
func (in *Instruction) scriptWords(f *File) []uint64 {
	if in.wordsRead {
		return in.words
	}
	in.wordsRead = true
	p := f.parser
	start := len(p.words)
	p.words = appendWordHashes(p.words, in.logical.text[in.argsOff:], f.Escape)
	for _, h := range in.Heredocs {
		p.words = appendWordHashes(p.words, f.Src[h.Body.Start:h.Body.End], f.Escape)
	}
	// Unsorted: a few look-ups in a short list cost less than a sort.
	in.words = p.words[start:len(p.words):len(p.words)]
	return in.words
}

// Byte classes for scriptWords.
const (
	sepByte   = iota // ends a word
	wordByte         // a letter, a digit, or one of _ - . +
	quoteByte        // a quote, skipped inside a word (su"do")
	escByte          // \\ or the escape character: skipped, with the line break after it
)

// byteClasses maps each byte to its class (the escape character aside).
var byteClasses = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-' || c == '.' || c == '+':
			t[c] = wordByte
		case c == '\'' || c == '"':
			t[c] = quoteByte
		case c == '\\':
			t[c] = escByte
		}
	}
	return t
}()

// FNV-1a, for the words of a script.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func wordHash(w []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range w {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// appendWordHashes appends the hashes of text's words of at most
// maxWordLen bytes (see scriptWords).
func appendWordHashes(hashes []uint64, text []byte, escape byte) []uint64 {
	classes := byteClasses
	if escape != '\\' {
		classes[escape] = escByte
	}
	i := 0
	for {
		for i < len(text) && classes[text[i]] == sepByte {
			i++
		}
		if i == len(text) {
			return hashes
		}
		n, h := 0, uint64(fnvOffset)
	word:
		for ; i < len(text); i++ {
			c := text[i]
			switch classes[c] {
			case wordByte:
				h = (h ^ uint64(c)) * fnvPrime
				n++
			case quoteByte:
			case escByte:
				if i+1 < len(text) && text[i+1] == '\r' {
					i++
				}
				if i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
			default:
				break word
			}
		}
		if n > 0 && n <= maxWordLen {
			hashes = append(hashes, h)
		}
	}
}

// containsLoose reports whether text contains name, allowing quotes,
// backslashes, the escape character and line breaks between its letters.
func containsLoose(text []byte, name string, escape byte) bool {
	for i := 0; i < len(text); i++ {
		at := bytes.IndexByte(text[i:], name[0])
		if at < 0 {
			return false
		}
		i += at
		if looseMatchAt(text, i, name, escape) {
			return true
		}
	}
	return false
}

func looseMatchAt(text []byte, i int, name string, escape byte) bool {
	k := 0
	for _, c := range text[i:] {
		switch {
		case c == name[k]:
			k++
			if k == len(name) {
				return true
			}
		case k > 0 && looseSkips(c, escape):
		default:
			return false
		}
	}
	return false
}

// OnbuildKeyword is the keyword of the instruction an ONBUILD wraps, upper
// case ("RUN"), or "" for any other instruction.
func (in *Instruction) OnbuildKeyword() string {
	if in.Keyword != "ONBUILD" || len(in.Args()) == 0 {
		return ""
	}
	return strings.ToUpper(in.Args()[0].Text)
}

// IsRun reports whether the instruction runs a command at build time: RUN,
// or ONBUILD RUN (in the builds that use this image as their base).
func (in *Instruction) IsRun() bool {
	return in.Keyword == "RUN" || in.OnbuildKeyword() == "RUN"
}

// IsHealthcheckCmd reports whether the instruction is HEALTHCHECK [flags]
// CMD …, which runs a command (HEALTHCHECK NONE runs none). BuildKit reads
// the CMD in any case. In the exec form Args are the array's strings: the
// file parses, so the word before the array was CMD.
func (in *Instruction) IsHealthcheckCmd() bool {
	if in.Keyword != "HEALTHCHECK" {
		return false
	}
	return in.JSON || len(in.Args()) > 0 && strings.EqualFold(in.Args()[0].Text, "CMD")
}

// skipWordsWhile skips the blank-separated words of text from off while
// keep(word, index) holds, and the blanks after them.
func skipWordsWhile(text []byte, off int, keep func(string, int) bool) int {
	for i := 0; ; i++ {
		for off < len(text) && isSpaceByte(text[off]) {
			off++
		}
		end := off
		for end < len(text) && !isSpaceByte(text[end]) {
			end++
		}
		if end == off || !keep(string(text[off:end]), i) {
			return off
		}
		off = end
	}
}

// ShebangIsShell reports whether a #! line runs a Bourne-style shell.
func ShebangIsShell(line string) bool {
	fields := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "#!"))
	if len(fields) == 0 {
		return true
	}
	prog := path.Base(fields[0])
	if prog == "env" {
		for _, a := range fields[1:] {
			if !strings.HasPrefix(a, "-") {
				prog = path.Base(a)
				break
			}
		}
	}
	return prog == "busybox" || IsShell(prog)
}

// IsShell reports a program (a name or a path) that is a Bourne-style
// shell: sh, bash, dash, ash, ksh, mksh, zsh.
func IsShell(prog string) bool {
	switch path.Base(prog) {
	case "sh", "bash", "dash", "ash", "ksh", "mksh", "zsh":
		return true
	}
	return false
}

// heredocShell reads a command line that only feeds one heredoc to a
// Bourne-style shell with options (`<<EOF bash`, `sh -ex <<'EOF'`, `bash
// -o pipefail <<EOF`) and returns the shell and its options; nil for any
// other command line (a -c string, arguments, a redirection, a second
// command).
func heredocShell(args string) []string {
	var interp []string
	markers := 0
	words := strings.Fields(args)
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case strings.HasPrefix(w, "<<"):
			markers++
		case interp == nil:
			if !IsShell(w) {
				return nil
			}
			interp = []string{w}
		case w == "-o" || w == "+o":
			if i+1 >= len(words) || strings.HasPrefix(words[i+1], "<<") {
				return nil
			}
			interp = append(interp, w, words[i+1])
			i++
		case w == "--noprofile" || w == "--norc" || w == "--posix":
			interp = append(interp, w)
		case len(w) > 1 && (w[0] == '-' || w[0] == '+') && w[1] != '-' && !strings.ContainsAny(w[1:], "cio"):
			interp = append(interp, w)
		default:
			return nil
		}
	}
	if markers != 1 {
		return nil
	}
	return interp
}

func onlyHeredocMarkers(args string) bool {
	for _, w := range strings.Fields(args) {
		if !strings.HasPrefix(w, "<<") {
			return false
		}
	}
	return true
}

// LitWord returns the value of a shell word that has no expansion, glob or
// escape, and false for any other word.
func LitWord(w *syntax.Word) (string, bool) {
	if len(w.Parts) == 1 {
		// The common case, a plain word, without building a copy.
		if x, ok := w.Parts[0].(*syntax.Lit); ok {
			if strings.ContainsAny(x.Value, "*?[]{}\\") || strings.HasPrefix(x.Value, "~") {
				return "", false
			}
			return x.Value, true
		}
	}
	var b strings.Builder
	for i, part := range w.Parts {
		switch x := part.(type) {
		case *syntax.Lit:
			if strings.ContainsAny(x.Value, "*?[]{}\\") || (i == 0 && strings.HasPrefix(x.Value, "~")) {
				return "", false
			}
			b.WriteString(x.Value)
		case *syntax.SglQuoted:
			if x.Dollar {
				return "", false
			}
			b.WriteString(x.Value)
		case *syntax.DblQuoted:
			if x.Dollar {
				return "", false
			}
			for _, q := range x.Parts {
				l, ok := q.(*syntax.Lit)
				if !ok || strings.ContainsRune(l.Value, '\\') {
					return "", false
				}
				b.WriteString(l.Value)
			}
		default:
			return "", false
		}
	}
	return b.String(), true
}

// LitPrefix is the literal text a shell word starts with, up to its first
// expansion, glob or escape: "--user=" for --user="${NAME}". An option's
// name is known even where its value is not.
func LitPrefix(w *syntax.Word) string {
	if s, ok := LitWord(w); ok {
		return s
	}
	var b strings.Builder
	// lit writes v up to the first of special and reports whether it
	// wrote all of v.
	lit := func(v, special string) bool {
		if i := strings.IndexAny(v, special); i >= 0 {
			b.WriteString(v[:i])
			return false
		}
		b.WriteString(v)
		return true
	}
	for i, part := range w.Parts {
		switch x := part.(type) {
		case *syntax.Lit:
			if i == 0 && strings.HasPrefix(x.Value, "~") || !lit(x.Value, "*?[]{}\\") {
				return b.String()
			}
		case *syntax.SglQuoted:
			if x.Dollar {
				return b.String()
			}
			b.WriteString(x.Value)
		case *syntax.DblQuoted:
			if x.Dollar {
				return b.String()
			}
			for _, q := range x.Parts {
				l, ok := q.(*syntax.Lit)
				if !ok || !lit(l.Value, "\\") {
					return b.String()
				}
			}
		default:
			return b.String()
		}
	}
	return b.String()
}

// Calls returns every simple command in the script, in order, nested ones
// (in subshells, if/for bodies, command substitutions) included. Several
// rules ask for them; the slice is shared and must not be modified.
func (s *Script) Calls() []*syntax.CallExpr {
	s.walk()
	return s.calls
}

// Commands is CommandOf each of Calls, index for index: the programs the
// script runs. The slice is shared and must not be modified.
func (s *Script) Commands() []Command {
	if s.commands == nil {
		calls := s.Calls()
		s.commands = make([]Command, len(calls))
		for i, c := range calls {
			s.commands[i] = CommandOf(c)
		}
	}
	return s.commands
}

// Pipes returns the pipelines of the script (`a | b`, `a |& b`), outermost
// first: `a | b | c` is one pipe whose left side is `a | b`. The slice is
// shared and must not be modified.
func (s *Script) Pipes() []*syntax.BinaryCmd {
	s.walk()
	return s.pipes
}

// Assignments returns the variables the script sets, in order: X=v alone
// or before a command, the arguments of export, declare, local or readonly,
// and for loops' variables. The slice is shared and must not be modified.
func (s *Script) Assignments() []Assignment {
	s.walk()
	return s.assigns
}

// Assignment is a variable a script sets.
type Assignment struct {
	// Assign is the assignment (X=v, or a declaration's argument, naked
	// for `export X`); nil for a for loop's variable.
	Assign *syntax.Assign
	// Name is the variable; "" for a declaration's option (export -n).
	Name string
	// Decl is the export, declare, local or readonly the assignment is an
	// argument of; nil otherwise.
	Decl *syntax.DeclClause
	// Call is the command the assignment prefixes (X=v cmd), or stands
	// alone in (X=v, with no Args); nil in a declaration or a loop.
	Call *syntax.CallExpr
}

// Value is what the assignment sets: nil for a naked one (export X) and
// a for loop's variable.
func (a Assignment) Value() *syntax.Word {
	if a.Assign == nil {
		return nil
	}
	return a.Assign.Value
}

// walk collects, in one walk of the tree, what Calls, Pipes and
// Assignments return: the rules read these instead of walking each RUN's
// tree themselves.
func (s *Script) walk() {
	if s.walked {
		return
	}
	s.walked = true
	s.calls, s.pipes, s.assigns = collectTree(s.File, s.calls, s.pipes, s.assigns)
}

// CallsIn returns the simple commands of a parsed shell script that no
// Script holds (an entrypoint read from the build context), in the order
// Script.Calls gives.
func CallsIn(file *syntax.File) []*syntax.CallExpr {
	calls, _, _ := collectTree(file, nil, nil, nil)
	return calls
}

// collectTree appends a tree's commands, pipelines and assignments to
// the slices given.
func collectTree(root syntax.Node, calls []*syntax.CallExpr, pipes []*syntax.BinaryCmd, assigns []Assignment) ([]*syntax.CallExpr, []*syntax.BinaryCmd, []Assignment) {
	syntax.Walk(root, func(n syntax.Node) bool {
		switch x := n.(type) {
		case *syntax.Word:
			// Most words are plain text, with no command inside: skip
			// their parts.
			for _, part := range x.Parts {
				switch part.(type) {
				case *syntax.Lit, *syntax.SglQuoted:
				default:
					return true
				}
			}
			return false
		case *syntax.CallExpr:
			if len(x.Args) > 0 {
				calls = append(calls, x)
			}
			for _, a := range x.Assigns {
				assigns = append(assigns, Assignment{Assign: a, Name: assignName(a), Call: x})
			}
		case *syntax.DeclClause:
			for _, a := range x.Args {
				assigns = append(assigns, Assignment{Assign: a, Name: assignName(a), Decl: x})
			}
		case *syntax.WordIter:
			if x.Name != nil {
				assigns = append(assigns, Assignment{Name: x.Name.Value})
			}
		case *syntax.BinaryCmd:
			if x.Op == syntax.Pipe || x.Op == syntax.PipeAll {
				pipes = append(pipes, x)
			}
		}
		return true
	})
	return calls, pipes, assigns
}

func assignName(a *syntax.Assign) string {
	if a.Name == nil {
		return ""
	}
	return a.Name.Value
}

// Enclosing returns the nodes of the script's tree that contain n, the
// outermost first, n itself left out: the if, loop and && around a
// command. It descends only into the nodes that contain n.
func (s *Script) Enclosing(n syntax.Node) []syntax.Node {
	contains := func(outer syntax.Node) bool {
		return outer.Pos().Offset() <= n.Pos().Offset() && n.End().Offset() <= outer.End().Offset()
	}
	var path []syntax.Node
	syntax.Walk(s.File, func(x syntax.Node) bool {
		if x == nil || x == n || !contains(x) {
			return false
		}
		path = append(path, x)
		return true
	})
	return path
}

// StderrRead reports whether what call writes to standard error may be
// read by the script instead of reaching the build log: a redirection of
// file descriptor 2 (2>file, 2>&1, &>file) on the call or on a command
// around it, other than to /dev/null, or a |& pipe it writes into. A fix
// that changes a program's messages changes what the script reads there.
func (s *Script) StderrRead(call *syntax.CallExpr) bool {
	inside := func(outer syntax.Node) bool {
		return outer.Pos().Offset() <= call.Pos().Offset() && call.End().Offset() <= outer.End().Offset()
	}
	for _, n := range s.Enclosing(call) {
		switch x := n.(type) {
		case *syntax.Stmt:
			for _, r := range x.Redirs {
				if redirectsStderr(r) {
					return true
				}
			}
		case *syntax.BinaryCmd:
			if x.Op == syntax.PipeAll && inside(x.X) {
				return true
			}
		}
	}
	return false
}

// redirectsStderr reports a redirection that sends file descriptor 2
// somewhere a script can read: not /dev/null, and not a close (2>&-).
func redirectsStderr(r *syntax.Redirect) bool {
	target, _ := LitWord(r.Word)
	fd2 := false
	switch r.Op {
	case syntax.RdrAll, syntax.AppAll:
		fd2 = true
	case syntax.RdrOut, syntax.AppOut, syntax.RdrClob:
		fd2 = r.N != nil && r.N.Value == "2"
	case syntax.DplOut:
		// 2>&1, or >&file (both streams); >&2 sends stdout to stderr.
		fd2 = r.N != nil && r.N.Value == "2" || r.N == nil && target != "" && strings.Trim(target, "0123456789") != ""
	}
	return fd2 && target != "/dev/null" && target != "-"
}

// Leading is the simple command a script starts with, when the script can
// lose it and run the rest as before: it is the whole script, or `&&`,
// `;` or a new line follows it.
type Leading struct {
	Call *syntax.CallExpr
	// Cut is what removing the command deletes from the Dockerfile: the
	// command, the operator after it and the blanks (line continuations
	// included) up to the next command. Empty when Rest is false.
	Cut Range
	// Rest: other commands follow.
	Rest bool
}

// LeadingCommand finds the script's leading command (see Leading). ok is
// false when the script starts otherwise: with a pipe, a `||`, a compound
// command, a redirect, an assignment, or a comment between the command
// and the next, which removing it would delete.
func (s *Script) LeadingCommand(f *File) (Leading, bool) {
	if s == nil || s.File == nil || len(s.File.Stmts) == 0 {
		return Leading{}, false
	}
	lead, next := s.File.Stmts[0], (*syntax.Stmt)(nil)
	if len(s.File.Stmts) > 1 {
		next = s.File.Stmts[1]
	}
	// `a && b || c` is (a && b) || c: descend to the leftmost command,
	// which the innermost operator must join to the next with &&.
	op := syntax.AndStmt
	for {
		b, ok := lead.Cmd.(*syntax.BinaryCmd)
		if !ok {
			break
		}
		if lead.Negated || lead.Background || lead.Coprocess || len(lead.Redirs) > 0 || b.Op == syntax.Pipe || b.Op == syntax.PipeAll {
			return Leading{}, false
		}
		lead, next, op = b.X, b.Y, b.Op
	}
	if op != syntax.AndStmt {
		return Leading{}, false
	}
	call, ok := lead.Cmd.(*syntax.CallExpr)
	if !ok || len(call.Assigns) > 0 || len(call.Args) == 0 || lead.Negated || lead.Background || lead.Coprocess || len(lead.Redirs) > 0 {
		return Leading{}, false
	}
	l := Leading{Call: call}
	if next == nil {
		return l, true
	}
	l.Rest = true
	l.Cut = Range{s.Range(lead).Start, s.Range(next).Start}
	for _, line := range strings.Split(f.Text(l.Cut), "\n")[1:] {
		if strings.HasPrefix(strings.TrimLeft(line, " \t"), "#") {
			return Leading{}, false
		}
	}
	return l, true
}

// The shell a stage's RUNs run in, as far as reading their scripts goes.
const (
	shellUnknown int8 = iota // not worked out yet
	shellBourne
	shellOther
)

// RunsBourneShell reports whether a shell-form RUN at in runs in a
// Bourne-style shell: the default /bin/sh -c of a Linux image, or a SHELL
// naming sh, bash, dash and the like. A Windows image's default (cmd) or a
// PowerShell SHELL reads another language, in which the RUN's shell
// syntax tree means nothing.
func (f *File) RunsBourneShell(in *Instruction) bool {
	st := in.Stage
	if st == nil {
		return false
	}
	if st.hasShell == 0 {
		st.hasShell = 1
		for _, x := range st.Instructions {
			if x.Keyword == "SHELL" {
				st.hasShell = 2
				break
			}
		}
	}
	// Most stages have no SHELL: only those are scanned back from in.
	for i := in.Index - 1; st.hasShell == 2 && i >= st.From.Index; i-- {
		if x := f.Instructions[i]; x.Keyword == "SHELL" {
			return shellKindOf(x) == shellBourne
		}
	}
	if st.startShell == shellUnknown {
		switch {
		case st.Parent != nil:
			st.startShell = stageEndShell(st.Parent)
		case st.IsWindows():
			st.startShell = shellOther
		default:
			st.startShell = shellBourne
		}
	}
	return st.startShell == shellBourne
}

// stageEndShell is the shell in effect at st's end, worked out for the
// stages of its chain that do not know theirs yet, parents first, without
// recursion: a chain may be thousands of stages long.
func stageEndShell(st *Stage) int8 {
	var todo []*Stage // newest first
	for s := st; s != nil && s.endShell == shellUnknown; s = s.Parent {
		todo = append(todo, s)
	}
	for i := len(todo) - 1; i >= 0; i-- {
		s := todo[i]
		kind := shellBourne
		switch {
		case s.Parent != nil:
			kind = s.Parent.endShell
		case s.IsWindows():
			kind = shellOther
		}
		for _, x := range s.Instructions {
			if x.Keyword == "SHELL" {
				kind = shellKindOf(x)
			}
		}
		s.endShell = kind
	}
	return st.endShell
}

// shellKindOf reads a SHELL instruction's program.
func shellKindOf(x *Instruction) int8 {
	if args := x.Args(); len(args) > 0 && ShebangIsShell("#!"+args[0].Text) {
		return shellBourne
	}
	return shellOther
}
