package lint

import (
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
	var refs []VarRef
	inDouble := false
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c == escape:
			i++ // the next byte is literal
		case c == '\'' && !inDouble:
			for i++; i < len(word) && word[i] != '\''; i++ {
			}
		case c == '"':
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
