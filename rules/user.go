package rules

import (
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// userValue is a USER instruction's value as BuildKit reads it: quotes and
// escapes removed, variables replaced by the ENV and ARG defaults in scope
// (varValueAt), so that `USER "root"` and `ARG U=root` + `USER $U` are
// root. known is false when a variable has no value the Dockerfile gives
// (or one that holds variables itself), and for an empty value.
func userValue(f *lint.File, in *lint.Instruction) (value string, known bool) {
	word := strings.TrimSpace(in.ArgText())
	if !strings.ContainsAny(word, "$'\"") && strings.IndexByte(word, f.Escape) < 0 {
		return word, word != ""
	}
	res, err := f.ExpandWord(word, scopeEnv{f, in})
	if err != nil || len(res.Unmatched) > 0 {
		return word, false
	}
	return res.Result, res.Result != ""
}

// scopeEnv is the variables visible at an instruction, for BuildKit's lexer.
type scopeEnv struct {
	f  *lint.File
	in *lint.Instruction
}

func (e scopeEnv) Get(name string) (string, bool) { return varValueAt(e.f, e.in, name) }

// Keys is only used for expansions that list variables, which a USER
// value has no use for.
func (e scopeEnv) Keys() []string { return nil }
