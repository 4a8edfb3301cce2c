package lint

import "testing"

func TestFixKindString(t *testing.T) {
	for k, want := range map[FixKind]string{
		FixNone:   "none",
		FixSafe:   "safe",
		FixUnsafe: "unsafe",
		FixMixed:  "mixed",
	} {
		if got := k.String(); got != want {
			t.Errorf("FixKind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}
