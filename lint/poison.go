package lint

import (
	"reflect"
	"strings"

	"github.com/dockerfix/dockerfix/internal/poison"
)

// poisonFile fills f and everything it reaches with garbage: the
// instructions and their nodes, words, logical lines and scripts, the
// stages, comments and line index, the bytes of Src, and the slabs of
// the Parser's fast shell parser (shfast.go) that its trees live in. It
// stops at the Parser (retire gives it fresh tables) and at the trees of
// mvdan's shell parser, which no Parser reuses. The dockerfix_poison
// build calls it (see retire.go).
func poisonFile(f *File) {
	if f.parser != nil {
		f.parser.fast.poison() // the shell trees it made
	}
	poison.Fill(f, func(t reflect.Type) bool {
		return t == reflect.TypeFor[*Parser]() || strings.HasPrefix(t.Elem().PkgPath(), "mvdan.cc/sh/")
	})
}
