package osv

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var curlRecord = []byte(`{"id": "DEBIAN-CVE-2023-38545", "modified": "2025-09-30T08:02:15Z", "upstream": ["CVE-2023-38545"],
 "affected": [{"package": {"name": "curl", "ecosystem": "Debian:12"},
  "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "7.88.1-10+deb12u4"}]}]}]}`)

// tree lists the files under dir, relative to it.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// rawZip writes one entry with the header given, its bytes as they are.
func rawZip(t *testing.T, h *zip.FileHeader, raw []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	f, err := w.CreateRaw(h)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(raw); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func deflated(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

// TestHostileArchives: each damaged or hostile archive gets one error that
// names it, the process survives, and nothing is written anywhere.
func TestHostileArchives(t *testing.T) {
	bigJSON := append(append([]byte(`{"id": "BIG", "details": "`), bytes.Repeat([]byte("A"), 3<<20)...), `"}`...)
	tests := []struct {
		name   string
		zip    func(t *testing.T) []byte
		limits Limits
		want   string // in the error, after the archive's path
	}{
		{"path traversal", func(t *testing.T) []byte {
			return zipBytes(t, []zipEntry{{"DEBIAN-CVE-2023-38545.json", curlRecord}, {"../../evil.json", curlRecord}})
		}, Limits{}, `entry "../../evil.json" is not a plain file name (path traversal?)`},
		{"absolute name", func(t *testing.T) []byte {
			return zipBytes(t, []zipEntry{{"/etc/cron.d/evil.json", curlRecord}})
		}, Limits{}, "path traversal"},
		{"backslash traversal", func(t *testing.T) []byte {
			return zipBytes(t, []zipEntry{{`..\..\evil.json`, curlRecord}})
		}, Limits{}, "path traversal"},
		{"subdirectory", func(t *testing.T) []byte {
			return zipBytes(t, []zipEntry{{"sub/DEBIAN-CVE-2023-38545.json", curlRecord}})
		}, Limits{}, "not a plain file name"},
		{"zip bomb: one entry over the limit", func(t *testing.T) []byte {
			return zipBytes(t, []zipEntry{{"BIG.json", bigJSON}})
		}, Limits{EntryBytes: 1 << 20}, "over the limit of 1048576 per record (zip bomb?)"},
		{"zip bomb: the header lies about the size", func(t *testing.T) []byte {
			h := &zip.FileHeader{Name: "BIG.json", Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(bigJSON), UncompressedSize64: 100}
			raw := deflated(t, bigJSON)
			h.CompressedSize64 = uint64(len(raw))
			return rawZip(t, h, raw)
		}, Limits{EntryBytes: 1 << 20}, "BIG.json: "},
		{"zip bomb: too much in all", func(t *testing.T) []byte {
			var entries []zipEntry
			for _, n := range []string{"A", "B", "C"} {
				entries = append(entries, zipEntry{n + ".json", bigJSON})
			}
			return zipBytes(t, entries)
		}, Limits{EntryBytes: 4 << 20, TotalBytes: 8 << 20}, "over 8388608 bytes uncompressed in all (zip bomb?)"},
		{"truncated archive", func(t *testing.T) []byte {
			z := zipBytes(t, []zipEntry{{"DEBIAN-CVE-2023-38545.json", curlRecord}, {"B.json", bigJSON}})
			return z[:len(z)/2]
		}, Limits{}, "not a readable zip archive (truncated or corrupt)"},
		{"corrupt entry data", func(t *testing.T) []byte {
			z := zipBytes(t, []zipEntry{{"DEBIAN-CVE-2023-38545.json", curlRecord}})
			// Flip bytes inside the compressed data, after the 30-byte
			// local header and the name.
			for i := 30 + len("DEBIAN-CVE-2023-38545.json") + 4; i < 30+len("DEBIAN-CVE-2023-38545.json")+24; i++ {
				z[i] ^= 0x55
			}
			return z
		}, Limits{}, "DEBIAN-CVE-2023-38545.json: "},
		{"CRC mismatch", func(t *testing.T) []byte {
			h := &zip.FileHeader{Name: "DEBIAN-CVE-2023-38545.json", Method: zip.Store, CRC32: crc32.ChecksumIEEE(curlRecord) + 1,
				CompressedSize64: uint64(len(curlRecord)), UncompressedSize64: uint64(len(curlRecord))}
			return rawZip(t, h, curlRecord)
		}, Limits{}, "DEBIAN-CVE-2023-38545.json: CRC-32 mismatch (corrupt)"},
		{"malformed JSON", func(t *testing.T) []byte {
			return zipBytes(t, []zipEntry{{"DEBIAN-CVE-2023-38545.json", curlRecord}, {"DEBIAN-CVE-2024-0001.json", []byte(`{"id": "DEBIAN-CVE-2024-0001", "affected": [`)}})
		}, Limits{}, "DEBIAN-CVE-2024-0001.json: malformed record: unexpected end of JSON input"},
		{"JSON of the wrong shape", func(t *testing.T) []byte {
			return zipBytes(t, []zipEntry{{"X.json", []byte(`{"id": "X", "affected": {"package": "curl"}}`)}})
		}, Limits{}, "X.json: malformed record: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "db")
			zipPath := filepath.Join(dir, "Debian", "all.zip")
			writeFile(t, zipPath, tt.zip(t))
			indexDir := filepath.Join(root, "index")
			db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: indexDir, Limits: tt.limits})
			defer db.Close()
			for range 2 { // the error stays the same for later queries
				_, err := db.Vulnerabilities(context.Background(), "Debian:12", "curl", "7.88.1-10")
				if err == nil || errors.Is(err, ErrNoData) {
					t.Fatalf("got %v, want an error", err)
				}
				msg := err.Error()
				if !strings.HasPrefix(msg, "osv: "+zipPath+": ") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
					t.Errorf("error %q\nwant one line naming %s and saying %q", msg, zipPath, tt.want)
				}
			}
			if files := tree(t, root); !slices.Equal(files, []string{"db/Debian/all.zip"}) {
				t.Errorf("files after a hostile archive: %q", files)
			}
		})
	}
}

// TestUnknownEcosystem: entries for another ecosystem than the archive's
// are skipped and counted in one warning naming the archive; the rest of
// the archive still answers.
func TestUnknownEcosystem(t *testing.T) {
	dir := t.TempDir()
	zipPath := filepath.Join(dir, "Debian", "all.zip")
	writeFile(t, zipPath, zipBytes(t, []zipEntry{
		{"DEBIAN-CVE-2023-38545.json", curlRecord},
		{"DEBIAN-CVE-2099-0001.json", []byte(`{"id": "DEBIAN-CVE-2099-0001", "affected": [
			{"package": {"name": "curl", "ecosystem": "Debain:12"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]},
			{"package": {"name": "left-pad", "ecosystem": "npm"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}`)},
	}))
	for run := range 2 { // from the archive, then from the cached index
		db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
		ms, err := db.Vulnerabilities(context.Background(), "Debian:12", "curl", "7.88.1-10")
		if err != nil || !slices.Equal(IDs(ms), []string{"DEBIAN-CVE-2023-38545"}) {
			t.Errorf("run %d: %q, %v", run, IDs(ms), err)
		}
		want := zipPath + `: skipped 2 affected entries for an ecosystem other than Debian (first: DEBIAN-CVE-2099-0001.json: "Debain:12")`
		if w := db.Warnings(); !slices.Equal(w, []string{want}) {
			t.Errorf("run %d: warnings %q\nwant %q", run, w, want)
		}
		db.Close()
	}
}

// TestUndecodableRecord: JSON the index accepts but the OSV schema does
// not (a timestamp that is not one) fails the query that needs it, naming
// the archive and the entry.
func TestUndecodableRecord(t *testing.T) {
	dir := t.TempDir()
	zipPath := filepath.Join(dir, "Debian", "all.zip")
	writeFile(t, zipPath, zipBytes(t, []zipEntry{
		{"DEBIAN-CVE-2023-38545.json", bytes.Replace(curlRecord, []byte("2025-09-30T08:02:15Z"), []byte("yesterday"), 1)},
	}))
	db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
	defer db.Close()
	_, err := db.Vulnerabilities(context.Background(), "Debian:12", "curl", "7.88.1-10")
	if err == nil || !strings.HasPrefix(err.Error(), "osv: "+zipPath+": DEBIAN-CVE-2023-38545.json: malformed record: ") {
		t.Errorf("got %v", err)
	}
}

// TestCorruptIndex: an index that is damaged, cut short, of another format
// or not an index at all is rebuilt, and the answers stay right.
func TestCorruptIndex(t *testing.T) {
	damage := map[string]func([]byte) []byte{
		"flipped byte": func(b []byte) []byte { b[len(b)/2] ^= 1; return b },
		"truncated":    func(b []byte) []byte { return b[:len(b)/3] },
		"old format":   func(b []byte) []byte { copy(b, "DFXOSV00"); return b },
		"garbage":      func([]byte) []byte { return []byte("not an index") },
		"empty":        func([]byte) []byte { return nil },
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			dir := testDB(t)
			indexPath := filepath.Join(dir, "Debian", "all.zip.dockerfix-index")
			db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
			checkCases(t, db)
			db.Close()
			good, err := os.ReadFile(indexPath)
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, indexPath, f(bytes.Clone(good)))
			db = NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
			defer db.Close()
			checkCases(t, db)
			if again, _ := os.ReadFile(indexPath); !bytes.Equal(again, good) {
				t.Error("the index was not rewritten")
			}
		})
	}
}

// FuzzParseIndex: no bytes make reading an index, or looking up in one
// it accepts, crash.
func FuzzParseIndex(f *testing.F) {
	b := &indexBuilder{keys: map[string][]uint32{"curl\x00Debian:12": {0}, "openssl\x00Debian:12": {0, 1}}}
	b.entries = []entry{{offset: 40, csize: 10, size: 20, name: "A.json"}, {offset: 90, csize: 10, size: 20, name: "B.json"}}
	f.Add(b.encode(1000, 1))
	f.Add([]byte(indexMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		ix, err := parseIndex(data)
		if err != nil {
			return
		}
		for _, pkg := range []string{"curl", "openssl", ""} {
			for _, i := range ix.lookup("Debian:12", pkg) {
				ix.entry(i)
			}
		}
	})
}

// FuzzArchive: no archive makes indexing crash.
func FuzzArchive(f *testing.F) {
	f.Add(zipBytes(f, []zipEntry{{"DEBIAN-CVE-2023-38545.json", curlRecord}}))
	f.Add([]byte("PK\x05\x06"))
	f.Fuzz(func(t *testing.T, data []byte) {
		buildIndex(bytes.NewReader(data), int64(len(data)), "Debian", Limits{EntryBytes: 1 << 20, TotalBytes: 4 << 20})
	})
}
