package lint

import "testing"

func TestKeywordsLower(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		lower     bool
	}{
		{"upper", "FROM a\nRUN x\n", false},
		{"lower", "from a\nrun x\n", true},
		{"majority lower", "FROM a\nrun x\ncopy a b\n", true},
		{"tie is upper", "from a\nRUN x\n", false},
		{"mixed case not counted", "From a\nRun x\nrun y\n", true},
		{"global ARGs not counted", "arg A\narg B\nFROM a\n", false},
		{"ONBUILD's own keyword only", "from a\nONBUILD RUN x\nONBUILD RUN y\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := mustParse(t, tc.src)
			if got := f.KeywordsLower(); got != tc.lower {
				t.Errorf("KeywordsLower() = %v, want %v", got, tc.lower)
			}
			want := "LABEL"
			if tc.lower {
				want = "label"
			}
			if got := f.CaseKeyword("Label"); got != want {
				t.Errorf("CaseKeyword(Label) = %q, want %q", got, want)
			}
		})
	}
}

func TestKeywordText(t *testing.T) {
	f := mustParse(t, "FROM a\n  Run \\\n  x\nonbuild RUN y\n")
	for i, want := range []string{"FROM", "Run", "onbuild"} {
		if got := f.Instructions[i].KeywordText(); got != want {
			t.Errorf("instruction %d: KeywordText() = %q, want %q", i, got, want)
		}
	}
}
