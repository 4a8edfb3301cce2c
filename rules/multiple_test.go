package rules

import (
	"testing"

	"github.com/dockerfix/dockerfix/lint"
)

// TestMultipleInstructionsRelated: each overridden instruction points at
// the one that takes effect, which the harness's wants cannot express.
func TestMultipleInstructionsRelated(t *testing.T) {
	src := "FROM alpine:3.24\nCMD a\nENTRYPOINT [\"x\"]\nCMD b\nENTRYPOINT [\"tini\", \\\n    \"--\"]\nCMD c\n"
	f, diags, err := lint.Check("Dockerfile", []byte(src), []*lint.Rule{MultipleInstructions}, nil)
	if err != nil {
		t.Fatal(err)
	}
	type finding struct{ at, related, message string }
	want := []finding{
		{"CMD a", "CMD c", "overridden by this CMD"},
		{`ENTRYPOINT ["x"]`, "ENTRYPOINT [\"tini\", \\\n    \"--\"]", "overridden by this ENTRYPOINT"},
		{"CMD b", "CMD c", "overridden by this CMD"},
	}
	text := func(r lint.Range) string { return string(f.Src[r.Start:r.End]) }
	if len(diags) != len(want) {
		t.Fatalf("got %d diagnostics, want %d: %v", len(diags), len(want), diags)
	}
	for i, d := range diags {
		if len(d.Related) != 1 {
			t.Errorf("%q: %d related locations, want 1", text(d.Range), len(d.Related))
			continue
		}
		got := finding{text(d.Range), text(d.Related[0].Range), d.Related[0].Message}
		if got != want[i] {
			t.Errorf("finding %d = %q, want %q", i, got, want[i])
		}
	}
}
