package rules

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/osv"
)

// testOSVRecord is a record of testdata/osv: its ID, the ecosystems it
// names packages in, and its JSON.
type testOSVRecord struct {
	id       string
	affected []struct{ name, ecosystem string }
	data     []byte
}

func testOSVRecords(t testing.TB) []testOSVRecord {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "osv", "*.json"))
	more, _ := filepath.Glob(filepath.Join("testdata", "osv", "*", "*.json")) // npm's, for DF302/DF303
	paths = append(paths, more...)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata/osv records: %v", err)
	}
	var recs []testOSVRecord
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var head struct {
			ID       string `json:"id"`
			Affected []struct {
				Package struct{ Name, Ecosystem string } `json:"package"`
			} `json:"affected"`
		}
		if err := json.Unmarshal(data, &head); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		r := testOSVRecord{id: head.ID, data: data}
		for _, a := range head.Affected {
			r.affected = append(r.affected, struct{ name, ecosystem string }{a.Package.Name, a.Package.Ecosystem})
		}
		recs = append(recs, r)
	}
	return recs
}

// testOSVDB writes testdata/osv's records as OSV publishes them, one
// DIR/<Ecosystem>/all.zip per base ecosystem, and opens them.
func testOSVDB(t testing.TB) *osv.LocalDB {
	t.Helper()
	dir := t.TempDir()
	byBase := map[string][]testOSVRecord{}
	for _, r := range testOSVRecords(t) {
		var bases []string
		for _, a := range r.affected {
			if b := osv.Base(a.ecosystem); !slices.Contains(bases, b) {
				bases = append(bases, b)
			}
		}
		for _, b := range bases {
			byBase[b] = append(byBase[b], r)
		}
	}
	for base, recs := range byBase {
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		for _, r := range recs {
			f, err := w.Create(r.id + ".json")
			if err != nil {
				t.Fatal(err)
			}
			f.Write(r.data)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, base), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, base, "all.zip"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := osv.NewLocal(osv.LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
	t.Cleanup(func() { db.Close() })
	return db
}

// fakeOSVAPI serves testdata/osv's records as the OSV API does, on
// 127.0.0.1: querybatch answers with the IDs of the records naming the
// package in the ecosystem, /v1/vulns/ID with the record.
func fakeOSVAPI(t testing.TB) *osv.Online {
	t.Helper()
	recs := testOSVRecords(t)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/querybatch", func(w http.ResponseWriter, r *http.Request) {
		var q struct {
			Queries []struct {
				Package struct{ Name, Ecosystem string } `json:"package"`
			} `json:"queries"`
		}
		if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		type ref struct {
			ID       string `json:"id"`
			Modified string `json:"modified"`
		}
		type result struct {
			Vulns []ref `json:"vulns"`
		}
		var answer struct {
			Results []result `json:"results"`
		}
		for _, qq := range q.Queries {
			var res result
			for _, rec := range recs {
				for _, a := range rec.affected {
					if a.name == qq.Package.Name && osv.Matches(qq.Package.Ecosystem, a.ecosystem) {
						res.Vulns = append(res.Vulns, ref{ID: rec.id, Modified: "2025-10-02T08:44:10Z"})
						break
					}
				}
			}
			answer.Results = append(answer.Results, res)
		}
		json.NewEncoder(w).Encode(answer)
	})
	mux.HandleFunc("GET /v1/vulns/{id}", func(w http.ResponseWriter, r *http.Request) {
		for _, rec := range recs {
			if rec.id == r.PathValue("id") {
				w.Write(rec.data)
				return
			}
		}
		http.NotFound(w, r)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return osv.NewOnline(osv.OnlineOptions{BaseURL: srv.URL, HTTPClient: srv.Client(), Backoff: -1})
}

// TestPiecemealSameFromAPI: the OSV API gives DF301 the same findings and
// fixes as the local database, on every testdata file that uses OSV.
func TestPiecemealSameFromAPI(t *testing.T) {
	api := fakeOSVAPI(t)
	files := ruleTestdata(t, PiecemealOSPackage.ID)
	checked := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		o := parseOptions(t, src)
		if !o.osv {
			continue
		}
		local := lintRuleFile(t, PiecemealOSPackage, file, src, o)
		env := ruleEnv(t, o, filepath.Dir(file))
		env.OSV = &OSV{Source: api}
		_, diags, err := lint.Check(file, src, []*lint.Rule{PiecemealOSPackage}, env)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(diags, local.diags) {
			t.Errorf("%s: the API's findings differ from the local database's:\napi:   %+v\nlocal: %+v", file, diags, local.diags)
		}
		checked++
	}
	if checked < 5 {
		t.Errorf("only %d testdata files use OSV", checked)
	}
}

// TestOSVAdapter: the adapter maps installed names to OSV's, weighs each
// record against the version, and says "no data" distinctly, once per
// ecosystem.
func TestOSVAdapter(t *testing.T) {
	var mu sync.Mutex
	var notices []string
	o := &OSV{Source: testOSVDB(t), Notice: func(s string) {
		mu.Lock()
		notices = append(notices, s)
		mu.Unlock()
	}}
	eco, ok := o.Ecosystem(lint.OSRelease{Product: "debian", Release: "12"})
	if !ok || eco != "Debian:12" {
		t.Fatalf("Ecosystem(debian 12) = %q, %v", eco, ok)
	}
	if _, ok := o.Ecosystem(lint.OSRelease{Product: "amazonlinux", Release: "2"}); ok {
		t.Error("amazonlinux has an OSV ecosystem")
	}
	adv, err := o.Advisories("Debian:12", "libssl3", "3.0.14-1~deb12u1")
	if err != nil {
		t.Fatal(err)
	}
	if adv.Source != "openssl" {
		t.Errorf("source of libssl3 = %q, want openssl", adv.Source)
	}
	affects := map[string]bool{}
	for _, a := range adv.Advisories {
		affects[a.ID] = a.Affects
	}
	want := map[string]bool{ // DEBIAN-CVE-2023-0001 was withdrawn
		"DEBIAN-CVE-2024-5535": false, // fixed in 3.0.14-1~deb12u1
		"DEBIAN-CVE-2024-6119": true,  // fixed in 3.0.14-1~deb12u2
		"DEBIAN-CVE-2025-9230": true,  // a record with fields newer than the bindings, kept
		"DEBIAN-CVE-2025-9231": true,
	}
	if !reflect.DeepEqual(affects, want) {
		t.Errorf("affects = %v, want %v", affects, want)
	}
	for _, eco := range []string{"AlmaLinux:9", "AlmaLinux:8"} {
		_, err = o.Advisories(eco, "openssl-libs", "")
		if !errors.Is(err, lint.ErrNoOSVData) || !errors.Is(err, osv.ErrNoData) {
			t.Errorf("%s: error %v, want no data", eco, err)
		}
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "no OSV database for AlmaLinux") {
		t.Errorf("notices = %q, want one about AlmaLinux", notices)
	}
}
