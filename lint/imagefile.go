package lint

import (
	"bytes"
	"path"
	"strings"
)

// ImageFiles finds what the stages of a file put at a path of their image:
// the heredoc or build-context file a COPY or ADD copies there. Rules read
// the scripts a container runs through it (the entrypoint that drops
// privileges, whether a CMD's script has a #! line). Make one per file and
// rule run: it remembers the working directories and the answers, so that
// a file of many stages or instructions costs time linear in its size.
type ImageFiles struct {
	f   *File
	ctx ContextReader // nil: no build context (stdin)
	// MaxSize bounds a file read from the build context; a larger one
	// counts as unread.
	MaxSize int

	starts  map[*Stage]workdir       // the working directory at a stage's start
	befores map[*Instruction]workdir // before each instruction of the stages asked about
	copies  map[*Stage][]*Instruction
	found   map[findKey]found
}

type workdir struct {
	dir string
	ok  bool
}

type findKey struct {
	st     *Stage
	target string
	bare   bool
}

// found is where a chain's last copy to a target is: the instruction, its
// heredoc content, or its build-context paths.
type found struct {
	in      *Instruction // nil: no copy in the chain
	heredoc []byte
	paths   []string
	viaDir  bool
}

// NewImageFiles looks into the images f's stages build; ctx reads the
// build context and may be nil.
func NewImageFiles(f *File, ctx ContextReader) *ImageFiles {
	return &ImageFiles{f: f, ctx: ctx, MaxSize: 1 << 20}
}

// ImageFile is what Find learnt of a path of the image.
type ImageFile struct {
	Path string // the in-image path, cleaned and absolute; a bare name stays bare
	// Copied: a COPY or ADD from the build context (or a heredoc) puts a
	// file there.
	Copied bool
	// Src is its content when Read: a heredoc, or a build-context file
	// that could be read within MaxSize.
	Src  []byte
	Read bool
	// ViaDir: it comes with a directory of the build context (COPY . .),
	// not by its own name.
	ViaDir bool
}

// Workdir is the working directory in st's image before stop (an
// instruction of st), or at st's end when stop is nil; ok is false when a
// WORKDIR's value is unknown. The base image's own WORKDIR is taken to be
// /.
func (r *ImageFiles) Workdir(st *Stage, stop *Instruction) (string, bool) {
	w := r.start(st)
	if stop == nil {
		for _, in := range st.Instructions {
			if in.Keyword == "WORKDIR" {
				w.dir, w.ok = nextWorkdir(r.f, in, w.dir, w.ok)
			}
		}
		return w.dir, w.ok
	}
	if r.befores == nil {
		r.befores = map[*Instruction]workdir{}
	}
	if b, ok := r.befores[stop]; ok {
		return b.dir, b.ok
	}
	for _, in := range st.Instructions {
		r.befores[in] = w
		if in.Keyword == "WORKDIR" {
			w.dir, w.ok = nextWorkdir(r.f, in, w.dir, w.ok)
		}
	}
	b := r.befores[stop]
	return b.dir, b.ok
}

// start is the working directory at st's start: its parent stage's at its
// end, or / for a stage built from an image. The stages before st whose
// start is not known yet are worked out on the way, without recursion: a
// chain may be thousands of stages long.
func (r *ImageFiles) start(st *Stage) workdir {
	if r.starts == nil {
		r.starts = map[*Stage]workdir{}
	}
	var todo []*Stage // newest first
	for s := st; s != nil; s = s.Parent {
		if _, ok := r.starts[s]; ok {
			break
		}
		todo = append(todo, s)
	}
	for i := len(todo) - 1; i >= 0; i-- {
		s := todo[i]
		w := workdir{"/", true}
		if s.Parent != nil {
			w = r.starts[s.Parent] // known by now
			for _, in := range s.Parent.Instructions {
				if in.Keyword == "WORKDIR" {
					w.dir, w.ok = nextWorkdir(r.f, in, w.dir, w.ok)
				}
			}
		}
		r.starts[s] = w
	}
	return r.starts[st]
}

// nextWorkdir applies a WORKDIR to the working directory dir.
func nextWorkdir(f *File, in *Instruction, dir string, ok bool) (string, bool) {
	v, known := f.VarsAt(in).Expand(in.ArgText())
	switch {
	case !known:
		return dir, false
	case path.IsAbs(v):
		return path.Clean(v), true
	}
	return path.Join(dir, v), ok
}

// Find looks for the file st's image has at prog: an absolute path, a
// path relative to st's final working directory, or a bare name, which is
// looked for among the files copied by name (a PATH lookup, with the PATH
// unknown). The last copy to the path in st's chain wins. ok is false when
// prog is empty or a relative path under an unknown working directory.
func (r *ImageFiles) Find(st *Stage, prog string) (file ImageFile, ok bool) {
	if prog == "" {
		return ImageFile{}, false
	}
	bare := !strings.Contains(prog, "/")
	target := prog
	if !bare && !path.IsAbs(prog) {
		dir, ok := r.Workdir(st, nil)
		if !ok {
			return ImageFile{}, false
		}
		target = path.Join(dir, prog)
	}
	file.Path = path.Clean(target)
	fd := r.lastCopy(st, file.Path, bare)
	switch {
	case fd.in == nil:
	case fd.heredoc != nil:
		file.Copied, file.Read, file.Src = true, true, fd.heredoc
	default:
		file.Copied, file.ViaDir = true, fd.viaDir
		for _, p := range fd.paths {
			if r.ctx == nil {
				break
			}
			if b, err := r.ctx.ReadFile(p); err == nil && len(b) <= r.MaxSize {
				file.Src, file.Read = b, true
				break
			}
		}
	}
	return file, true
}

// lastCopy finds the last COPY or ADD of st's chain that puts something
// at target, remembering the answer for st and the stages before it.
func (r *ImageFiles) lastCopy(st *Stage, target string, bare bool) found {
	if r.found == nil {
		r.found = map[findKey]found{}
		r.copies = map[*Stage][]*Instruction{}
	}
	var asked []*Stage // stages without an answer yet, newest first
	var fd found
	for s := st; s != nil; s = s.Parent {
		if a, ok := r.found[findKey{s, target, bare}]; ok {
			fd = a
			break
		}
		if a, ok := r.inStage(s, target, bare); ok {
			fd = a
			asked = append(asked, s)
			break
		}
		asked = append(asked, s)
	}
	for _, s := range asked {
		r.found[findKey{s, target, bare}] = fd
	}
	return fd
}

// inStage looks for the last copy to target in the stage itself.
func (r *ImageFiles) inStage(st *Stage, target string, bare bool) (found, bool) {
	copies, ok := r.copies[st]
	if !ok {
		for _, in := range st.Instructions {
			if in.Is("COPY", "ADD") {
				copies = append(copies, in)
			}
		}
		r.copies[st] = copies
	}
	for j := len(copies) - 1; j >= 0; j-- {
		heredoc, paths, viaDir, isHeredoc := r.copied(st, copies[j], target, bare)
		if isHeredoc {
			return found{in: copies[j], heredoc: heredoc}, true
		}
		if len(paths) > 0 {
			return found{in: copies[j], paths: paths, viaDir: viaDir}, true
		}
	}
	return found{}, false
}

// inContext reports whether the build context has a file at p.
func (r *ImageFiles) inContext(p string) bool {
	if r.ctx == nil {
		return false
	}
	_, err := r.ctx.ReadFile(p)
	return err == nil
}

// onDefaultPath reports the directories of the default PATH of Linux
// images, where a bare name is looked up: ADD ./bin /usr/local/bin, then
// CMD ["ovpn_run"].
func onDefaultPath(dir string) bool {
	switch dir {
	case "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin":
		return true
	}
	return false
}

// copied returns the content a COPY or ADD from the build context puts
// at target when it is a heredoc, or else the build-context paths that
// may hold it: target is the destination file, or a source's name in the
// destination directory, or a file of a source directory (viaDir, when
// that is the only way).
func (r *ImageFiles) copied(st *Stage, in *Instruction, target string, bare bool) (heredoc []byte, paths []string, viaDir, ok bool) {
	f := r.f
	cp, ok := in.Copy()
	if !ok || cp.From != "" {
		return nil, nil, false, false
	}
	vars := f.VarsAt(in)
	dest, ok := vars.Expand(cp.Dest.Text)
	if !ok || dest == "" {
		return nil, nil, false, false
	}
	destDir := strings.HasSuffix(dest, "/") || len(cp.Sources) > 1
	if !path.IsAbs(dest) {
		dir, ok := r.Workdir(st, in)
		if !ok {
			return nil, nil, false, false
		}
		dest = path.Join(dir, dest)
	}
	dest = path.Clean(dest)
	base := path.Base(target)
	byName := false
	for _, s := range cp.Sources {
		if name, h, ok := heredocOf(f, in, s.Text); ok {
			file := dest
			if destDir {
				file = path.Join(dest, name)
			}
			if file == target || (bare && path.Base(file) == base) {
				return h, nil, false, true
			}
			continue
		}
		src, ok := vars.Expand(s.Text)
		if !ok || strings.Contains(src, "://") {
			continue
		}
		src = strings.TrimPrefix(path.Clean("/"+src), "/")
		switch {
		case !destDir && (dest == target || bare && path.Base(dest) == base):
			if !hasGlob(src) {
				paths, byName = append(paths, src), true
			}
		case bare || path.Dir(target) == dest:
			if hasGlob(path.Dir(src)) {
				break
			}
			if m, _ := path.Match(path.Base(src), base); m {
				paths, byName = append(paths, path.Join(path.Dir(src), base)), true
			}
			switch {
			case hasGlob(src):
			case !bare:
				paths = append(paths, path.Join(src, base)) // a directory's file
			case onDefaultPath(dest) && r.inContext(path.Join(src, base)):
				// A PATH lookup into a directory copied whole: only a
				// file the context has, or every COPY to /usr/local/bin/
				// would seem to bring node or nginx.
				paths = append(paths, path.Join(src, base))
			}
		}
		if bare && !hasGlob(src) {
			// The same lookup into a tree copied above PATH's
			// directories: COPY overlay / brings overlay/usr/bin/server.
			for _, dir := range [...]string{"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"} {
				if rel, ok := strings.CutPrefix(dir, dest+"/"); ok || dest == "/" {
					if dest == "/" {
						rel = dir[1:]
					}
					if p := path.Join(src, rel, base); r.inContext(p) {
						paths = append(paths, p)
					}
				}
			}
		}
		switch {
		case bare || hasGlob(src):
		case strings.HasPrefix(target, dest+"/"):
			paths = append(paths, path.Join(src, strings.TrimPrefix(target, dest+"/")))
		case dest == "/" && r.inContext(path.Join(src, target[1:])):
			// A tree copied onto the root (COPY overlay /, COPY rootfs/ /):
			// only a file the context has, or every such copy would seem
			// to replace the base image's entrypoint.
			paths = append(paths, path.Join(src, target[1:]))
		}
	}
	kept := paths[:0]
	for _, t := range paths {
		if t != "" && t != "." && t != ".." && !strings.HasPrefix(t, "../") {
			kept = append(kept, t)
		}
	}
	return nil, kept, len(kept) > 0 && !byName, false
}

// heredocOf returns the name and body of the heredoc a COPY source word
// names (<<EOF, <<-EOF, <<"EOF").
func heredocOf(f *File, in *Instruction, word string) (string, []byte, bool) {
	name, ok := strings.CutPrefix(word, "<<")
	if !ok {
		return "", nil, false
	}
	name = strings.Trim(strings.TrimPrefix(name, "-"), `"'`)
	for _, h := range in.Heredocs {
		if h.Name == name {
			return name, f.Src[h.Body.Start:h.Body.End], true
		}
	}
	return "", nil, false
}

func hasGlob(s string) bool { return strings.ContainsAny(s, "*?[") }

// UnseenScript names the first script run runs whose commands the
// Dockerfile does not show, and that may run the family's package manager
// (apt, apk): r cannot read it, or it mentions the family's name. A script
// is a program named *.sh, one given as a relative path (./install) that
// the build context gives, the file a shell runs (bash setup.sh), or a
// script piped to a shell (curl … | bash /dev/stdin). Scripts after run's
// own update of the family's index are left out: what they read is that
// update's. "" when there is none.
func (r *ImageFiles) UnseenScript(run *Instruction, family string) string {
	f := r.f
	updated := -1
	if sc := run.Shell(f); sc != nil && run.MayCall(f, family) {
		for _, pc := range sc.PackageCommands() {
			if pc.Family == family && pc.VerbIs("update") {
				updated = int(pc.Call.Pos().Offset())
				break
			}
		}
	}
	return r.firstScriptMentioning(run, family, func(at int) bool { return updated < 0 || at <= updated })
}

// UnseenScriptAfter is UnseenScript for the scripts run starts after the
// byte offset after in the file: those that may read what an update there
// fetched.
func (r *ImageFiles) UnseenScriptAfter(run *Instruction, family string, after int) string {
	return r.firstScriptMentioning(run, family, func(at int) bool { return at > after })
}

// firstScriptMentioning is the first script scriptsMentioning yields, or "".
func (r *ImageFiles) firstScriptMentioning(run *Instruction, text string, where func(at int) bool) string {
	var name string
	r.scriptsMentioning(run, text, where, func(script string, _ ImageFile) bool {
		name = script
		return false
	})
	return name
}

// ScriptsAfter reports the scripts run starts after the byte offset after:
// mentions, whether one read from the build context mentions text (a
// path, a package manager's name), and unread, the base names of those
// the Dockerfile copies into the image but that cannot be read (not a
// downloaded project's ./autogen.sh, nor an installer piped to sh).
func (r *ImageFiles) ScriptsAfter(run *Instruction, text string, after int) (mentions bool, unread []string) {
	r.scriptsMentioning(run, text, func(at int) bool { return at > after }, func(script string, file ImageFile) bool {
		switch {
		case file.Read:
			mentions = true
		case file.Copied:
			unread = append(unread, script)
		}
		return true
	})
	return mentions, unread
}

// scriptsMentioning calls yield with each script of run, among the calls
// at offsets where reports true, that mentions text or that cannot be
// read, until yield returns false.
func (r *ImageFiles) scriptsMentioning(run *Instruction, text string, where func(at int) bool, yield func(script string, file ImageFile) bool) {
	for _, prog := range run.Programs(r.f) {
		if prog.Call == nil || !where(int(prog.Call.Pos().Offset())) {
			continue
		}
		word, ok := LitWord(prog.Call.Args[prog.At])
		if !ok {
			continue
		}
		script, named := "", false
		switch {
		case IsShell(prog.Name):
			// sh -e x.sh runs x.sh; sh -c and sh -ec run a command string.
			for _, w := range prog.Call.Args[prog.At+1:] {
				s, ok := LitWord(w)
				if ok && strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "--") && !strings.Contains(s, "c") {
					continue
				}
				if ok && !strings.HasPrefix(s, "-") {
					script = s
				}
				break
			}
		case strings.HasSuffix(word, ".sh"):
			script = word
		case strings.HasPrefix(word, "./") || strings.HasPrefix(word, "../") || strings.HasPrefix(word, "/"):
			// ./configure, /tmp/install-redis: a script only when the
			// Dockerfile copies it there, not a program a download
			// unpacked or a package installed.
			script, named = word, true
		}
		if script == "" {
			continue
		}
		if script == "/dev/stdin" || script == "-" {
			if !yield("a script piped to "+prog.Name, ImageFile{}) {
				return
			}
			continue
		}
		file, found := r.Find(run.Stage, script)
		if !found {
			file = ImageFile{}
		}
		if file.Read && !bytes.Contains(file.Src, []byte(text)) || named && !file.Copied {
			continue
		}
		if !yield(path.Base(script), file) {
			return
		}
	}
}
