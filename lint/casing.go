package lint

import "strings"

// KeywordText is the instruction's keyword as written: "FROM", "from", "From".
func (in *Instruction) KeywordText() string {
	return in.srcText[in.KeywordRange.Start:in.KeywordRange.End]
}

// keywordCase is File's cached answer to KeywordsLower.
type keywordCase int8

const (
	caseUnknown keywordCase = iota
	caseUpper
	caseLower
)

// KeywordsLower reports whether the file's instruction keywords are
// mostly lower case, counted as BuildKit's ConsistentInstructionCasing
// counts them: the keywords of the stages' instructions (not of the ARGs
// before the first FROM) written all in lower or all in upper case, mixed
// ones not counted. A tie, and a file with none, is upper case. A rule
// that writes an instruction spells it with CaseKeyword.
func (f *File) KeywordsLower() bool {
	if f.keywordCase == caseUnknown {
		lower, upper := 0, 0
		for _, in := range f.Instructions {
			if in.Stage == nil {
				continue
			}
			switch kw := in.KeywordText(); {
			case !hasUpper(kw):
				lower++
			case !hasLower(kw):
				upper++
			}
		}
		f.keywordCase = caseUpper
		if lower > upper {
			f.keywordCase = caseLower
		}
	}
	return f.keywordCase == caseLower
}

// CaseKeyword spells kw ("LABEL", "as") in the file's majority casing.
func (f *File) CaseKeyword(kw string) string {
	if f.KeywordsLower() {
		return strings.ToLower(kw)
	}
	return strings.ToUpper(kw)
}

// hasUpper and hasLower look for an ASCII letter of that case: keywords
// are ASCII, and strings.ToLower would copy every upper-case one.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}
