package lint

import (
	"path"
	"strconv"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// Stage is a build stage: a FROM and the instructions up to the next FROM.
type Stage struct {
	Index        int
	Name         string // the AS name as written; "" when unnamed
	From         *Instruction
	Instructions []*Instruction // From first
	// Image is the FROM's image word as written, Platform its --platform.
	Image    Word
	Platform string
	// ImageExpanded is Image with the global ARG defaults substituted;
	// ImageResolved is false when a variable had no default.
	ImageExpanded string
	ImageResolved bool
	// Parent is the earlier stage this one is built FROM, or nil when it is
	// built from an image.
	Parent *Stage

	root    *Stage   // Root, set by buildStages
	family  []*Stage // Family, of a root
	familyN int      // len(family), counted before it is filled

	inFinal    bool // File.InFinalImage, once the File has marked them
	feedsFinal bool // File.FeedsFinalImage, likewise
	startShell int8 // the shell in effect at the stage's start: shellUnknown until asked
	endShell   int8 // and at its end
	hasShell   int8 // whether the stage has a SHELL: 0 until asked, then 1 (no) or 2 (yes)
	windows    int8 // IsWindows: 0 until asked, then 1 (no) or 2 (yes)
}

// ArgDecl is one NAME[=default] of an ARG instruction.
type ArgDecl struct {
	Name         string
	Default      string // unquoted
	RawDefault   string // as written: quotes, escapes and variables kept
	HasDefault   bool
	NameRange    Range
	DefaultRange Range // the raw default, quotes included; empty at the '=' when the default is ""
	Instruction  *Instruction
}

// ArgDecls parses an ARG instruction's declarations, once for all the
// rules, and every variable look-up, that ask: the slice is shared and
// must not be modified.
func (in *Instruction) ArgDecls() []ArgDecl {
	if in.Keyword != "ARG" {
		return nil
	}
	if !in.declsRead {
		in.decls, in.declsRead = in.argDecls(), true
	}
	return in.decls
}

func (in *Instruction) argDecls() []ArgDecl {
	var out []ArgDecl
	for _, w := range in.Args() {
		d := ArgDecl{Instruction: in, Name: w.Text, NameRange: w.Range}
		if eq := strings.IndexByte(w.Text, '='); eq >= 0 {
			d.Name = w.Text[:eq]
			d.HasDefault = true
			d.NameRange = Range{w.Range.Start, w.Range.Start + eq}
			d.DefaultRange = Range{w.Range.Start + eq + 1, w.Range.End}
			d.RawDefault = w.Text[eq+1:]
			d.Default = unquote(d.RawDefault, in.escape)
		}
		out = append(out, d)
	}
	return out
}

// GlobalArg returns the declaration of a global ARG (before the first FROM)
// by name, the last one winning as in BuildKit.
func (f *File) GlobalArg(name string) (ArgDecl, bool) {
	var found ArgDecl
	ok := false
	for _, in := range f.GlobalArgs {
		for _, d := range in.ArgDecls() {
			if d.Name == name {
				found, ok = d, true
			}
		}
	}
	return found, ok
}

// envMap is an EnvGetter over a map, for BuildKit's shell lexer.
type envMap map[string]string

func (e envMap) Get(k string) (string, bool) { v, ok := e[k]; return v, ok }
func (e envMap) Keys() []string {
	keys := make([]string, 0, len(e))
	for k := range e {
		keys = append(keys, k)
	}
	return keys
}

// ExpandGlobal expands ${VAR} references in word with the global ARG
// defaults, as BuildKit does for FROM. ok is false when the value depends on
// the build: an ARG declared without a default (--build-arg sets it), one
// of the platform ARGs BuildKit fills in, or a default that reads either. A
// name never declared expands to "" for every build, as in BuildKit.
func (f *File) ExpandGlobal(word string) (string, bool) {
	// Only variables, quotes and escapes change a word: BuildKit expands
	// `FROM "alpine:3.20"` to alpine:3.20.
	if !f.NeedsExpansion(word) {
		return word, true
	}
	env, dynamic := f.globalDefaults()
	res, err := f.ExpandWord(word, env)
	if err != nil {
		return word, false
	}
	if readsDynamic(res, dynamic) {
		return res.Result, false
	}
	return res.Result, true
}

// globalDefaults are the global ARGs' values in a build without
// --build-arg, each default expanded with the ARGs before it
// (dockerfile2llb's buildMetaArgs: ARG BASE=$REGISTRY/$OWNER/app), and the
// names whose value depends on the build. As in BuildKit, an ARG without a
// default keeps an earlier one's value.
func (f *File) globalDefaults() (env envMap, dynamic map[string]bool) {
	env, dynamic = envMap{}, map[string]bool{}
	for _, in := range f.GlobalArgs {
		for _, d := range in.ArgDecls() {
			switch {
			case !d.HasDefault:
				if _, ok := env[d.Name]; !ok {
					dynamic[d.Name] = true
				}
			case f.NeedsExpansion(d.RawDefault):
				res, err := f.ExpandWord(d.RawDefault, env)
				env[d.Name] = res.Result
				dynamic[d.Name] = err != nil || readsDynamic(res, dynamic)
			default:
				env[d.Name] = d.Default
				dynamic[d.Name] = false
			}
		}
	}
	return env, dynamic
}

// readsDynamic reports an expansion that read a name whose value depends
// on the build.
func readsDynamic(res shell.ProcessWordResult, dynamic map[string]bool) bool {
	for name := range res.Unmatched {
		if dynamic[name] || isPlatformArg(name) {
			return true
		}
	}
	for name := range res.Matched {
		if dynamic[name] {
			return true
		}
	}
	return false
}

// isPlatformArg reports the ARGs BuildKit defines for every build.
func isPlatformArg(name string) bool { return IsBuiltinArg(name) }

// buildStages groups f's instructions into stages. The Stages come from
// the Parser's slab, and a stage's Instructions are a run of
// f.Instructions: no allocation per stage.
func (f *File) buildStages() {
	p := f.parser
	n := 0
	for _, in := range f.Instructions {
		if in.Keyword == "FROM" {
			n++
		}
	}
	p.stages = reuse(p.stages, n)
	p.stagePtrs = reuse(p.stagePtrs, n)
	f.Stages = p.stagePtrs[:0]
	// The stages named so far, lower-cased: few, so a list; the last of a
	// name wins, as in BuildKit. Past manyStageNames they go in a map too,
	// or a file of thousands of stages would scan the list for each.
	named := p.stageNames[:0]
	var byName map[string]*Stage
	var cur *Stage
	start := 0 // of cur's instructions in f.Instructions
	for i, in := range f.Instructions {
		if in.Keyword == "FROM" {
			if cur != nil {
				cur.Instructions = f.Instructions[start:i:i]
			}
			cur, start = &p.stages[len(f.Stages)], i
			*cur = Stage{Index: len(f.Stages), From: in}
			if len(in.Args()) > 0 {
				cur.Image = in.Args()[0]
				cur.ImageExpanded, cur.ImageResolved = f.ExpandGlobal(in.Args()[0].Text)
			}
			if len(in.Args()) >= 3 && strings.EqualFold(in.Args()[1].Text, "AS") {
				cur.Name = in.Args()[2].Text
			}
			if p, ok := in.Flag("platform"); ok {
				cur.Platform = p.Value
			}
			switch {
			case byName != nil:
				cur.Parent = byName[strings.ToLower(cur.ImageExpanded)]
			case len(named) > 0:
				image := strings.ToLower(cur.ImageExpanded)
				for k := len(named) - 1; k >= 0; k-- {
					if named[k].name == image {
						cur.Parent = named[k].stage
						break
					}
				}
			}
			if cur.Name != "" {
				name := strings.ToLower(cur.Name)
				named = append(named, stageName{name, cur})
				if byName != nil {
					byName[name] = cur
				} else if len(named) > manyStageNames {
					byName = make(map[string]*Stage, len(named))
					for _, sn := range named {
						byName[sn.name] = sn.stage
					}
				}
			}
			f.Stages = append(f.Stages, cur)
		}
		if cur == nil {
			if in.Keyword == "ARG" {
				f.GlobalArgs = append(f.GlobalArgs, in)
			}
			continue
		}
		in.Stage = cur
	}
	if cur != nil {
		cur.Instructions = f.Instructions[start:len(f.Instructions):len(f.Instructions)]
	}
	p.stageNames = named
	f.buildFamilies()
}

// buildFamilies sets each stage's root and each root's family, as windows
// of one buffer of the Parser's: rules ask for them per stage, and walking
// Parent links or all the stages each time is quadratic in a file of
// thousands of stages.
func (f *File) buildFamilies() {
	for _, st := range f.Stages {
		// A parent comes before its children, so its root is known.
		st.root = st
		if st.Parent != nil {
			st.root = st.Parent.root
		}
		st.root.familyN++
	}
	p := f.parser
	p.stageFamilies = reuse(p.stageFamilies, len(f.Stages))
	off := 0
	for _, st := range f.Stages {
		if st.root == st {
			st.family = p.stageFamilies[off : off : off+st.familyN]
			off += st.familyN
		}
	}
	for _, st := range f.Stages {
		st.root.family = append(st.root.family, st)
	}
}

// manyStageNames is where buildStages starts to look stage names up in a
// map rather than scan a list.
const manyStageNames = 32

// stageName is a stage by its lower-cased name, for buildStages.
type stageName struct {
	name  string
	stage *Stage
}

// StageByName finds a stage by its AS name (case-insensitive) or index.
func (f *File) StageByName(name string) *Stage {
	for _, s := range f.Stages {
		if s.Name != "" && strings.EqualFold(s.Name, name) {
			return s
		}
	}
	for _, s := range f.Stages {
		if name == strconv.Itoa(s.Index) {
			return s
		}
	}
	return nil
}

// CopySource finds the stage a --from value (COPY --from, RUN --mount
// from=) names: by name (any case, the last of a name winning, as in
// BuildKit) or index. index is the number when the value is one, else -1;
// the stage is nil when none is named so (an image, a named context).
func (f *File) CopySource(v string) (st *Stage, index int) {
	if n, err := strconv.Atoi(v); err == nil {
		if n >= 0 && n < len(f.Stages) {
			return f.Stages[n], n
		}
		return nil, n
	}
	for i := len(f.Stages) - 1; i >= 0; i-- {
		if s := f.Stages[i]; s.Name != "" && strings.EqualFold(s.Name, v) {
			return s, -1
		}
	}
	return nil, -1
}

// IsScratch reports whether the stage is FROM scratch.
func (s *Stage) IsScratch() bool {
	return s.Parent == nil && strings.EqualFold(s.ImageExpanded, "scratch")
}

// Root follows Parent links to the stage built from an image.
func (s *Stage) Root() *Stage {
	if s.root != nil {
		return s.root
	}
	for s.Parent != nil && s.Parent != s {
		s = s.Parent
	}
	return s
}

// Family lists, for a stage built from an image, the stages built on it
// directly or through others, in order, itself first; nil for a stage
// built on another.
func (s *Stage) Family() []*Stage {
	return s.family
}

// InstructionsOf returns the stage's instructions with one of the keywords.
func (s *Stage) InstructionsOf(keywords ...string) []*Instruction {
	var out []*Instruction
	for _, in := range s.Instructions {
		if in.Is(keywords...) {
			out = append(out, in)
		}
	}
	return out
}

// Chain lists the stages from the one built from an image to s, in order.
func (s *Stage) Chain() []*Stage {
	n := 0
	for t := s; t != nil; t = t.Parent {
		n++
	}
	chain := make([]*Stage, n)
	for t := s; t != nil; t = t.Parent {
		n--
		chain[n] = t
	}
	return chain
}

// IsWindows reports whether the stage's base is a Windows image: it runs
// cmd.exe as its shell, and as ContainerAdministrator unless told
// otherwise. The evidence is the names Windows images carry, or, for an
// image of another name (microsoft/wcf, a team's own), what only a Windows
// stage writes in it or the stages it is built on (windowsContent).
func (s *Stage) IsWindows() bool {
	// Iterative, parents first: a chain may be thousands of stages long.
	var todo []*Stage
	for x := s; x != nil && x.windows == 0; x = x.Parent {
		todo = append(todo, x)
	}
	for i := len(todo) - 1; i >= 0; i-- {
		x := todo[i]
		w := x.Parent != nil && x.Parent.windows == 2 || x.Parent == nil && windowsImage(x.ImageExpanded) || windowsContent(x)
		x.windows = 1
		if w {
			x.windows = 2
		}
	}
	return s.windows == 2
}

// windowsImage reports the names Windows images carry.
func windowsImage(img string) bool {
	if hasUpper(img) {
		img = strings.ToLower(img)
	}
	for _, w := range []string{"windows", "servercore", "nanoserver", "dotnet/framework", "ltsc20"} {
		if strings.Contains(img, w) {
			return true
		}
	}
	return false
}

// windowsContent reports what only a Windows stage writes: a WORKDIR or an
// ENV value on a drive (C:\inetpub, c:/app), a SHELL of cmd or Windows
// PowerShell (pwsh runs on Linux too), or a RUN of a program under
// \Windows\System32.
func windowsContent(s *Stage) bool {
	for _, in := range s.Instructions {
		switch in.Keyword {
		case "WORKDIR":
			if drivePath(in.ArgText()) {
				return true
			}
		case "ENV":
			for _, kv := range in.KeyValues() {
				if drivePath(kv.Value) {
					return true
				}
			}
		case "SHELL":
			if args := in.Args(); len(args) > 0 {
				switch strings.ToLower(strings.TrimSuffix(path.Base(strings.ReplaceAll(args[0].Text, `\`, "/")), ".exe")) {
				case "cmd", "powershell":
					return true
				}
			}
		case "RUN":
			if indexFold(in.logical.text[in.argsOff:], `windows\system32\`) >= 0 {
				return true
			}
		}
	}
	return false
}

// drivePath reports a path on a Windows drive, quoted or not: C:\app,
// c:/app.
func drivePath(p string) bool {
	p = strings.TrimLeft(p, `"'`)
	return len(p) >= 3 && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z') && p[1] == ':' && (p[2] == '\\' || p[2] == '/')
}

// InFinalImage reports whether st's filesystem ends up in the image the
// Dockerfile builds by default: st is the final stage or one it is built
// from (FROM <stage>). What other stages leave in their layers is thrown
// away (a COPY --from takes only the files it names). A nil stage (global
// ARGs) is in no image. The stages are marked on the first call, so that
// a file of many stages costs time linear in their number.
func (f *File) InFinalImage(st *Stage) bool {
	if st == nil {
		return false
	}
	if !f.finalMarked {
		for s := f.FinalStage(); s != nil; s = s.Parent {
			s.inFinal = true
		}
		f.finalMarked = true
	}
	return st.inFinal
}

// FeedsFinalImage reports whether anything st makes can end up in the
// image the Dockerfile builds by default: st is in it (InFinalImage), or a
// stage that feeds it copies from st (COPY --from, RUN --mount from=), or
// builds on such a stage. A tool fetched in a build stage whose output is
// copied into the image reaches it, so supply-chain findings there are not
// softened. A --from that names no stage as written (a variable) is taken
// to name any stage.
func (f *File) FeedsFinalImage(st *Stage) bool {
	if st == nil {
		return false
	}
	if !f.feedsMarked {
		f.feedsMarked = true
		work := []*Stage{f.FinalStage()}
		for len(work) > 0 {
			s := work[len(work)-1]
			work = work[:len(work)-1]
			if s == nil || s.feedsFinal {
				continue
			}
			s.feedsFinal = true
			work = append(work, s.Parent)
			for _, in := range s.Instructions {
				for _, name := range stageSources(in) {
					if strings.Contains(name, "$") {
						work = append(work, f.Stages...)
					} else if src := f.StageByName(name); src != nil && src.Index < s.Index {
						work = append(work, src)
					}
				}
			}
		}
	}
	return st.feedsFinal
}

// stageSources are the names an instruction takes files from: COPY and
// ADD's --from, RUN's --mount from=. An image name is among them too.
func stageSources(in *Instruction) []string {
	var out []string
	for _, fl := range in.Flags {
		switch {
		case fl.Name == "from" && (in.Keyword == "COPY" || in.Keyword == "ADD"):
			out = append(out, fl.Value)
		case fl.Name == "mount" && in.Keyword == "RUN":
			for field := range strings.SplitSeq(fl.Value, ",") {
				if v, ok := strings.CutPrefix(strings.TrimSpace(field), "from="); ok {
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// Ships reports whether what the RUN in leaves in its layer reaches an
// image that ships: in is in the final image (see InFinalImage), or is an
// ONBUILD, which runs in the images built from this one.
func (f *File) Ships(in *Instruction) bool {
	return in.Keyword == "ONBUILD" || in.Stage != nil && f.InFinalImage(in.Stage)
}

// BuiltOn returns the instructions that run on top of what in leaves
// behind: the rest of in's stage, then every stage built from it, directly
// or through others, in file order.
func (f *File) BuiltOn(in *Instruction) []*Instruction {
	st := in.Stage
	if st == nil {
		return nil
	}
	out := st.Instructions[in.Index-st.From.Index+1:]
	out = out[:len(out):len(out)] // appending must not write into the stage's slice
	for _, s := range f.Stages[st.Index+1:] {
		for p := s.Parent; p != nil && p != s; p = p.Parent {
			if p == st {
				out = append(out, s.Instructions...)
				break
			}
		}
	}
	return out
}

// Before returns the instructions whose effects in sees: those of the
// stages its stage is built from, then those of its own stage before it.
func (f *File) Before(in *Instruction) []*Instruction {
	st := in.Stage
	if st == nil {
		return nil
	}
	var out []*Instruction
	for _, s := range st.Chain() {
		if s == st {
			out = append(out, st.Instructions[:in.Index-st.From.Index]...)
			break
		}
		out = append(out, s.Instructions...)
	}
	return out
}

// MentionedBefore reports whether key occurs, in any case, in the text of
// in or of a RUN, COPY or ADD whose effects in sees (see Before), where
// accept (nil: anywhere) takes the occurrence at text[at:]: a setting an
// earlier step wrote into a configuration file, such as apt's
// APT::Get::Assume-Yes. It reads the source in place, for rules that ask
// for every package manager call.
func (f *File) MentionedBefore(in *Instruction, key string, accept func(text []byte, at int) bool) bool {
	st := in.Stage
	if st == nil {
		return false
	}
	mentions := func(x *Instruction) bool {
		if !x.IsRun() && !x.Is("COPY", "ADD") {
			return false
		}
		text := f.Src[x.Range.Start:x.Range.End]
		for i := 0; ; {
			j := indexFold(text[i:], key)
			if j < 0 {
				return false
			}
			if accept == nil || accept(text, i+j) {
				return true
			}
			i += j + 1
		}
	}
	for _, s := range st.Chain() {
		for _, x := range s.Instructions {
			if mentions(x) {
				return true
			}
			if x == in {
				return false
			}
		}
	}
	return false
}

// NotAssigned accepts a MentionedBefore occurrence of key that is not
// followed by '=': the form of a configuration file (APT::Get::Assume-Yes
// "true";), not of a command-line option (-o APT::Get::Assume-Yes=true).
func NotAssigned(key string) func(text []byte, at int) bool {
	return func(text []byte, at int) bool {
		end := at + len(key)
		return end < len(text) && text[end] != '='
	}
}

// indexFold is the index of the first occurrence of key (lower case ASCII)
// in text, compared without case; -1 when there is none.
func indexFold(text []byte, key string) int {
	if key == "" {
		return 0
	}
	first := key[0]
	for i := 0; i+len(key) <= len(text); i++ {
		if text[i]|0x20 != first|0x20 {
			continue
		}
		k := 1
		for k < len(key) && lowerASCII(text[i+k]) == lowerASCII(key[k]) {
			k++
		}
		if k == len(key) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// LastBefore is the last instruction with one of the keywords that the
// stage chain (Chain) runs before in, or by the end of s when in is nil:
// the WORKDIR or SHELL an instruction inherits, from its own stage or the
// stages it is built from. nil when there is none.
func (s *Stage) LastBefore(in *Instruction, keywords ...string) *Instruction {
	for st := s; st != nil; st = st.Parent {
		ins := st.Instructions
		for i := len(ins) - 1; i >= 0; i-- {
			x := ins[i]
			if st == s && in != nil && x.Index >= in.Index {
				continue
			}
			if x.Is(keywords...) {
				return x
			}
		}
	}
	return nil
}
