package lint

import (
	"bytes"
	"sort"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// EnvPairs reads an ENV instruction as BuildKit's parser splits it (see
// KeyValues): `ENV k=v k2=v2`, or the legacy `ENV k v`, whose value is the
// rest of the line.
func (in *Instruction) EnvPairs() []KeyValue {
	if in.Keyword != "ENV" {
		return nil
	}
	return in.KeyValues()
}

// LabelPairs reads a LABEL instruction's keys and values, which BuildKit
// splits as it splits ENV's (KeyValues): the keys as written, quotes kept.
func (in *Instruction) LabelPairs() []KeyValue {
	if in.Keyword != "LABEL" {
		return nil
	}
	return in.KeyValues()
}

// Vars is the variables in scope at an instruction, as BuildKit's word
// expansion sees them (it is a shell.EnvGetter): the ENVs and ARGs before
// the instruction in its stage and the ENVs of the stages it is built
// from, each with the value a build without --build-arg gives it, expanded
// as BuildKit expands it where it is declared. A variable has no value
// (Get's ok is false) when
//   - an ARG declares it without a default (--build-arg sets it; the
//     default of a global ARG of the same name counts, as in BuildKit);
//   - it is one of the platform ARGs BuildKit fills in;
//   - its value reads a variable that has none;
//   - nothing in the Dockerfile sets it (the base image's ENV may).
//
// The ARGs of the stage a stage is built from are not followed: BuildKit
// passes them on, but a variable without a value is the cautious answer
// for every rule that asks (a USER not known to be root, a condition not
// evaluated), and DF204's testdata pins this reading.
type Vars struct {
	f    *File
	in   *Instruction // the variables set before it are in scope
	upto int          // and, when in is an ARG, its first upto declarations
	memo *varMemo     // made by the first lookup, shared by the nested ones
}

type varKey struct {
	index, upto int
	name        string
}

type varValue struct {
	value string
	ok    bool
}

// varMemo holds the values found so far (a value that reads another twice
// is looked up once), and how deep the expansion of values that read
// others is: each depth has its own word expander (Parser.nestedLex).
type varMemo struct {
	values map[varKey]varValue
	depth  int
}

// VarsAt returns the variables in scope at in.
func (f *File) VarsAt(in *Instruction) Vars {
	return Vars{f: f, in: in}
}

// memoVars is VarsAt with one memo for all the lookups made through it: an
// instruction's words read the same variables again and again.
func (f *File) memoVars(in *Instruction) Vars {
	return Vars{f: f, in: in, memo: &varMemo{}}
}

// Get implements shell.EnvGetter.
func (v Vars) Get(name string) (string, bool) {
	if v.memo == nil {
		v.memo = &varMemo{}
	}
	key := varKey{v.in.Index, v.upto, name}
	if r, ok := v.memo.values[key]; ok {
		return r.value, r.ok
	}
	value, ok := v.lookup(name)
	if v.memo.values == nil {
		v.memo.values = map[varKey]varValue{} // on the first look-up: most words read no variable
	}
	v.memo.values[key] = varValue{value, ok}
	return value, ok
}

// Keys implements shell.EnvGetter: the names that have a value.
func (v Vars) Keys() []string {
	seen := map[string]bool{}
	var keys []string
	v.scan(func(x *Instruction, n int) bool {
		var names []string
		switch x.Keyword {
		case "ENV":
			for _, p := range x.EnvPairs() {
				names = append(names, p.Key.Text)
			}
		case "ARG":
			for _, d := range x.ArgDecls()[:n] {
				names = append(names, d.Name)
			}
		}
		for _, name := range names {
			if !seen[name] {
				seen[name] = true
				if _, ok := v.Get(name); ok {
					keys = append(keys, name)
				}
			}
		}
		return false
	})
	sort.Strings(keys)
	return keys
}

// scan calls visit with the instructions that may set a variable in
// scope, nearest first, and for each how many of its ARG declarations
// count (an ARG's own later declarations do not), until visit returns
// true.
func (v Vars) scan(visit func(x *Instruction, decls int) bool) {
	f, in := v.f, v.in
	if in.Stage == nil {
		for i := len(f.GlobalArgs) - 1; i >= 0; i-- {
			x := f.GlobalArgs[i]
			switch {
			case x.Index > in.Index:
			case x == in:
				if visit(x, min(v.upto, len(x.ArgDecls()))) {
					return
				}
			default:
				if visit(x, len(x.ArgDecls())) {
					return
				}
			}
		}
		return
	}
	for st := in.Stage; st != nil; st = st.Parent {
		own := st == in.Stage
		ins := st.Instructions
		if own {
			ins = ins[:in.Index-ins[0].Index+1]
		}
		for i := len(ins) - 1; i >= 0; i-- {
			x := ins[i]
			switch {
			case x.Keyword == "ENV" && x != in:
				if visit(x, 0) {
					return
				}
			case x.Keyword == "ARG" && own:
				n := len(x.ArgDecls())
				if x == in {
					n = min(v.upto, n)
				}
				if visit(x, n) {
					return
				}
			}
		}
	}
}

func (v Vars) lookup(name string) (value string, ok bool) {
	found := false
	v.scan(func(x *Instruction, n int) bool {
		if !bytes.Contains(x.logical.text[x.argsOff:], []byte(name)) {
			return false // most ENVs and ARGs set other names
		}
		switch x.Keyword {
		case "ENV":
			pairs := x.EnvPairs()
			for j := len(pairs) - 1; j >= 0; j-- {
				if pairs[j].Key.Text == name {
					// BuildKit expands all of an ENV's values before
					// setting any: `ENV A=1 B=$A` reads the A before it.
					value, ok = v.at(x, 0).expandNested(pairs[j].Value)
					found = true
					return true
				}
			}
		case "ARG":
			decls := x.ArgDecls()[:n]
			for j := len(decls) - 1; j >= 0; j-- {
				d := decls[j]
				if d.Name != name {
					continue
				}
				found = true
				switch {
				case d.HasDefault:
					// Declarations are set one by one: `ARG A=1 B=$A` reads 1.
					value, ok = v.at(x, j).expandNested(d.RawDefault)
				case x.Stage == nil || isPlatformArg(name):
				default:
					value, ok = v.globalDefault(name)
				}
				return true
			}
		}
		return false
	})
	if !found && v.in.Stage == nil && !isPlatformArg(name) {
		// Outside a stage there is no base image to set it: BuildKit
		// expands a name never declared to "".
		return "", true
	}
	return value, ok
}

// globalDefault is the value an ARG declared in a stage without a default
// takes from the global ARG of that name.
func (v Vars) globalDefault(name string) (string, bool) {
	for i := len(v.f.GlobalArgs) - 1; i >= 0; i-- {
		x := v.f.GlobalArgs[i]
		decls := x.ArgDecls()
		for j := len(decls) - 1; j >= 0; j-- {
			if d := decls[j]; d.Name == name {
				if !d.HasDefault {
					return "", false
				}
				return v.at(x, j).expandNested(d.RawDefault)
			}
		}
	}
	return "", false
}

func (v Vars) at(in *Instruction, upto int) Vars {
	return Vars{f: v.f, in: in, upto: upto, memo: v.memo}
}

// NeedsExpansion reports whether BuildKit's expansion can change word:
// only variables, quotes and escapes do.
func (f *File) NeedsExpansion(word string) bool {
	return strings.ContainsAny(word, "$'\"") || strings.IndexByte(word, f.Escape) >= 0
}

// Expand expands word as BuildKit does with these variables: quotes and
// escapes removed, variables replaced. known is false when the word reads
// a variable without a value (see Vars).
func (v Vars) Expand(word string) (value string, known bool) {
	if !v.f.NeedsExpansion(word) {
		return word, true
	}
	if v.memo == nil {
		v.memo = &varMemo{}
	}
	if name, ok := soleVariable(word); ok {
		// $NAME alone is its value: no need for the lexer.
		if value, ok := v.Get(name); ok {
			return value, true
		}
		return word, false
	}
	res, err := v.f.ExpandWord(word, v)
	if err != nil || len(res.Unmatched) > 0 {
		return word, false
	}
	return res.Result, true
}

// soleVariable reports a word that is one variable, $NAME or ${NAME},
// and its name.
func soleVariable(word string) (string, bool) {
	name, ok := strings.CutPrefix(word, "$")
	if !ok {
		return "", false
	}
	if inner, ok := strings.CutPrefix(name, "{"); ok {
		if name, ok = strings.CutSuffix(inner, "}"); !ok {
			return "", false
		}
	}
	if !syntax.ValidName(name) {
		return "", false
	}
	return name, true
}

// expandNested is Expand for a value looked up while another word is
// being expanded: BuildKit's lexer is not reentrant, so each level of
// nesting has its own.
func (v Vars) expandNested(word string) (string, bool) {
	if !v.f.NeedsExpansion(word) {
		return word, true
	}
	m := v.memo
	lex := v.f.parser.nestedLex(v.f.Escape, m.depth)
	m.depth++
	res, err := lex.ProcessWordWithMatches(word, v)
	m.depth--
	if err != nil || len(res.Unmatched) > 0 {
		return "", false
	}
	return res.Result, true
}

// Reads lists the variables word reads that have a value, as NAME=value
// in the order they appear: what a message shows of an expansion
// (`USER $UID:$GID` read UID=0, GID=0).
func (v Vars) Reads(word string) []string {
	if !strings.Contains(word, "$") {
		return nil
	}
	if v.memo == nil {
		v.memo = &varMemo{}
	}
	res, err := v.f.ExpandWord(word, v)
	if err != nil {
		return nil
	}
	names := make([]string, 0, len(res.Matched))
	for name := range res.Matched {
		names = append(names, name)
	}
	first := func(name string) int {
		at := len(word)
		for _, ref := range []string{"${" + name, "$" + name} {
			if i := strings.Index(word, ref); i >= 0 && i < at {
				at = i
			}
		}
		return at
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := first(names[i]), first(names[j])
		return a < b || (a == b && names[i] < names[j])
	})
	var out []string
	for _, name := range names {
		value, _ := v.Get(name)
		out = append(out, name+"="+value)
	}
	return out
}
