package lint

import (
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// FailureIgnored reports whether the script of in goes on, and the RUN
// succeeds, when call fails, and says why: a rule whose fix makes a failing
// command succeed changes the image there, not only the build's outcome.
// A failure counts when the call's status becomes the script's, or set -e
// (also the SHELL's -e) stops the script at it. Anything this does not
// follow (a function body, a command substitution, a loop's body) counts as
// ignored: the answer errs towards "ignored".
func (f *File) FailureIgnored(in *Instruction, sc *Script, call *syntax.CallExpr) (why string, ignored bool) {
	w := failWalk{target: call}
	if in.Stage != nil {
		if sh := in.Stage.LastBefore(in, "SHELL"); sh != nil {
			var words []string
			for _, a := range sh.Args() {
				words = append(words, a.Text)
			}
			w.options(words, 1)
		}
	}
	if interp := sc.Interpreter(); interp != nil {
		// RUN <<EOF bash -e: that shell's options, not the SHELL's.
		w.errexit, w.pipefail = false, false
		w.options(interp, 1)
	} else if text := sc.Text(); strings.HasPrefix(text, "#!") {
		// A heredoc with a shebang runs as that program, not the SHELL:
		// #!/bin/sh -e.
		line, _, _ := strings.Cut(text[2:], "\n")
		words := strings.Fields(line)
		if len(words) > 0 && path.Base(words[0]) == "env" {
			words = words[1:]
		}
		w.errexit, w.pipefail = false, false
		w.options(words, 1)
	}
	w.list(sc.File.Stmts, true, false, "")
	if !w.found {
		return "it runs inside a function, a command substitution or another shell", true
	}
	return w.why, !w.stops
}

// failWalk follows the shell's options and each statement's place in the
// script down to one call.
type failWalk struct {
	target            *syntax.CallExpr
	errexit, pipefail bool // the shell's options where the walk is
	found, stops      bool
	why               string
}

// list walks a statement list; final: the list's status is what the
// enclosing position checks; ignored: set -e does not apply inside.
func (w *failWalk) list(stmts []*syntax.Stmt, final, ignored bool, why string) {
	for i, st := range stmts {
		if w.found {
			return
		}
		last, reason := final && i == len(stmts)-1, why
		if final && !last {
			reason = "a later command's status is the RUN's, and set -e is not on"
		}
		w.stmt(st, last, ignored, reason)
	}
}

func (w *failWalk) stmt(st *syntax.Stmt, final, ignored bool, why string) {
	switch {
	case st.Negated:
		final, ignored, why = false, true, "its status is negated with !"
	case st.Background:
		final, ignored, why = false, true, "it runs in the background"
	}
	switch x := st.Cmd.(type) {
	case *syntax.CallExpr:
		if x == w.target {
			w.found = true
			w.stops = final || (w.errexit && !ignored)
			if !w.stops && why == "" {
				why = "its status is not checked"
			}
			w.why = why
			return
		}
		if len(x.Args) > 0 {
			if name, ok := LitWord(x.Args[0]); ok && name == "set" {
				var words []string
				for _, a := range x.Args {
					s, _ := LitWord(a)
					words = append(words, s)
				}
				w.options(words, 1)
			}
		}
	case *syntax.BinaryCmd:
		switch x.Op {
		case syntax.AndStmt:
			w.stmt(x.X, final, true, why)
		case syntax.OrStmt:
			exits, fails := alwaysFails(x.Y)
			w.stmt(x.X, fails && (exits || final || (w.errexit && !ignored)), true, "a command after || handles its failure")
		default: // a pipe
			if w.pipefail {
				w.stmt(x.X, final, ignored, why)
			} else {
				w.stmt(x.X, false, true, "a pipe's status is its last command's, and pipefail is not on")
			}
		}
		if !w.found {
			w.stmt(x.Y, final, ignored, why)
		}
	case *syntax.Block:
		w.list(x.Stmts, final, ignored, why)
	case *syntax.Subshell:
		// set -e inside stops the subshell only: that counts where the
		// subshell's own failure does.
		checked := final || (w.errexit && !ignored)
		outer := *w
		w.list(x.Stmts, final, ignored || !checked, why)
		w.errexit, w.pipefail = outer.errexit, outer.pipefail
	case *syntax.IfClause:
		for c := x; c != nil && !w.found; c = c.Else {
			w.list(c.Cond, false, true, "it is an if condition")
			w.list(c.Then, final, ignored, why)
		}
	case *syntax.WhileClause:
		w.list(x.Cond, false, true, "it is a loop condition")
		w.list(x.Do, false, ignored, "it runs in a loop, whose status is its last round's, and set -e is not on")
	case *syntax.ForClause:
		w.list(x.Do, false, ignored, "it runs in a loop, whose status is its last round's, and set -e is not on")
	case *syntax.CaseClause:
		for _, item := range x.Items {
			w.list(item.Stmts, final, ignored, why)
		}
	case *syntax.TimeClause:
		if x.Stmt != nil {
			w.stmt(x.Stmt, final, ignored, why)
		}
	}
}

// options applies set's or a shell's option words from words[from:].
func (w *failWalk) options(words []string, from int) {
	w.errexit, w.pipefail = ShellOptions(words[min(from, len(words)):], w.errexit, w.pipefail)
}

// ShellOptions applies the option words of set, or of a shell's command
// line (a SHELL's), to errexit and pipefail and returns them: -e, -eux,
// -o errexit, +e, -o pipefail, +o pipefail, up to -c and its script.
func ShellOptions(words []string, errexit, pipefail bool) (bool, bool) {
	for i, word := range words {
		if len(word) < 2 || (word[0] != '-' && word[0] != '+') || strings.HasPrefix(word, "--") {
			if word == "--" {
				break
			}
			continue
		}
		on, letters := word[0] == '-', word[1:]
		if strings.IndexByte(letters, 'e') >= 0 {
			errexit = on
		}
		if strings.IndexByte(letters, 'o') >= 0 && i+1 < len(words) {
			switch words[i+1] {
			case "errexit":
				errexit = on
			case "pipefail":
				pipefail = on
			}
		}
		if strings.IndexByte(letters, 'c') >= 0 {
			break // the script follows
		}
	}
	return errexit, pipefail
}

// alwaysFails reports a statement that always ends in failure (exit 1,
// exit with no status after a failure, false, or a group ending so), and
// whether it exits the shell.
func alwaysFails(st *syntax.Stmt) (exits, fails bool) {
	if st == nil || st.Negated || st.Background {
		return false, false
	}
	switch x := st.Cmd.(type) {
	case *syntax.CallExpr:
		if len(x.Args) == 0 {
			return false, false
		}
		name, _ := LitWord(x.Args[0])
		switch name {
		case "false":
			return false, len(x.Args) == 1
		case "exit":
			if len(x.Args) == 1 {
				return true, true // exit with the status of the failure before it
			}
			status, ok := LitWord(x.Args[1])
			return true, ok && strings.Trim(status, "0") != ""
		}
	case *syntax.Block:
		if n := len(x.Stmts); n > 0 {
			return alwaysFails(x.Stmts[n-1])
		}
	}
	return false, false
}
