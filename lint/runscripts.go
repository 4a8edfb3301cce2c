package lint

import (
	"iter"
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// RunScripts yields every RUN and ONBUILD RUN of f, in order, whose
// shell-form script may call one of names (see MayCall) and for which keep
// (nil: any) holds, with the script parsed. keep comes before the parse,
// which costs more than any check a rule makes on the instruction alone.
// Exec-form RUNs and scripts the shell parser refuses are left out.
func (f *File) RunScripts(keep func(*Instruction) bool, names ...string) iter.Seq2[*Instruction, *Script] {
	return func(yield func(*Instruction, *Script) bool) {
		for _, in := range f.Instructions {
			if !in.IsRun() {
				continue
			}
			if sc := f.scriptCalling(in, names, keep); sc != nil && !yield(in, sc) {
				return
			}
		}
	}
}

// ChainScripts yields the shell-form RUNs of a stage chain, parents first,
// that may call one of names, with their scripts: what the image's own
// build runs (an ONBUILD RUN runs in a child's).
func (f *File) ChainScripts(chain []*Stage, names ...string) iter.Seq2[*Instruction, *Script] {
	return func(yield func(*Instruction, *Script) bool) {
		for _, s := range chain {
			for _, in := range s.Instructions {
				if in.Keyword != "RUN" {
					continue
				}
				if sc := f.scriptCalling(in, names, nil); sc != nil && !yield(in, sc) {
					return
				}
			}
		}
	}
}

// scriptCalling is the parsed shell-form script of in when it may call
// one of names and keep (nil: any) holds; nil for the exec form, a script
// the parser refuses, or one that names none of them. keep runs after the
// cheap text check and before the parse.
func (f *File) scriptCalling(in *Instruction, names []string, keep func(*Instruction) bool) *Script {
	if in.JSON || !in.mayCallAny(f, names) || keep != nil && !keep(in) {
		return nil
	}
	return in.Shell(f)
}

// packageManagerBit numbers the names the package-manager rules ask
// RunScripts about, and the downloaders Downloads asks about, whose
// MayCall answers an instruction remembers (ten rules ask about every
// RUN); -1 for any other name.
func packageManagerBit(name string) int {
	switch name {
	case "apt":
		return 0
	case "apk":
		return 1
	case "yum":
		return 2
	case "dnf":
		return 3
	case "zypper":
		return 4
	case "pip":
		return 5
	case "npm":
		return 6
	case "yarn":
		return 7
	case "gem":
		return 8
	case "curl":
		return 9
	case "wget":
		return 10
	}
	return -1
}

// mayCallAny is MayCall, with the answers for packageManagerBit's names
// remembered.
func (in *Instruction) mayCallAny(f *File, names []string) bool {
	for _, name := range names {
		switch bit := packageManagerBit(name); {
		case bit < 0:
			if in.MayCall(f, name) {
				return true
			}
		case in.pmKnown&(1<<bit) == 0:
			in.pmKnown |= 1 << bit
			if in.MayCall(f, name) {
				in.pmCalls |= 1 << bit
				return true
			}
		case in.pmCalls&(1<<bit) != 0:
			return true
		}
	}
	return false
}

// Removes reports whether the script runs rm after the script offset
// `after` on an operand that deletes dir or everything in it: dir itself,
// dir/*, or a directory above it (/var/lib/apt/* removes
// /var/lib/apt/lists). An operand with a glob counts by the directory
// before its first glob character.
func (s *Script) Removes(after int, dir string) bool {
	return s.RemovesMatching(after, func(operand string) bool {
		return PathWithin(dir, globDir(operand))
	})
}

// RemovesMatching reports whether the script runs rm after the script
// offset `after` on an operand, as written with its globs, for which
// match holds; or a find that deletes every file below such a starting
// point (find /var/lib/apt/lists -type f -delete).
func (s *Script) RemovesMatching(after int, match func(operand string) bool) bool {
	for _, call := range s.Calls() {
		if int(call.Pos().Offset()) < after {
			continue
		}
		c := CommandOf(call)
		var operands []*syntax.Word
		switch c.Name {
		case "rm":
			operands = call.Args[c.At+1:]
		case "find":
			operands = findDeletesAll(call.Args[c.At+1:])
		}
		for _, w := range operands {
			if op, ok := globWord(w); ok && !strings.HasPrefix(op, "-") && match(op) {
				return true
			}
		}
	}
	return false
}

// findDeletesAll returns the starting points of a find whose expression
// deletes every file it reaches (-delete, or -exec rm), short of names it
// spares (-not -name lock) and directories (-type f); nil when a test
// may spare files by other means (-name '*.deb', -mtime +1).
func findDeletesAll(args []*syntax.Word) []*syntax.Word {
	start := 0
	for start < len(args) {
		s, _ := LitWord(args[start])
		if strings.HasPrefix(s, "-") || s == "!" || s == "(" {
			break
		}
		start++
	}
	deletes := false
	for i := start; i < len(args); i++ {
		s, ok := LitWord(args[i])
		if !ok {
			return nil
		}
		switch s {
		case "-delete", "-print", "-xdev", "-mount", "-depth", "-follow":
			deletes = deletes || s == "-delete"
		case "-type":
			// -type d deletes empty directories only.
			if i+1 >= len(args) {
				return nil
			}
			if t, _ := LitWord(args[i+1]); t != "f" {
				return nil
			}
			i++
		case "-mindepth", "-maxdepth":
			i++
		case "-not", "!":
			// Only a spared name: -not -name lock.
			if i+2 >= len(args) {
				return nil
			}
			if t, _ := LitWord(args[i+1]); t != "-name" && t != "-iname" && t != "-path" {
				return nil
			}
			i += 2
		case "-exec", "-execdir":
			if i+1 >= len(args) {
				return nil
			}
			if prog, _ := LitWord(args[i+1]); path.Base(prog) != "rm" {
				return nil
			}
			for i < len(args) {
				if t := WordSource(args[i]); t == ";" || t == `\;` || t == `';'` || t == "+" {
					break
				}
				i++
			}
			deletes = true
		default:
			return nil
		}
	}
	if !deletes {
		return nil
	}
	return args[:start]
}

// globWord returns a word without expansions as written, its globs kept:
// /var/lib/apt/lists/*.
func globWord(w *syntax.Word) (string, bool) {
	var b strings.Builder
	for _, part := range w.Parts {
		switch x := part.(type) {
		case *syntax.Lit:
			b.WriteString(x.Value)
		case *syntax.SglQuoted:
			b.WriteString(x.Value)
		case *syntax.DblQuoted:
			for _, q := range x.Parts {
				l, ok := q.(*syntax.Lit)
				if !ok {
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

// globDir is the directory an rm operand deletes in: the operand without
// a trailing /*, or the directory before its first glob character.
func globDir(operand string) string {
	i := strings.IndexAny(operand, "*?[")
	if i < 0 {
		return path.Clean(operand)
	}
	prefix := operand[:i]
	if j := strings.LastIndexByte(prefix, '/'); j >= 0 {
		return path.Clean(prefix[:j+1])
	}
	return "."
}
