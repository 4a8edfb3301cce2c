package lint

import "testing"

// TestLastBefore: the WORKDIR or SHELL an instruction inherits comes from
// its own stage before it, else from the stages it is built from; an
// unrelated stage does not count.
func TestLastBefore(t *testing.T) {
	f := mustParse(t, `FROM alpine AS base
WORKDIR /a
SHELL ["/bin/ash", "-c"]
WORKDIR /b
FROM alpine AS other
WORKDIR /c
FROM base AS child
RUN one
WORKDIR /d
RUN two
FROM other
FROM scratch
RUN three
`)
	line := func(in *Instruction) int {
		if in == nil {
			return 0
		}
		return in.StartLine
	}
	at := func(n int) *Instruction { return f.InstructionAt(n) }
	for _, tc := range []struct {
		stage    int
		in       *Instruction
		keywords []string
		want     int // line of the instruction found; 0 for none
	}{
		{0, at(2), []string{"WORKDIR"}, 0},      // not itself
		{0, at(4), []string{"WORKDIR"}, 2},      // the one before
		{0, nil, []string{"WORKDIR"}, 4},        // by the stage's end
		{2, at(8), []string{"WORKDIR"}, 4},      // from the parent stage
		{2, at(10), []string{"WORKDIR"}, 9},     // its own first
		{2, at(8), []string{"SHELL"}, 3},        // SHELL likewise
		{2, at(8), []string{"shell", "RUN"}, 3}, // keywords in any case; the first of either
		{3, nil, []string{"WORKDIR"}, 6},        // FROM other
		{4, at(13), []string{"WORKDIR"}, 0},     // scratch inherits nothing
	} {
		if got := line(f.Stages[tc.stage].LastBefore(tc.in, tc.keywords...)); got != tc.want {
			t.Errorf("stage %d, before line %d, %v: line %d, want %d", tc.stage, line(tc.in), tc.keywords, got, tc.want)
		}
	}
}
