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
