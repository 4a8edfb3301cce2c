package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// pair is a KeyValue's key and value, for the tables below.
type pair struct{ key, value string }

func TestEnvPairs(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []pair
	}{
		{"ENV A=1", []pair{{"A", "1"}}},
		{"ENV A=1 B=\"two words\" C=", []pair{{"A", "1"}, {"B", `"two words"`}, {"C", ""}}},
		{"ENV LEGACY the rest  of it", []pair{{"LEGACY", "the rest  of it"}}},
		{"ENV A=$B \\\n    C=${D:-x}", []pair{{"A", "$B"}, {"C", "${D:-x}"}}},
	} {
		f := mustParse(t, "FROM scratch\n"+tc.src+"\n")
		checkPairs(t, f, tc.src, f.Instructions[1].EnvPairs(), tc.want)
	}
	if got := mustParse(t, "FROM scratch\nLABEL A=1\n").Instructions[1].EnvPairs(); got != nil {
		t.Errorf("EnvPairs of a LABEL = %+v", got)
	}
}

func TestLabelPairs(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []pair
	}{
		{`LABEL a.b=1 "c.d"="two words"`, []pair{{"a.b", "1"}, {`"c.d"`, `"two words"`}}},
		{`LABEL maintainer = "Jane"`, []pair{{"maintainer", `= "Jane"`}}},
	} {
		f := mustParse(t, "FROM scratch\n"+tc.src+"\n")
		checkPairs(t, f, tc.src, f.Instructions[1].LabelPairs(), tc.want)
	}
	if got := mustParse(t, "FROM scratch\nENV A=1\n").Instructions[1].LabelPairs(); got != nil {
		t.Errorf("LabelPairs of an ENV = %+v", got)
	}
}

func checkPairs(t *testing.T, f *File, src string, got []KeyValue, want []pair) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%q: %d pairs, want %d: %+v", src, len(got), len(want), got)
	}
	for i, p := range got {
		if w := want[i]; p.Key.Text != w.key || p.Value != w.value || f.Text(p.Key.Range) != w.key {
			t.Errorf("%q: pair %d = %q %q (range %q), want %q %q", src, i, p.Key.Text, p.Value, f.Text(p.Key.Range), w.key, w.value)
		}
	}
}

// TestVars: the variables in scope at the last instruction of each file
// (a RUN), as BuildKit expands them for a build without --build-arg.
func TestVars(t *testing.T) {
	type kv struct {
		name, value string
		ok          bool
	}
	for _, tc := range []struct {
		name string
		src  string
		want []kv
	}{
		{"env and arg", "FROM a\nARG A=1\nENV B=2\nRUN x", []kv{{"A", "1", true}, {"B", "2", true}, {"C", "", false}}},
		{"later wins", "FROM a\nARG A=1\nENV A=2\nARG B=1\nARG B=2\nRUN x", []kv{{"A", "2", true}, {"B", "2", true}}},
		{"not yet declared", "FROM a\nRUN x\nENV A=1", nil},
		{"quotes and escapes", "FROM a\nENV A=\"two words\" B='$x' C=a\\ b\nARG D=\"q\"\nRUN x",
			[]kv{{"A", "two words", true}, {"B", "$x", true}, {"C", "a b", true}, {"D", "q", true}}},
		{"legacy env", "FROM a\nENV A hello world\nRUN x", []kv{{"A", "hello world", true}}},
		{"expanded where declared", "FROM a\nARG V=1\nENV A=v$V\nARG V=2\nRUN x", []kv{{"A", "v1", true}, {"V", "2", true}}},
		{"env values are expanded before any is set", "FROM a\nENV A=1\nENV A=2 B=$A\nRUN x", []kv{{"A", "2", true}, {"B", "1", true}}},
		{"arg declarations are set one by one", "FROM a\nARG A=1 B=$A\nRUN x", []kv{{"B", "1", true}}},
		{"arg without default", "FROM a\nARG A\nRUN x", []kv{{"A", "", false}}},
		{"arg without default hides an earlier env", "FROM a\nENV A=1\nARG A\nRUN x", []kv{{"A", "", false}}},
		{"global default", "ARG G=1\nARG H=${G}0\nFROM a\nARG G\nARG H\nRUN x", []kv{{"G", "1", true}, {"H", "10", true}}},
		{"global not redeclared", "ARG G=1\nFROM a\nRUN x", []kv{{"G", "", false}}},
		{"global without default", "ARG G\nFROM a\nARG G\nRUN x", []kv{{"G", "", false}}},
		{"platform arg", "FROM a\nARG TARGETARCH\nRUN x", []kv{{"TARGETARCH", "", false}}},
		{"unknown inside", "FROM a\nENV A=$HOME/x B=${NOPE:-d}\nRUN x", []kv{{"A", "", false}, {"B", "", false}}},
		{"defaults", "FROM a\nARG U=app\nENV A=${U:-x} B=${U:+set}\nRUN x", []kv{{"A", "app", true}, {"B", "set", true}}},
		{"parent stage env", "FROM a AS base\nENV A=1\nARG B=2\nFROM base\nRUN x", []kv{{"A", "1", true}, {"B", "", false}}},
		{"other stage", "FROM a AS one\nENV A=1\nFROM b\nRUN x", []kv{{"A", "", false}}},
		{"backtick escape", "# escape=`\nFROM a\nENV A=a`$b\nRUN x", []kv{{"A", "a$b", true}}},
	} {
		f := mustParse(t, tc.src+"\n")
		vars := f.VarsAt(f.Instructions[len(f.Instructions)-1])
		for _, w := range tc.want {
			got, ok := vars.Get(w.name)
			if got != w.value || ok != w.ok {
				t.Errorf("%s: %s = %q, %v; want %q, %v", tc.name, w.name, got, ok, w.value, w.ok)
			}
		}
	}
}

// TestVarsNested: a chain of variables that each read the one before twice
// resolves without expanding 2^n words.
func TestVarsNested(t *testing.T) {
	var b strings.Builder
	b.WriteString("FROM a\nENV V0=x\n")
	const n = 60
	for i := 1; i <= n; i++ {
		b.WriteString("ENV V" + itoa(i) + "=${V" + itoa(i-1) + ":+x}${V" + itoa(i-1) + ":+x}\n")
	}
	b.WriteString("RUN x\n")
	f := mustParse(t, b.String())
	start := time.Now()
	got, ok := f.VarsAt(f.Instructions[len(f.Instructions)-1]).Get("V" + itoa(n))
	if !ok || got != "xx" {
		t.Errorf("V%d = %q, %v", n, got, ok)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestVarsExpand(t *testing.T) {
	f := mustParse(t, "ARG G=g\nFROM a\nARG UID=0 GID=0\nENV NAME=app\nARG EMPTY=\nUSER x\n")
	vars := f.VarsAt(f.Instructions[len(f.Instructions)-1])
	for _, tc := range []struct {
		word, value string
		known       bool
		reads       []string
	}{
		{"root", "root", true, nil},
		{`"root"`, "root", true, nil},
		{"$UID:$GID", "0:0", true, []string{"UID=0", "GID=0"}},
		{"${NAME}", "app", true, []string{"NAME=app"}},
		{"$GID:${UID}", "0:0", true, []string{"GID=0", "UID=0"}},
		{"$EMPTY", "", true, []string{"EMPTY="}},
		{"$G", "$G", false, nil},
		{"${NOPE:-root}", "${NOPE:-root}", false, nil},
		{"'$UID'", "$UID", true, nil},
	} {
		value, known := vars.Expand(tc.word)
		if value != tc.value || known != tc.known {
			t.Errorf("Expand(%q) = %q, %v; want %q, %v", tc.word, value, known, tc.value, tc.known)
		}
		if reads := vars.Reads(tc.word); !reflect.DeepEqual(reads, tc.reads) {
			t.Errorf("Reads(%q) = %q, want %q", tc.word, reads, tc.reads)
		}
	}
	if keys := vars.Keys(); !reflect.DeepEqual(keys, []string{"EMPTY", "GID", "NAME", "UID"}) {
		t.Errorf("Keys() = %q", keys)
	}
	// Outside a stage there is no base image: a name never declared is "".
	f = mustParse(t, "ARG A=x${NOPE}y\nARG B\nFROM a\n")
	global := f.VarsAt(f.GlobalArgs[1])
	if v, ok := global.Get("A"); v != "xy" || !ok {
		t.Errorf("global A = %q, %v; want xy", v, ok)
	}
	if _, ok := global.Get("TARGETOS"); ok {
		t.Error("global TARGETOS has a value")
	}
}

func TestKeyValues(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string // key|value|legacy|value words
	}{
		{"ENV A=1 B=\"two words\" C=", []string{"A|1|false|1", "B|\"two words\"|false|1", "C||false|1"}},
		{"LABEL maintainer = \"Jane Doe\"", []string{"maintainer|= \"Jane Doe\"|true|2"}},
		{"ENV DEPS \\\n    curl \\\n    git", []string{"DEPS|curl     git|true|2"}},
		{"LABEL a=b", []string{"a|b|false|1"}},
	} {
		f := mustParse(t, "FROM scratch\n"+tc.src+"\n")
		var got []string
		for _, kv := range f.Instructions[1].KeyValues() {
			if f.Text(kv.Key.Range) != kv.Key.Text {
				t.Errorf("%q: key range covers %q, not %q", tc.src, f.Text(kv.Key.Range), kv.Key.Text)
			}
			got = append(got, fmt.Sprintf("%s|%s|%v|%d", kv.Key.Text, kv.Value, kv.Legacy, len(kv.ValueWords)))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: KeyValues = %q, want %q", tc.src, got, tc.want)
		}
	}
	if got := mustParse(t, "FROM scratch\nARG A=1\n").Instructions[1].KeyValues(); got != nil {
		t.Errorf("KeyValues of an ARG = %+v", got)
	}
}

func TestSets(t *testing.T) {
	f := mustParse(t, "FROM a\nENV A=1 B=2\nENV LEGACY C=3\nARG D E=5\nLABEL F=6\n")
	for _, tc := range []struct {
		in   int
		name string
		want bool
	}{
		{1, "A", true}, {1, "B", true}, {1, "1", false},
		{2, "LEGACY", true}, {2, "C", false},
		{3, "D", true}, {3, "E", true}, {3, "5", false},
		{4, "F", false},
	} {
		if got := f.Instructions[tc.in].Sets(tc.name); got != tc.want {
			t.Errorf("instruction %d: Sets(%q) = %v, want %v", tc.in, tc.name, got, tc.want)
		}
	}
}

func TestSoleVariable(t *testing.T) {
	for word, want := range map[string]string{
		"$A": "A", "${A_1}": "A_1", "$_x": "_x",
		"$1": "", "${A:-b}": "", "${A}b": "", "$A/b": "", "A": "", "$": "", "${}": "", "${A": "", `"$A"`: "",
	} {
		got, ok := soleVariable(word)
		if got != want || ok != (want != "") {
			t.Errorf("soleVariable(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

// TestExpandSoleVariable: a word that is one variable expands to its
// value, as BuildKit's lexer expands it, and is unknown without one.
func TestExpandSoleVariable(t *testing.T) {
	f := mustParse(t, "FROM a\nARG A=\"x y\" B\nENV C=${A}z\nRUN x\n")
	vars := f.VarsAt(f.Instructions[3])
	for _, word := range []string{"$A", "${A}", "$C", "${C}", "$B", "$D", "${A}-", "$A$C"} {
		got, ok := vars.Expand(word)
		res, err := f.ExpandWord(word, vars)
		want, wantOK := res.Result, err == nil && len(res.Unmatched) == 0
		if !wantOK {
			want = word
		}
		if got != want || ok != wantOK {
			t.Errorf("Expand(%q) = %q, %v; the lexer gives %q, %v", word, got, ok, want, wantOK)
		}
	}
}

// TestSoleVariableNames: $NAME reads a name whole only when it is a valid
// variable name (an ARG may be declared under another, ARG A!).
func TestSoleVariableNames(t *testing.T) {
	for name, want := range map[string]bool{
		"A": true, "_VERSION": true, "go_1": true, "a1b2": true,
		"": false, "1A": false, "_VERSION!": false, "A-B": false, "A.B": false, "ä": false,
	} {
		if got, ok := soleVariable("$" + name); ok != want || ok && got != name {
			t.Errorf("soleVariable(%q) = %q, %v, want %v", "$"+name, got, ok, want)
		}
	}
}
