package osv

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSkim(t *testing.T) {
	tests := []struct {
		in      string
		want    skimRecord
		wantErr string
	}{
		{`{"id": "A", "affected": [{"package": {"name": "curl", "ecosystem": "Debian:12", "purl": "x"}, "ranges": []}]}`,
			skimRecord{ID: "A", Affected: []skimPackage{{"Debian:12", "curl"}}}, ""},
		{`{"affected": [{"ranges": [{"events": [{"introduced": "0"}]}], "package": {"ecosystem": "Alpine:v3.20", "name": "openssl"}},
		   {"package": {"name": "libssl3", "ecosystem": "Alpine:v3.20"}}], "id": "B", "details": "x\"y\\u00e9\n"}`,
			skimRecord{ID: "B", Affected: []skimPackage{{"Alpine:v3.20", "openssl"}, {"Alpine:v3.20", "libssl3"}}}, ""},
		{`{"id": "C\u002d1", "affected": null, "x": [1, -2.5e+3, true, false, null, {"a": []}]}`, skimRecord{ID: "C-1"}, ""},
		{`{"i\u0064": "D", "affected": [{"package": null}]}`, skimRecord{ID: "D", Affected: []skimPackage{{}}}, ""},
		{` {"id": "E"} ` + "\n", skimRecord{ID: "E"}, ""},
		{`{"ID": "F"}`, skimRecord{}, ""}, // keys match exactly, as in protojson
		{`{"id": "A", "affected": [`, skimRecord{}, "unexpected end of JSON input"},
		{`{"id": "A"`, skimRecord{}, "unexpected end of JSON input"},
		{`{"id": "A",}`, skimRecord{}, "invalid character '}'"},
		{`{"id": "A"} x`, skimRecord{}, "after the top-level value"},
		{`{"id": 5}`, skimRecord{}, `field "id" holds a JSON number`},
		{`{"affected": {"package": "curl"}}`, skimRecord{}, `field "affected" holds a JSON object`},
		{`{"affected": [{"package": {"name": ["curl"]}}]}`, skimRecord{}, `field "name" holds a JSON array`},
		{`{"id": "tab	inside"}`, skimRecord{}, "in a string"},
		{`{"id": "\x"}`, skimRecord{}, "in a string escape"},
		{`{"x": 01}`, skimRecord{}, "invalid character '1'"},
		{`{"x": tru}`, skimRecord{}, "in literal true"},
		{`[]`, skimRecord{}, "looking for the beginning of the record"},
		{`null`, skimRecord{}, "looking for the beginning of the record"},
		{``, skimRecord{}, "unexpected end of JSON input"},
		{`{"x": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, skimRecord{}, "nested more than 10000 deep"},
	}
	for _, tt := range tests {
		got, err := skim([]byte(tt.in))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("skim(%.60q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("skim(%.60q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

// TestSkimTestdata: the records read as encoding/json reads them.
func TestSkimTestdata(t *testing.T) {
	for _, r := range testRecords(t) {
		checkSkimAgainstJSON(t, r.data)
	}
}

// checkSkimAgainstJSON: skim accepts what json.Valid accepts, and reads
// what encoding/json reads from a record of the right shape.
func checkSkimAgainstJSON(t *testing.T, data []byte) {
	t.Helper()
	got, err := skim(data)
	if !json.Valid(data) {
		if err == nil {
			t.Errorf("skim accepts invalid JSON %q", data)
		}
		return
	}
	var want struct {
		ID       *string `json:"id"`
		Affected []struct {
			Package *struct {
				Ecosystem *string `json:"ecosystem"`
				Name      *string `json:"name"`
			} `json:"package"`
		} `json:"affected"`
	}
	if json.Unmarshal(data, &want) != nil || caseFolded(data) {
		return // another shape, or keys only encoding/json's case-insensitive match reads
	}
	if err != nil {
		t.Errorf("skim(%q): %v; encoding/json reads it", data, err)
		return
	}
	wantRec := skimRecord{}
	if want.ID != nil {
		wantRec.ID = *want.ID
	}
	for _, a := range want.Affected {
		var p skimPackage
		if a.Package != nil && a.Package.Name != nil {
			p.Name = *a.Package.Name
		}
		if a.Package != nil && a.Package.Ecosystem != nil {
			p.Ecosystem = *a.Package.Ecosystem
		}
		wantRec.Affected = append(wantRec.Affected, p)
	}
	if !reflect.DeepEqual(got, wantRec) {
		t.Errorf("skim(%q) = %+v, encoding/json reads %+v", data, got, wantRec)
	}
}

// caseFolded reports a key of skimRecord's spelt in another case.
func caseFolded(data []byte) bool {
	lower := strings.ToLower(string(data))
	for _, k := range []string{`"id"`, `"affected"`, `"package"`, `"name"`, `"ecosystem"`} {
		if strings.Count(lower, k) != strings.Count(string(data), k) {
			return true
		}
	}
	return false
}

// TestSkimMutations: random edits of the testdata records (cut short,
// characters of JSON's syntax dropped, added, replaced) are read as
// encoding/json reads them.
func TestSkimMutations(t *testing.T) {
	var seeds [][]byte
	for _, r := range testRecords(t) {
		seeds = append(seeds, r.data)
	}
	alphabet := []byte("{}[]\":,\\ntrufalse0123456789-+.eE \t\x01u")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		d := bytes.Clone(seeds[i%len(seeds)])
		if len(d) > 300 {
			start := rng.IntN(len(d) - 300)
			d = d[start : start+rng.IntN(300)]
		}
		for range 1 + rng.IntN(3) {
			if len(d) == 0 {
				break
			}
			j := rng.IntN(len(d))
			c := alphabet[rng.IntN(len(alphabet))]
			switch rng.IntN(3) {
			case 0:
				d[j] = c
			case 1:
				d = append(d[:j], d[j+1:]...)
			case 2:
				d = slices.Insert(d, j, c)
			}
		}
		checkSkimAgainstJSON(t, d)
		if t.Failed() {
			return
		}
	}
}

func FuzzSkim(f *testing.F) {
	for _, r := range testRecords(f) {
		f.Add(r.data)
	}
	f.Add([]byte(`{"id": "A", "affected": [{"package": {"name": "a\u00e9", "ecosystem": "Debian:12"}}], "n": -0.5E-3}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSkimAgainstJSON(t, data)
	})
}
