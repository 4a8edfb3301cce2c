package lint

import (
	"reflect"
	"slices"
	"sort"
	"testing"
)

func TestExpandFrom(t *testing.T) {
	for _, tc := range []struct {
		name, src, word string
		result          string
		matched         []string
		unmatched       []string
	}{
		{"literal", "FROM a\n", "alpine:3.20", "alpine:3.20", nil, nil},
		{"global default", "ARG V=3.20\nFROM a\n", "alpine:$V", "alpine:3.20", []string{"V"}, nil},
		{"no default is unmatched", "ARG V\nFROM a\n", "alpine:${V}", "alpine:", nil, []string{"V"}},
		{"never declared", "FROM a\n", "alpine$TAG", "alpine", nil, []string{"TAG"}},
		{"built-in", "FROM a\n", "$TARGETPLATFORM", "linux/amd64", []string{"TARGETPLATFORM"}, nil},
		{"built-in kept by an ARG without default", "ARG TARGETARCH\nFROM a\n", "img-$TARGETARCH", "img-amd64", []string{"TARGETARCH"}, nil},
		{"built-in overridden by a default", "ARG TARGETARCH=arm64\nFROM a\n", "img-$TARGETARCH", "img-arm64", []string{"TARGETARCH"}, nil},
		{"defaults read earlier ones", "ARG A=x\nARG B=${A}y\nFROM a\n", "$B", "xy", []string{"B"}, nil},
		{"the last default wins", "ARG A=1\nARG A=2\nFROM a\n", "$A", "2", []string{"A"}, nil},
		{"modifier default", "ARG D\nFROM a\n", "scra${D:-tch}", "scratch", nil, []string{"D"}},
		{"quotes", "ARG V=\"3.20\"\nFROM a\n", "\"alpine:$V\"", "alpine:3.20", []string{"V"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := mustParse(t, tc.src)
			res, err := f.ExpandFrom(tc.word)
			if err != nil {
				t.Fatal(err)
			}
			if res.Result != tc.result {
				t.Errorf("result %q, want %q", res.Result, tc.result)
			}
			if got := sortedKeys(res.Matched); !reflect.DeepEqual(got, tc.matched) {
				t.Errorf("matched %v, want %v", got, tc.matched)
			}
			if got := sortedKeys(res.Unmatched); !reflect.DeepEqual(got, tc.unmatched) {
				t.Errorf("unmatched %v, want %v", got, tc.unmatched)
			}
		})
	}
}

func sortedKeys(m map[string]struct{}) []string {
	if len(m) == 0 {
		return nil
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestFromArgNames(t *testing.T) {
	f := mustParse(t, "ARG B=1 A\nARG TARGETARCH\nFROM a\nARG C\n")
	got := f.FromArgNames()
	for _, want := range []string{"A", "B", "TARGETARCH", "BUILDPLATFORM", "TARGETSTAGE"} {
		if !slices.Contains(got, want) {
			t.Errorf("FromArgNames() = %v, lacks %s", got, want)
		}
	}
	if slices.Contains(got, "C") {
		t.Errorf("FromArgNames() = %v holds C, an ARG of a stage", got)
	}
	if !sort.StringsAreSorted(got) || len(got) != 13 {
		t.Errorf("FromArgNames() = %v, want 13 sorted names", got)
	}
}

func TestIsBuiltinArg(t *testing.T) {
	for name, want := range map[string]bool{
		"TARGETPLATFORM": true, "BUILDOSVERSION": true, "TARGETSTAGE": true,
		"targetplatform": false, "HTTP_PROXY": false, "": false,
	} {
		if got := IsBuiltinArg(name); got != want {
			t.Errorf("IsBuiltinArg(%q) = %v, want %v", name, got, want)
		}
	}
}
