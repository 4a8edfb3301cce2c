package lint

import (
	"strings"
	"testing"
)

// TestRunValidates checks that Run refuses a diagnostic whose range or
// related range lies outside the file, and keeps a valid one.
func TestRunValidates(t *testing.T) {
	const src = "FROM alpine:3.20\nCMD a\nCMD b\n" // 29 bytes
	for _, tc := range []struct {
		name    string
		d       Diagnostic
		wantErr string // "" = accepted
	}{
		{"valid", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{23, 28}, "later"}}}, ""},
		{"related at end of file", Diagnostic{Range: Range{0, 4}, Related: []Related{{Range{29, 29}, "end"}}}, ""},
		{"range past end", Diagnostic{Range: Range{17, 30}}, "range {17 30} out of bounds"},
		{"range inverted", Diagnostic{Range: Range{5, 4}}, "range {5 4} out of bounds"},
		{"related past end", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{23, 40}, "later"}}},
			`related range {23 40} ("later") out of bounds`},
		{"related negative", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{-1, 3}, "x"}}},
			`related range {-1 3} ("x") out of bounds`},
		{"related inverted", Diagnostic{Range: Range{17, 22}, Related: []Related{{Range{0, 4}, "ok"}, {Range{9, 8}, "y"}}},
			`related range {9 8} ("y") out of bounds`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rule := &Rule{ID: "T1", Name: "t", Severity: Warning, Check: func(p *Pass) { p.Report(tc.d) }}
			diags, err := Run(mustParse(t, src), []*Rule{rule}, nil)
			if tc.wantErr == "" {
				if err != nil || len(diags) != 1 || len(diags[0].Related) != len(tc.d.Related) {
					t.Errorf("got %v, %v; want the diagnostic with its related locations", diags, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "rule T1: "+tc.wantErr) || len(diags) != 0 {
				t.Errorf("got %v, %v; want no diagnostic and error %q", diags, err, tc.wantErr)
			}
		})
	}
}
