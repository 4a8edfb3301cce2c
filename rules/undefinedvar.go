package rules

import (
	"fmt"
	"slices"
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
		bases := map[*lint.Stage]*baseEnv{} // by root stage, made on first use
		for _, st := range f.Stages {
			if st.IsWindows() {
				continue // variable names are not case-sensitive there
			}
			for _, in := range st.Instructions[1:] { // FROM is undefined-arg-in-from's
				if !expandsWords(in) || !f.MayReadVariable(in) {
					continue // most instructions read no variable
				}
				u := undefinedUse{p: p, st: st, in: in, bases: bases}
				switch in.Keyword {
				case "ARG":
					// Declarations are set one by one: a default reads the
					// ones before it.
					for i, d := range in.ArgDecls() {
						if d.HasDefault {
							u.decl, u.own = i, d.Name // ARG X=${X:-6972} reads a --build-arg X: no near miss
							u.check(lint.Word{Text: d.RawDefault, Range: d.DefaultRange}, false)
						}
					}
				case "ENV":
					for _, kv := range in.KeyValues() {
						u.own = kv.Key.Text // `ENV X=$X:more` extends what the base image may set
						if kv.Legacy {
							u.check(kv.Key, false)
						}
						for _, w := range kv.ValueWords {
							u.check(w, false)
						}
					}
				case "COPY", "ADD":
					u.checkCopy()
				case "RUN":
					for _, fl := range in.Flags {
						if strings.EqualFold(fl.Name, "mount") {
							u.checkMount(fl)
						}
					}
				default: // LABEL, WORKDIR, USER, VOLUME, STOPSIGNAL
					for _, w := range in.Args() {
						u.check(w, false)
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

// baseEnv is what dockerfix knows of a base image's ENV.
type baseEnv struct {
	names map[string]bool
	// known: all of it, so that every other name is undefined.
	known bool
}

// undefinedUse checks the words of one instruction.
type undefinedUse struct {
	p        *lint.Pass
	st       *lint.Stage
	in       *lint.Instruction
	bases    map[*lint.Stage]*baseEnv
	reported map[string]bool
	own      string // the variable the ENV or ARG word being checked sets
	decl     int    // the declaration of the ARG being checked
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
		if name := ref.Name; !u.reported[name] && !nonEnvArg(name) && !u.set(name) && !u.base().names[name] {
			u.report(name)
		}
	}
}

// set reports whether an ENV or ARG before the instruction, in its stage
// or the stages it is built from, sets name. BuildKit passes the ARGs of
// a parent stage on, and an ENV expands all its values before setting
// any.
func (u *undefinedUse) set(name string) bool {
	for st := u.st; st != nil; st = st.Parent {
		ins := st.Instructions
		if st == u.st {
			ins = ins[:u.in.Index-st.From.Index+1]
		}
		for i := len(ins) - 1; i > 0; i-- {
			x := ins[i]
			if x.Keyword != "ENV" && x.Keyword != "ARG" || !x.Mentions(name) {
				continue
			}
			switch {
			case x != u.in:
				if x.Sets(name) {
					return true
				}
			case x.Keyword == "ARG":
				for _, d := range x.ArgDecls()[:u.decl] {
					if d.Name == name {
						return true
					}
				}
			}
		}
	}
	return false
}

// base is the ENV of the image the stage's chain starts from.
func (u *undefinedUse) base() *baseEnv {
	root := u.st.Root()
	if b, ok := u.bases[root]; ok {
		return b
	}
	b := &baseEnv{names: map[string]bool{"PATH": true}} // BuildKit sets it when the image does not
	cfg, ok := u.p.File.BaseConfig(u.p.Env, root)
	b.known = ok
	for _, kv := range cfg.Env {
		name, _, _ := strings.Cut(kv, "=")
		b.names[name] = true
	}
	u.bases[root] = b
	return b
}

func (u *undefinedUse) report(name string) {
	match, typo := u.suggest(name)
	later := u.setLater(name)
	if name == u.own && u.in.Keyword == "ARG" {
		// ARG X=${X:-default} means X itself: BuildKit reports it (X is
		// not declared until the default is expanded, so the default
		// always wins unless --build-arg X is given), but a near miss
		// declared before is no fix.
		typo = false
	}
	if !u.base().known && imageEnvName(name) {
		// $HOME is no near miss of a ROLE in scope: gitpod's images set
		// HOME, as many images set the names the login environment has.
		typo = false
	}
	if !u.base().known {
		// The base image may set it: report only what is a mistake
		// whatever it sets. A near miss of a name in scope (suggest keeps
		// to names within one character of its length: GOPATH is no
		// near miss of PATH), or a name the stage sets after reading it
		// on a later line. Not one that a later pair of the same ENV sets
		// (ENV ORACLE_HOME=/u01/oracle PATH=$PATH:$ORACLE_HOME/bin, on
		// Oracle's images that set ORACLE_HOME already): the value read is
		// the image's, which BuildKit knows, and DF449 reports the pair.
		if !typo && (later == nil || later == u.in) {
			return
		}
	}
	msg := fmt.Sprintf("Usage of undefined variable '$%s'", name)
	if typo {
		msg += fmt.Sprintf(" (did you mean $%s?)", match)
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
		d.Fixes = lint.RenameVarFix(u.p.File, u.wordsOf(), name, match)
	}
	u.p.Report(d)
}

// imageEnvName reports the names of the login environment, which base
// images often set in their ENV.
func imageEnvName(name string) bool {
	switch name {
	case "HOME", "USER", "LOGNAME", "SHELL", "PATH", "PWD", "HOSTNAME", "TERM", "LANG", "LANGUAGE", "LC_ALL", "TZ", "TMPDIR", "JAVA_HOME":
		return true
	}
	return false
}

// suggest is BuildKit's suggestion for a misspelt name among those in
// scope (edit distance below 3). Where the base image's ENV is unknown,
// only names within one character of name's length count: the others
// are more likely the image's own.
func (u *undefinedUse) suggest(name string) (string, bool) {
	b := u.base()
	var keys []string
	add := func(k string) {
		if d := len(k) - len(name); b.known || -1 <= d && d <= 1 {
			keys = append(keys, k)
		}
	}
	for k := range b.names {
		add(k)
	}
	for st := u.st; st != nil; st = st.Parent {
		ins := st.Instructions
		if st == u.st {
			ins = ins[:u.in.Index-st.From.Index+1]
		}
		for _, x := range ins[1:] {
			switch {
			case x.Keyword == "ENV" && x != u.in:
				for _, kv := range x.KeyValues() {
					add(kv.Key.Text)
				}
			case x.Keyword == "ARG":
				decls := x.ArgDecls()
				if x == u.in {
					decls = decls[:u.decl]
				}
				for _, d := range decls {
					add(d.Name)
				}
			}
		}
	}
	sort.Strings(keys) // BuildKit keeps the first of equally near names
	return suggest.Search(name, slices.Compact(keys), true)
}

// setLater is the instruction of the stage, this one or a later one, whose
// ENV or ARG sets name; nil when none does.
func (u *undefinedUse) setLater(name string) *lint.Instruction {
	for _, x := range u.st.Instructions[u.in.Index-u.st.From.Index:] {
		// An ARG's own declarations are set one by one.
		if (x != u.in || x.Keyword == "ENV") && x.Mentions(name) && x.Sets(name) {
			return x
		}
	}
	return nil
}

// wordsOf lists the instruction's words that a rename may edit.
func (u *undefinedUse) wordsOf() []lint.VarWord {
	var words []lint.VarWord
	for _, w := range u.in.Args() {
		words = append(words, lint.VarWord{Text: w.Text, Range: w.Range})
	}
	for _, fl := range u.in.Flags {
		if fl.HasValue {
			words = append(words, lint.VarWord{Text: u.p.File.Text(fl.ValueRange), Range: fl.ValueRange})
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
