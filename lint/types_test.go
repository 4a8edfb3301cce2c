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

func TestDocURL(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"DF101", "https://github.com/dockerfix/dockerfix/blob/main/rules/docs/DF101.md"},
		{"DF000", "https://github.com/dockerfix/dockerfix/blob/main/rules/docs/DF000.md"},
	} {
		if got := (&Rule{ID: tc.id}).DocURL(); got != tc.want {
			t.Errorf("DocURL of %s = %q, want %q", tc.id, got, tc.want)
		}
	}
}
