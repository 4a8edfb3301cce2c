package lint

// InFinalImage reports whether st is the final stage or a stage the final
// stage is built on (FROM <stage>): what such a stage leaves in its file
// system ships in the image. Any other stage is a build stage, of which
// only what COPY --from takes ships. A nil stage (global ARGs) is in no
// image. The stages are marked on the first call, so that a file of many
// stages costs time linear in their number.
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
