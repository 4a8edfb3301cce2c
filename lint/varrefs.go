package lint

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// VarRef is a variable a word reads, $NAME or ${NAME…}, with the byte
// offsets of the name in the word.
type VarRef struct {
	Name               string
	NameStart, NameEnd int
}

// VarRefs lists the variables word reads, in order, as BuildKit's word
// expansion finds them: not inside single quotes (outside double quotes),
// not after the escape character, and in the word of a ${NAME:-word}
// modifier too. Special parameters ($1, $@) are left out: BuildKit never
// defines them.
func VarRefs(word string, escape byte) []VarRef {
	return varRefs(word, escape, true)
}

// HeredocVarRefs is VarRefs for the body of a heredoc BuildKit expands:
// there quotes are kept as they are and do not stop expansion, and the
// escape character is always the backslash.
func HeredocVarRefs(body string) []VarRef {
	return varRefs(body, '\\', false)
}

func varRefs(word string, escape byte, quotes bool) []VarRef {
	var refs []VarRef
	inDouble := false
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c == escape:
			i++ // the next byte is literal
		case c == '\'' && quotes && !inDouble:
			for i++; i < len(word) && word[i] != '\''; i++ {
			}
		case c == '"' && quotes:
			inDouble = !inDouble
		case c == '$' && i+1 < len(word):
			start := i + 1
			if word[start] == '{' {
				start++
			}
			end := start
			for end < len(word) {
				r, w := utf8.DecodeRuneInString(word[end:])
				if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				end += w
			}
			if end > start && !isDigitByte(word[start]) {
				refs = append(refs, VarRef{Name: word[start:end], NameStart: start, NameEnd: end})
			}
			i = end - 1
		}
	}
	return refs
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// MayReadVariable reports whether the instruction has a '$' anywhere, its
// heredocs included: a cheap test before expanding its words.
func (f *File) MayReadVariable(in *Instruction) bool {
	if bytes.IndexByte(in.logical.text, '$') >= 0 {
		return true
	}
	for _, h := range in.Heredocs {
		if bytes.IndexByte(f.Src[h.Body.Start:h.Body.End], '$') >= 0 {
			return true
		}
	}
	return false
}

// Mentions reports whether s appears in the instruction's logical line:
// a cheap test before reading its words for a name.
func (in *Instruction) Mentions(s string) bool {
	return bytes.Contains(in.logical.text, []byte(s))
}
