package lint

import (
	"bytes"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// AppendCommand returns the edit that makes a RUN run cmd last, once its
// script has succeeded: ` && cmd` after the last command of a shell-form
// RUN (on a continuation line of its own when the RUN already lays out
// its && chain one command per line), or of a `RUN <<EOF` script. Not a
// line of its own in the script: without set -e, the script's status is
// its last command's, and a failing install before a new last line would
// no longer fail the build. ok is false where appending is not
// mechanical: a heredoc fed to a command, several heredocs, a last
// statement that runs in the background, defines a function or leaves the
// shell (exit, exec, return), a heredoc body that ends in a line
// continuation.
func (s *Script) AppendCommand(f *File, in *Instruction, cmd string) (Edit, bool) {
	stmts := s.File.Stmts
	if len(stmts) == 0 {
		return Edit{}, false
	}
	last := stmts[len(stmts)-1]
	if last.Background || last.Coprocess || last.Disown || !appendable(last) {
		return Edit{}, false
	}
	end := int(last.End().Offset())
	if last.Semicolon.IsValid() {
		end = int(last.Semicolon.Offset()) // `a;` becomes `a && cmd;`
	}
	at := s.src.srcRange(end-1, end).End
	if len(in.Heredocs) > 0 {
		if !s.appendableHeredoc(f, in) {
			return Edit{}, false
		}
		return Edit{Range: Range{at, at}, New: " && " + cmd}, true
	}
	lineStart := bytes.LastIndexByte(f.Src[:at], '\n') + 1
	lineEnd := len(f.Src)
	if i := bytes.IndexByte(f.Src[at:], '\n'); i >= 0 {
		lineEnd = at + i
	}
	line := string(f.Src[lineStart:at])
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	restBlank := strings.TrimSpace(string(f.Src[at:lineEnd])) == ""
	newline := "\n"
	if lineEnd > 0 && f.Src[lineEnd-1] == '\r' {
		newline = "\r\n"
	}
	esc := string(f.Escape)
	text := " && " + cmd
	switch {
	case !restBlank || lineStart <= in.Range.Start:
	case strings.HasPrefix(strings.TrimSpace(line), "&&"):
		text = " " + esc + newline + indent + "&& " + cmd
	case strings.HasSuffix(strings.TrimRight(string(f.Src[:lineStart]), " \t\r\n"+esc), "&&"):
		text = " && " + esc + newline + indent + cmd
	}
	return Edit{Range: Range{at, at}, New: text}, true
}

// appendableHeredoc reports a `RUN <<EOF` whose script is the one
// heredoc's body, complete, and does not end in a line continuation.
func (s *Script) appendableHeredoc(f *File, in *Instruction) bool {
	if in.Keyword != "RUN" || len(in.Heredocs) != 1 || !onlyHeredocMarkers(string(in.logical.text[in.argsOff:])) {
		return false
	}
	h := in.Heredocs[0]
	if h.Terminator == (Range{}) {
		return false
	}
	body := strings.TrimRight(string(f.Src[h.Body.Start:h.Terminator.Start]), "\r\n")
	return !strings.HasSuffix(body, "\\")
}

// appendable reports whether a command can be appended after st with &&
// and run when st succeeds: not after a function definition, nor after a
// command that leaves the shell.
func appendable(st *syntax.Stmt) bool {
	for {
		switch c := st.Cmd.(type) {
		case *syntax.BinaryCmd:
			st = c.Y
			continue
		case *syntax.FuncDecl:
			return false
		case *syntax.CallExpr:
			if len(c.Args) > 0 {
				if w, ok := LitWord(c.Args[0]); ok && (w == "exit" || w == "exec" || w == "return") {
					return false
				}
			}
		}
		return true
	}
}

// InsertAfter returns the edit that inserts text right after the word w
// of the script: ` -y` after `install`.
func (s *Script) InsertAfter(w *syntax.Word, text string) Edit {
	end := s.Range(w).End
	return Edit{Range: Range{end, end}, New: text}
}
