package osv

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// zipEntry is one file of a test archive.
type zipEntry struct {
	name string
	data []byte
}

// zipBytes lays entries out as a deflated zip archive.
func zipBytes(t testing.TB, entries []zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		f, err := w.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(e.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// testRecord is a record of testdata/records as OSV's exporter files it.
type testRecord struct {
	id    string
	bases []string // base ecosystems of its affected entries
	data  []byte
}

func testRecords(t testing.TB) []testRecord {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "records", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata records: %v", err)
	}
	var recs []testRecord
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := skim(data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		r := testRecord{id: rec.ID, data: data}
		for _, a := range rec.Affected {
			if b := Base(a.Ecosystem); !slices.Contains(r.bases, b) {
				r.bases = append(r.bases, b)
			}
		}
		recs = append(recs, r)
	}
	return recs
}

// testDB writes the testdata records as OSV publishes them, one
// DIR/<Ecosystem>/all.zip per base ecosystem with an <ID>.json per record,
// and returns DIR.
func testDB(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	byBase := map[string][]zipEntry{}
	for _, r := range testRecords(t) {
		for _, b := range r.bases {
			byBase[b] = append(byBase[b], zipEntry{r.id + ".json", r.data})
		}
	}
	for base, entries := range byBase {
		writeFile(t, filepath.Join(dir, base, "all.zip"), zipBytes(t, entries))
	}
	return dir
}
