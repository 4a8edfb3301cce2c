package lint

import (
	"path"
	"strings"
)

// ImageFiles finds what a stage chain puts at a path of the image: the
// heredoc or build-context file a COPY or ADD copies there. Rules read
// the scripts a container runs through it (the entrypoint that drops
// privileges, whether a CMD's script has a #! line).
type ImageFiles struct {
	f     *File
	ctx   ContextReader // nil: no build context (stdin)
	chain []*Stage
	// MaxSize bounds a file read from the build context; a larger one
	// counts as unread.
	MaxSize int

	// The working directory before each instruction of the chain, and at
	// its end, worked out once.
	workdirs map[*Instruction]workdir
	final    workdir
}

type workdir struct {
	dir string
	ok  bool
}

// NewImageFiles looks into the image the stage chain (Stage.Chain) builds;
// ctx reads the build context and may be nil.
func NewImageFiles(f *File, ctx ContextReader, chain []*Stage) *ImageFiles {
	return &ImageFiles{f: f, ctx: ctx, chain: chain, MaxSize: 1 << 20}
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

// Workdir is the working directory before stop, or at the chain's end
// when stop is nil; ok is false when a WORKDIR's value is unknown. The
// base image's own WORKDIR is taken to be /.
func (r *ImageFiles) Workdir(stop *Instruction) (string, bool) {
	if r.workdirs == nil {
		r.workdirs = map[*Instruction]workdir{}
		w := workdir{"/", true}
		for _, s := range r.chain {
			for _, in := range s.Instructions {
				r.workdirs[in] = w
				if in.Keyword == "WORKDIR" {
					w.dir, w.ok = nextWorkdir(r.f, in, w.dir, w.ok)
				}
			}
		}
		r.final = w
	}
	w := r.final
	if stop != nil {
		w = r.workdirs[stop]
	}
	return w.dir, w.ok
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

// Find looks for the file the image has at prog: an absolute path, a path
// relative to the final working directory, or a bare name, which is
// looked for among the files copied by name (a PATH lookup, with the PATH
// unknown). The last copy to the path wins. ok is false when prog is
// empty or a relative path under an unknown working directory.
func (r *ImageFiles) Find(prog string) (file ImageFile, ok bool) {
	if prog == "" {
		return ImageFile{}, false
	}
	bare := !strings.Contains(prog, "/")
	target := prog
	if !bare && !path.IsAbs(prog) {
		dir, ok := r.Workdir(nil)
		if !ok {
			return ImageFile{}, false
		}
		target = path.Join(dir, prog)
	}
	file.Path = path.Clean(target)
	for i := len(r.chain) - 1; i >= 0; i-- {
		ins := r.chain[i].Instructions
		for j := len(ins) - 1; j >= 0; j-- {
			heredoc, paths, viaDir, isHeredoc := r.copied(ins[j], file.Path, bare)
			if isHeredoc {
				file.Copied, file.Read, file.Src = true, true, heredoc
				return file, true
			}
			if len(paths) == 0 {
				continue
			}
			file.Copied, file.ViaDir = true, viaDir
			for _, p := range paths {
				if r.ctx == nil {
					break
				}
				if b, err := r.ctx.ReadFile(p); err == nil && len(b) <= r.MaxSize {
					file.Src, file.Read = b, true
					break
				}
			}
			return file, true
		}
	}
	return file, true
}

// copied returns the content a COPY or ADD from the build context puts
// at target when it is a heredoc, or else the build-context paths that
// may hold it: target is the destination file, or a source's name in the
// destination directory, or a file of a source directory (viaDir, when
// that is the only way).
func (r *ImageFiles) copied(in *Instruction, target string, bare bool) (heredoc []byte, paths []string, viaDir, ok bool) {
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
		dir, ok := r.Workdir(in)
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
			if !hasGlob(src) && !bare {
				paths = append(paths, path.Join(src, base)) // a directory's file
			}
		}
		if !bare && strings.HasPrefix(target, dest+"/") && !hasGlob(src) {
			paths = append(paths, path.Join(src, strings.TrimPrefix(target, dest+"/")))
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
