package rules

import (
	"fmt"
	"path"
	"strings"

	"mvdan.cc/sh/v3/syntax"

	"github.com/dockerfix/dockerfix/lint"
)

// UseraddNoLogInit flags useradd with a high UID and without -l: useradd
// then records the user in /var/log/lastlog and /var/log/faillog, sparse
// files indexed by UID, which the layer stores at full size (hundreds of
// megabytes, or gigabytes, for UIDs of six digits and more). The fix adds
// -l (--no-log-init).
var UseraddNoLogInit = &lint.Rule{
	ID: "DF204", Name: "useradd-without-no-log-init",
	Aliases:  []string{"DL3046"},
	Title:    "useradd with a high UID needs -l (--no-log-init)",
	Severity: lint.Warning,
	Fix:      lint.FixSafe,
	Check:    checkUseradd,
}

// useraddMinDigits is hadolint's threshold: a UID of more than five digits.
const useraddMinDigits = 6

// useraddWord is one argument of useradd: its literal value; or, for a
// word such as --uid=$UID or "${UID}", its literal start and the variable
// that ends it.
type useraddWord struct {
	lit   string // the whole word when isLit, else its literal start
	isLit bool
	param string // the variable after lit; "" when the word is anything else
}

// useraddWordOf reads a shell word for useradd's option parser.
func useraddWordOf(w *syntax.Word) useraddWord {
	if s, ok := lint.LitWord(w); ok {
		return useraddWord{lit: s, isLit: true}
	}
	parts := w.Parts
	var uw useraddWord
	if lit, ok := parts[0].(*syntax.Lit); ok && len(parts) == 2 && !strings.ContainsAny(lit.Value, "\\*?[") {
		uw.lit = lit.Value
		parts = parts[1:]
	}
	uw.param, _ = lint.SoleParam(parts)
	return uw
}

func checkUseradd(p *lint.Pass) {
	f := p.File
	for _, st := range f.Stages {
		for _, in := range st.Instructions {
			if !in.IsRun() {
				continue
			}
			if in.JSON {
				if len(in.Args()) < 2 || path.Base(in.Args()[0].Text) != "useradd" {
					continue
				}
				words := make([]useraddWord, 0, len(in.Args())-1)
				for _, a := range in.Args()[1:] {
					words = append(words, useraddWord{lit: a.Text, isLit: true})
				}
				if uid, ok := useraddNeedsL(f, in, words); ok {
					p.Report(useraddDiag(in.Args()[0].Range, uid, in.Args()[1].Range.Start, `"-l", `))
				}
				continue
			}
			if !in.MayCall(f, "useradd") {
				continue
			}
			sc := in.Shell(f)
			if sc == nil {
				continue
			}
			for _, call := range sc.Calls() {
				at, ok := useraddAt(call)
				if !ok || at+1 >= len(call.Args) {
					continue
				}
				words := make([]useraddWord, 0, len(call.Args)-at-1)
				for _, a := range call.Args[at+1:] {
					words = append(words, useraddWordOf(a))
				}
				if uid, ok := useraddNeedsL(f, in, words); ok {
					p.Report(useraddDiag(sc.Range(call.Args[at]), uid, sc.Range(call.Args[at+1]).Start, "-l "))
				}
			}
		}
	}
}

func useraddDiag(r lint.Range, uid string, insertAt int, text string) lint.Diagnostic {
	return lint.Diagnostic{
		Range: r,
		Message: fmt.Sprintf("useradd with the high UID %s and without -l (--no-log-init) "+
			"bloats the layer with sparse /var/log/lastlog and faillog files", uid),
		Fixes: []lint.Fix{lint.Replace("Add -l to useradd", lint.Range{Start: insertAt, End: insertAt}, text, true)},
	}
}

// useraddAt finds useradd as the program call runs (lint.CommandOf: also
// behind sudo, exec or env).
func useraddAt(call *syntax.CallExpr) (int, bool) {
	c := lint.CommandOf(call)
	return c.At, c.Name == "useradd"
}

// useraddNeedsL reads useradd's options the way getopt does and returns the
// UID when it has more than five digits and neither -l nor --no-log-init
// is given. A UID in a variable is looked up in the stage's ARG and ENV.
func useraddNeedsL(f *lint.File, in *lint.Instruction, words []useraddWord) (string, bool) {
	hasL := false
	uid := -1
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !strings.HasPrefix(w.lit, "-") || w.lit == "-" || (!w.isLit && w.param == "") {
			continue // a login name, or an unknown word
		}
		s := w.lit
		if s == "--" {
			break
		}
		if strings.HasPrefix(s, "--") {
			name, _, hasVal := strings.Cut(s[2:], "=")
			name, takesValue := useraddLongOption(name)
			switch {
			case name == "no-log-init":
				hasL = true
			case name == "uid":
				if hasVal {
					uid = i
				} else if i+1 < len(words) {
					uid = i + 1
					i++
				}
			case !hasVal && takesValue:
				i++
			}
			continue
		}
		for j := 1; j < len(s); j++ {
			c := s[j]
			if c == 'l' {
				hasL = true
				continue
			}
			if strings.IndexByte("bcdefgGkKpPRsuZ", c) < 0 {
				continue
			}
			if j+1 == len(s) && w.isLit {
				i++
				if c == 'u' && i < len(words) {
					uid = i
				}
			} else if c == 'u' {
				uid = i
			}
			break
		}
	}
	if hasL || uid < 0 {
		return "", false
	}
	value := useraddUIDValue(f, in, words[uid])
	if len(value) < useraddMinDigits || strings.Trim(value, "0123456789") != "" || value[0] == '0' {
		return "", false
	}
	return value, true
}

// useraddUIDValue returns the UID that a -u/--uid word gives: the value
// after "--uid=" or "-u", or the word itself, resolving $VAR with the
// variables in scope at the RUN (lint.Vars).
func useraddUIDValue(f *lint.File, in *lint.Instruction, w useraddWord) string {
	s := w.lit
	switch {
	case strings.HasPrefix(s, "--"):
		_, s, _ = strings.Cut(s, "=")
	case strings.HasPrefix(s, "-"):
		s = s[strings.IndexByte(s, 'u')+1:]
	}
	if w.isLit {
		return s
	}
	if s != "" || w.param == "" {
		return ""
	}
	v, _ := f.VarsAt(in).Get(w.param)
	return v
}

// useraddLongOption resolves a long option of useradd as getopt_long
// does, an unambiguous prefix (--no-log, --home) standing for the option,
// and says whether it takes a value.
func useraddLongOption(name string) (string, bool) {
	options := []struct {
		name  string
		value bool
	}{
		{"add-subids-for-system", false}, {"base-dir", true}, {"btrfs-subvolume-home", false},
		{"comment", true}, {"create-home", false}, {"defaults", false}, {"expiredate", true},
		{"gid", true}, {"groups", true}, {"help", false}, {"home-dir", true}, {"inactive", true},
		{"key", true}, {"no-create-home", false}, {"no-log-init", false}, {"no-user-group", false},
		{"non-unique", false}, {"password", true}, {"prefix", true}, {"root", true},
		{"selinux-range", true}, {"selinux-user", true}, {"shell", true}, {"skel", true},
		{"system", false}, {"uid", true}, {"user-group", false},
	}
	found, n := -1, 0
	for i, o := range options {
		if o.name == name {
			return o.name, o.value
		}
		if name != "" && strings.HasPrefix(o.name, name) {
			found, n = i, n+1
		}
	}
	if n == 1 {
		return options[found].name, options[found].value
	}
	return name, false
}
