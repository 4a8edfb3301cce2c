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

func TestReleaseChangeString(t *testing.T) {
	for _, tc := range []struct {
		c    ReleaseChange
		want string
	}{
		{ReleaseChange{Product: "node", From: "21", To: "24"}, "node 21 → 24"},
		{ReleaseChange{Product: "eclipse-temurin", FromProduct: "openjdk", From: "11", To: "11"}, "openjdk 11 → eclipse-temurin 11"},
		{ReleaseChange{From: "bookworm", To: "trixie"}, "bookworm → trixie"},
		// node:18-slim's Debian is not known: no "?" in the message.
		{ReleaseChange{Product: "debian", To: "13"}, "to debian 13"},
		{ReleaseChange{Product: "eclipse-temurin", FromProduct: "openjdk", To: "8"}, "openjdk → eclipse-temurin 8"},
		{ReleaseChange{Product: "mcr.microsoft.com/windows", From: "1909"}, "mcr.microsoft.com/windows 1909 → another release"},
		{ReleaseChange{Product: "debian"}, "debian changes"},
	} {
		if got := tc.c.String(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.c, got, tc.want)
		}
	}
}
