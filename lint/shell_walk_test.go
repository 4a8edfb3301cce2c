package lint

import (
	"reflect"
	"testing"
)

// TestScriptWalk: Calls, Commands and Pipes come from one walk of the RUN's
// syntax tree, nested commands included.
func TestScriptWalk(t *testing.T) {
	for _, tc := range []struct {
		run      string
		commands []string // Commands' names, "" for a non-literal program
		pipes    []string // each pipe as its source text
	}{
		{"RUN a && b", []string{"a", "b"}, nil},
		{"RUN curl -s x | sudo tar -x", []string{"curl", "tar"}, []string{"curl -s x | sudo tar -x"}},
		{"RUN a | b |& c", []string{"a", "b", "c"}, []string{"a | b |& c", "a | b"}},
		{"RUN a || b", []string{"a", "b"}, nil},
		{"RUN x=$(dpkg --print-architecture | cut -d- -f1) && $CC", []string{"dpkg", "cut", ""}, []string{"dpkg --print-architecture | cut -d- -f1"}},
		{"RUN if true; then (cd /x && make); fi", []string{"true", "cd", "make"}, nil},
		{"RUN X=1", nil, nil},
	} {
		f := mustParse(t, "FROM a\n"+tc.run+"\n")
		sc := f.Instructions[1].Shell(f)
		if sc == nil {
			t.Fatalf("%q does not parse", tc.run)
		}
		var names []string
		for _, c := range sc.Commands() {
			names = append(names, c.Name)
		}
		if len(sc.Commands()) != len(sc.Calls()) {
			t.Errorf("%q: %d commands for %d calls", tc.run, len(sc.Commands()), len(sc.Calls()))
		}
		var pipes []string
		for _, p := range sc.Pipes() {
			pipes = append(pipes, f.Text(sc.Range(p)))
		}
		if !reflect.DeepEqual(names, tc.commands) || !reflect.DeepEqual(pipes, tc.pipes) {
			t.Errorf("%q: commands %q, pipes %q; want %q, %q", tc.run, names, pipes, tc.commands, tc.pipes)
		}
	}
}
