package ascii

import (
	"strings"
	"testing"

	"github.com/moby/buildkit/frontend/dockerfile/command"
)

func TestInstruction(t *testing.T) {
	if len(command.Commands) != len(instructionsLower) {
		t.Fatalf("BuildKit has %d instructions, the tables %d", len(command.Commands), len(instructionsLower))
	}
	for i, name := range instructionsLower {
		if _, ok := command.Commands[name]; !ok {
			t.Errorf("%q is not a BuildKit instruction", name)
		}
		if instructionsUpper[i] != strings.ToUpper(name) {
			t.Errorf("upper %q for %q", instructionsUpper[i], name)
		}
	}
	for _, tc := range []struct {
		s     string
		lower string
	}{
		{"run", "run"}, {"RUN", "run"}, {"Run", "run"}, {"aDd", "add"}, {"ARG", "arg"},
		{"healthcheck", "healthcheck"}, {"StopSignal", "stopsignal"}, {"workdir", "workdir"},
		{"ONBUILD", "onbuild"}, {"Entrypoint", "entrypoint"}, {"maintainer", "maintainer"},
		{"", ""}, {"ru", ""}, {"runx", ""}, {"rün", ""}, {"arx", ""}, {"adg", ""},
		{"\u212Aelvin", ""}, {"ſhell", ""}, {"fr0m", ""}, {"@dd", ""}, {"`dd", ""},
		{"healthcheckx", ""}, {"copy ", ""},
	} {
		lower, ok := LowerInstruction(tc.s)
		if lower != tc.lower || ok != (tc.lower != "") {
			t.Errorf("LowerInstruction(%q) = %q, %v; want %q", tc.s, lower, ok, tc.lower)
		}
		upper, ok := UpperInstruction(tc.s)
		if upper != strings.ToUpper(tc.lower) || ok != (tc.lower != "") {
			t.Errorf("UpperInstruction(%q) = %q, %v", tc.s, upper, ok)
		}
	}
	// Every instruction in every ASCII case mix of its first two letters.
	for _, name := range instructionsLower {
		for mask := range 4 {
			b := []byte(name)
			for k := range 2 {
				if mask&(1<<k) != 0 {
					b[k] -= 'a' - 'A'
				}
			}
			if got, ok := LowerInstruction(string(b)); !ok || got != name {
				t.Errorf("LowerInstruction(%q) = %q, %v", b, got, ok)
			}
		}
	}
}

// TestName: LowerName and UpperName are strings.ToLower and ToUpper, and
// allocate nothing for an instruction name.
func TestName(t *testing.T) {
	for _, s := range []string{"RUN", "From", "workdir", "HEALTHCHECK", "ONBUİLD", "\u212Aelvin", "bogus", ""} {
		if got := LowerName(s); got != strings.ToLower(s) {
			t.Errorf("LowerName(%q) = %q", s, got)
		}
		if got := UpperName(s); got != strings.ToUpper(s) {
			t.Errorf("UpperName(%q) = %q", s, got)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = LowerName("HealthCheck"), UpperName("run") }); n != 0 {
		t.Errorf("%v allocations for instruction names", n)
	}
}
