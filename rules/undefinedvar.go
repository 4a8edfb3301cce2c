package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/moby/buildkit/util/suggest"

	"github.com/dockerfix/dockerfix/lint"
)

// UndefinedVar reports a variable that an instruction BuildKit expands
// (ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME, STOPSIGNAL, ARG defaults,
// RUN --mount) reads before any ENV or ARG of its stage, its parent stages
// or its base image sets it: it expands to nothing. RUN, CMD and
// ENTRYPOINT commands are the shell's to expand and are not judged.
//
// BuildKit knows the base image's ENV; offline dockerfix knows it for
// scratch and the images whose configuration it knows (lint.BaseConfig).
// On another image a name may come from the image, so it is reported only
// when it is a near miss of a name in scope, or set in the stage after
// its use: the two cases that are defects whatever the image sets.
var UndefinedVar = &lint.Rule{
	ID: "DF418", Name: "undefined-var",
	Aliases:  []string{"UndefinedVar"},
	Title:    "Variables should be defined before their use",
	Severity: lint.Warning,
	Fix:      lint.FixUnsafe,
	Check: func(p *lint.Pass) {
		f := p.File
		// Most stages read no variable: their scope is made only for them
		// and the stages built from them.
		need := make([]bool, len(f.Stages))
		for _, st := range f.Stages {
			for _, in := range st.Instructions[1:] {
				if expandsWords(in) && f.MayReadVariable(in) {
					need[st.Index] = true
					break
				}
			}
		}
		for i := len(f.Stages) - 1; i >= 0; i-- {
			if st := f.Stages[i]; need[i] && st.Parent != nil {
				need[st.Parent.Index] = true
			}
		}
		scopes := map[*lint.Stage]*varScope{}
		for _, st := range f.Stages {
			if !need[st.Index] || st.IsWindows() {
				continue // nothing to read; or names that are not case-sensitive
			}
			sc := newVarScope(p, st, scopes[st.Parent])
			scopes[st] = sc
			for i, in := range st.Instructions {
				if i == 0 {
					continue // FROM: undefined-arg-in-from's
				}
				u := undefinedUse{p: p, st: st, in: in, sc: sc}
				switch in.Keyword {
				case "ARG":
					// Declarations are set one by one: a default reads the
					// ones before it.
					for _, d := range in.ArgDecls() {
						if d.HasDefault {
							u.check(lint.Word{Text: d.RawDefault, Range: d.DefaultRange}, false)
						}
						sc.names[d.Name] = true
					}
					continue
				case "ENV":
					// ENV sets its names after expanding all its values.
					kvs := in.KeyValues()
					if f.MayReadVariable(in) {
						for _, kv := range kvs {
							u.own = kv.Key.Text // `ENV X=$X:more` extends what the base image may set
							if kv.Legacy {
								u.check(kv.Key, false)
							}
							for _, w := range kv.ValueWords {
								u.check(w, false)
							}
						}
						u.own = ""
					}
					for _, kv := range kvs {
						sc.names[kv.Key.Text] = true
					}
					continue
				case "LABEL", "WORKDIR", "USER", "VOLUME", "STOPSIGNAL":
					for _, w := range in.Args() {
						u.check(w, false)
					}
				case "COPY", "ADD":
					u.checkCopy()
				case "RUN":
					for _, fl := range in.Flags {
						if strings.EqualFold(fl.Name, "mount") {
							u.checkMount(fl)
						}
					}
				}
			}
		}
	},
}

// expandsWords reports the instructions whose words BuildKit expands.
func expandsWords(in *lint.Instruction) bool {
	switch in.Keyword {
	case "ARG", "ENV", "LABEL", "WORKDIR", "USER", "VOLUME", "STOPSIGNAL", "COPY", "ADD", "RUN":
		return true
	}
	return false
}

// nonEnvArg reports the ARGs BuildKit reads itself and never puts in the
// environment.
func nonEnvArg(name string) bool {
	return name == "BUILDKIT_SBOM_SCAN_CONTEXT" || name == "BUILDKIT_SBOM_SCAN_STAGE"
}

// varScope is the names an instruction may read.
type varScope struct {
	names map[string]bool
	// known: the base image's ENV is known, so every name outside names
	// is undefined.
	known bool
}

func (s *varScope) Keys() []string {
	keys := make([]string, 0, len(s.names))
	for k := range s.names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// newVarScope is the scope at the start of st: its parent stage's at its
// end, or its base image's ENV.
func newVarScope(p *lint.Pass, st *lint.Stage, parent *varScope) *varScope {
	sc := &varScope{names: map[string]bool{}}
	if parent != nil {
		for k := range parent.names {
			sc.names[k] = true
		}
		sc.known = parent.known
		return sc
	}
	cfg, ok := p.File.BaseConfig(p.Env, st)
	sc.known = ok
	for _, kv := range cfg.Env {
		name, _, _ := strings.Cut(kv, "=")
		sc.names[name] = true
	}
	if !st.IsWindows() {
		sc.names["PATH"] = true // BuildKit sets it when the image does not
	}
	return sc
}

// undefinedUse checks the words of one instruction.
type undefinedUse struct {
	p        *lint.Pass
	st       *lint.Stage
	in       *lint.Instruction
	sc       *varScope
	reported map[string]bool
	own      string // the variable the ENV word being checked sets
}

// check reports the names word reads that are not in scope; a heredoc's
// body is read as BuildKit expands it, quotes and all.
func (u *undefinedUse) check(w lint.Word, heredoc bool) {
	if !strings.Contains(w.Text, "$") {
		return
	}
	refs := lint.VarRefs(w.Text, u.p.File.Escape)
	if heredoc {
		refs = lint.HeredocVarRefs(w.Text)
	}
	for _, ref := range refs {
		if name := ref.Name; !u.sc.names[name] && !u.reported[name] && !nonEnvArg(name) {
			u.report(name, w)
		}
	}
}

func (u *undefinedUse) report(name string, w lint.Word) {
	f := u.p.File
	msg := fmt.Sprintf("Usage of undefined variable '$%s'", name)
	match, typo := suggest.Search(name, u.sc.Keys(), true)
	if typo {
		msg += fmt.Sprintf(" (did you mean $%s?)", match)
	}
	later := u.setLater(name)
	if !u.sc.known {
		// The base image may set it: report only what is a mistake
		// whatever it sets. A near miss of a name in scope (GOPATH is
		// not one of PATH: lengths that far apart are other names), or
		// a name the stage sets after reading it, unless an ENV extends
		// it (ENV X=$X:more).
		nearMiss := typo && abs(len(name)-len(match)) <= 1
		setAfter := later != nil && !(later == u.in && name == u.own)
		if !nearMiss && !setAfter {
			return
		}
	}
	switch {
	case later == u.in:
		msg += "; this " + u.in.Keyword + " sets it only after expanding all its values"
	case later != nil:
		msg += fmt.Sprintf("; it is set on line %d, after this use", later.StartLine)
	}
	if u.reported == nil {
		u.reported = map[string]bool{}
	}
	u.reported[name] = true
	d := lint.Diagnostic{Range: u.in.Range, Message: msg}
	if typo && later == nil {
		d.Fixes = renameVar(f, u.wordsOf(), name, match)
	}
	u.p.Report(d)
}

// setLater is the instruction of the stage, this one or a later one, whose
// ENV or ARG sets name; nil when none does.
func (u *undefinedUse) setLater(name string) *lint.Instruction {
	for _, x := range u.st.Instructions[u.in.Index-u.st.From.Index:] {
		switch x.Keyword {
		case "ENV":
			for _, kv := range x.EnvPairs() {
				if kv.Name == name {
					return x
				}
			}
		case "ARG":
			if x == u.in {
				continue // an ARG's own declarations are set one by one
			}
			for _, d := range x.ArgDecls() {
				if d.Name == name {
					return x
				}
			}
		}
	}
	return nil
}

// wordsOf lists the instruction's words that a rename may edit.
func (u *undefinedUse) wordsOf() []fromWord {
	var words []fromWord
	for _, w := range u.in.Args() {
		words = append(words, fromWord{w.Text, w.Range})
	}
	for _, fl := range u.in.Flags {
		if fl.HasValue {
			words = append(words, fromWord{u.p.File.Text(fl.ValueRange), fl.ValueRange})
		}
	}
	return words
}

// checkCopy checks a COPY or ADD: its flags that BuildKit expands, its
// sources and destination, and the heredocs it expands.
func (u *undefinedUse) checkCopy() {
	f, in := u.p.File, u.in
	for _, fl := range in.Flags {
		switch strings.ToLower(fl.Name) {
		case "chown", "chmod", "checksum":
			if fl.HasValue {
				u.check(lint.Word{Text: f.Text(fl.ValueRange), Range: fl.ValueRange}, false)
			}
		}
	}
	for _, w := range in.Args() {
		if !strings.HasPrefix(w.Text, "<<") {
			u.check(w, false)
		}
	}
	for i, h := range in.Heredocs {
		if i < len(in.Node.Heredocs) && in.Node.Heredocs[i].Expand {
			u.check(lint.Word{Text: f.Text(h.Body), Range: h.Body}, true)
		}
	}
}

// checkMount checks the values of a RUN --mount's fields.
func (u *undefinedUse) checkMount(fl lint.Flag) {
	for _, field := range strings.Split(fl.Value, ",") {
		if _, v, ok := strings.Cut(field, "="); ok {
			u.check(lint.Word{Text: v, Range: fl.ValueRange}, false)
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
