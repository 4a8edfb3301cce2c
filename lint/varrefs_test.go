package lint

import (
	"reflect"
	"strconv"
	"testing"
)

func TestVarRefs(t *testing.T) {
	for _, tc := range []struct {
		word   string
		escape byte
		want   []string // name@start
	}{
		{"plain", '\\', nil},
		{"$A", '\\', []string{"A@1"}},
		{"${A}/$B_C-x", '\\', []string{"A@2", "B_C@6"}},
		{"${A:-$B}", '\\', []string{"A@2", "B@6"}},
		{"'$A' \"$B\" \\$C", '\\', []string{"B@7"}},
		{"\"'$A'\"", '\\', []string{"A@3"}},
		{"`$A $B", '`', []string{"B@5"}},
		{"$1 $@ $$ $", '\\', nil},
		{"$ÄB", '\\', []string{"ÄB@1"}},
	} {
		var got []string
		for _, r := range VarRefs(tc.word, tc.escape) {
			if tc.word[r.NameStart:r.NameEnd] != r.Name {
				t.Errorf("%q: %q at %d:%d is %q", tc.word, r.Name, r.NameStart, r.NameEnd, tc.word[r.NameStart:r.NameEnd])
			}
			got = append(got, r.Name+"@"+strconv.Itoa(r.NameStart))
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("VarRefs(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestHeredocVarRefs(t *testing.T) {
	var got []string
	for _, r := range HeredocVarRefs("echo '$A' \"$B\" \\$C ${D}\n") {
		got = append(got, r.Name)
	}
	if want := []string{"A", "B", "D"}; !reflect.DeepEqual(got, want) {
		t.Errorf("HeredocVarRefs = %v, want %v", got, want)
	}
}

func TestMayReadVariable(t *testing.T) {
	f := mustParse(t, "FROM a\nENV A=1\nENV B=$A\nCOPY <<EOT /x\n$HOME\nEOT\nRUN \\\n  echo ${X}\n")
	for i, want := range []bool{false, false, true, true, true} {
		if got := f.MayReadVariable(f.Instructions[i]); got != want {
			t.Errorf("instruction %d: MayReadVariable = %v, want %v", i, got, want)
		}
	}
}

func TestMentions(t *testing.T) {
	in := mustParse(t, "FROM a\nENV A=1 \\\n  B=$C\n").Instructions[1]
	for s, want := range map[string]bool{"A": true, "B=$C": true, "C": true, "1 B": false, "D": false} {
		if got := in.Mentions(s); got != want {
			t.Errorf("Mentions(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFirstArgHas(t *testing.T) {
	f := mustParse(t, "FROM a\nLABEL a=b c=d\nLABEL \"k v\" x=y\nENV K V=1\nCMD [\"a=b\"]\n")
	for i, want := range []bool{false, true, false, false, true} {
		in := f.Instructions[i]
		if got := in.FirstArgHas('='); got != want {
			t.Errorf("instruction %d: FirstArgHas('=') = %v, want %v", i, got, want)
		}
		in.Args() // scanned: the same answer from the words
		if got := in.FirstArgHas('='); got != want {
			t.Errorf("instruction %d, scanned: FirstArgHas('=') = %v, want %v", i, got, want)
		}
	}
}
