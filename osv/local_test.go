package osv

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// queryCase is one question and its answer from the testdata records;
// every Source must give the same.
type queryCase struct {
	ecosystem, pkg, version string
	ids                     []string
	fixed                   map[string][]string // by ID, when checked
}

var queryCases = []queryCase{
	// The pinned openssl of a Debian 12 image: three records affect it; the
	// withdrawn DEBIAN-CVE-2023-0001 is not among them, and
	// DEBIAN-CVE-2025-9230 carries fields newer than the bindings.
	{"Debian:12", "openssl", "3.0.11-1~deb12u2",
		[]string{"DEBIAN-CVE-2024-5535", "DEBIAN-CVE-2024-6119", "DEBIAN-CVE-2025-9230"},
		map[string][]string{"DEBIAN-CVE-2024-5535": {"3.0.14-1~deb12u1"}, "DEBIAN-CVE-2025-9230": {"3.0.17-1~deb12u3"}}},
	{"Debian:12", "openssl", "3.0.14-1~deb12u1", []string{"DEBIAN-CVE-2024-6119", "DEBIAN-CVE-2025-9230"}, nil},
	{"Debian:12", "openssl", "3.0.17-1~deb12u3", nil, nil},
	{"Debian:12", "openssl", "", []string{"DEBIAN-CVE-2024-5535", "DEBIAN-CVE-2024-6119", "DEBIAN-CVE-2025-9230"}, nil},
	{"Debian:11", "openssl", "1.1.1n-0+deb11u5", []string{"DEBIAN-CVE-2024-5535"},
		map[string][]string{"DEBIAN-CVE-2024-5535": {"1.1.1w-0+deb11u2"}}},
	{"Debian:13", "openssl", "3.3.1-2", []string{"DEBIAN-CVE-2024-6119", "DEBIAN-CVE-2025-9230"}, nil},
	// No release: every Debian release's entries, all their fixes.
	{"Debian", "openssl", "", []string{"DEBIAN-CVE-2024-5535", "DEBIAN-CVE-2024-6119", "DEBIAN-CVE-2025-9230"},
		map[string][]string{"DEBIAN-CVE-2024-5535": {"1.1.1w-0+deb11u2", "3.0.14-1~deb12u1", "3.3.1-2"}}},
	{"Debian:12", "glibc", "2.36-9+deb12u7", []string{"DEBIAN-CVE-2010-4756"},
		map[string][]string{"DEBIAN-CVE-2010-4756": nil}},
	{"Debian:12", "zlib", "1:1.2.13.dfsg-1", nil, nil},
	{"Debian:11", "zlib", "1:1.2.11.dfsg-2+deb11u1", []string{"DEBIAN-CVE-2022-37434"}, nil},
	{"Debian:12", "curl", "7.88.1-10+deb12u3", []string{"DEBIAN-CVE-2023-38545"}, nil},
	{"Debian:12", "no-such-package", "1.0-1", nil, nil},
	{"Alpine:v3.20", "openssl", "3.3.1-r0", []string{"ALPINE-CVE-2024-5535", "ALPINE-CVE-2024-9143"},
		map[string][]string{"ALPINE-CVE-2024-9143": {"3.3.2-r1"}}},
	{"Alpine:v3.20", "openssl", "3.3.2-r1", nil, nil},
	{"Alpine:v3.21", "openssl", "3.3.2-r0", []string{"ALPINE-CVE-2024-9143"}, nil},
	{"Ubuntu:22.04:LTS", "openssl", "3.0.2-0ubuntu1.15", []string{"UBUNTU-CVE-2024-5535"},
		map[string][]string{"UBUNTU-CVE-2024-5535": {"3.0.2-0ubuntu1.18"}}},
	// Ubuntu Pro's fix is not the public archive's.
	{"Ubuntu:18.04:LTS", "openssl", "1.1.1-1ubuntu2.1~18.04.23", nil, nil},
	{"Red Hat:enterprise_linux:9", "openssl-libs", "1:3.0.7-27.el9", []string{"RHSA-2024:9333"},
		map[string][]string{"RHSA-2024:9333": {"1:3.2.2-6.el9_5"}}},
	{"Red Hat:enterprise_linux:9", "openssl", "1:3.2.2-6.el9_5", nil, nil},
	{"Red Hat:enterprise_linux:8", "openssl", "1:1.1.1k-7.el8_6", []string{"RHSA-2024:9333"},
		map[string][]string{"RHSA-2024:9333": {"1:1.1.1k-14.el8_6"}}},
}

// checkCases asks src every queryCase.
func checkCases(t *testing.T, src Source) {
	t.Helper()
	ctx := context.Background()
	for _, c := range queryCases {
		got, err := src.Vulnerabilities(ctx, c.ecosystem, c.pkg, c.version)
		if err != nil {
			t.Errorf("Vulnerabilities(%q, %q, %q): %v", c.ecosystem, c.pkg, c.version, err)
			continue
		}
		if ids := IDs(got); !slices.Equal(ids, c.ids) && !(len(ids) == 0 && len(c.ids) == 0) {
			t.Errorf("Vulnerabilities(%q, %q, %q) = %q, want %q", c.ecosystem, c.pkg, c.version, ids, c.ids)
			continue
		}
		for _, m := range got {
			want, ok := c.fixed[m.ID]
			if ok && !slices.Equal(m.Fixed, want) {
				t.Errorf("%s %s %s: %s fixed in %q, want %q", c.ecosystem, c.pkg, c.version, m.ID, m.Fixed, want)
			}
		}
	}
}

func TestLocalDB(t *testing.T) {
	db := NewLocal(LocalOptions{Dirs: []string{testDB(t)}, IndexDir: t.TempDir()})
	defer db.Close()
	checkCases(t, db)
	if w := db.Warnings(); len(w) != 0 {
		t.Errorf("warnings on clean data: %q", w)
	}
}

// TestLocalDBConcurrent: lint workers share one LocalDB; the first queries
// race to open the archives.
func TestLocalDBConcurrent(t *testing.T) {
	db := NewLocal(LocalOptions{Dirs: []string{testDB(t)}, IndexDir: t.TempDir()})
	defer db.Close()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			checkCases(t, db)
			db.Warnings()
		})
	}
	wg.Wait()
}

// TestMatchDetails checks what a Match carries: the CVE from upstream, a
// summary from the details when there is none, and the record kept although
// it has fields the bindings do not know.
func TestMatchDetails(t *testing.T) {
	db := NewLocal(LocalOptions{Dirs: []string{testDB(t)}, IndexDir: t.TempDir()})
	defer db.Close()
	ms, err := db.Vulnerabilities(context.Background(), "Debian:12", "openssl", "3.0.16-1~deb12u1")
	if err != nil || len(ms) != 1 {
		t.Fatalf("got %v, %v; want DEBIAN-CVE-2025-9230 alone", IDs(ms), err)
	}
	m := ms[0]
	if m.ID != "DEBIAN-CVE-2025-9230" || !slices.Equal(m.Aliases, []string{"CVE-2025-9230"}) || m.Package != "openssl" {
		t.Errorf("match = %+v", m)
	}
	if !strings.HasPrefix(m.Summary, "Issue summary: An application trying to decrypt CMS messages") {
		t.Errorf("summary = %q", m.Summary)
	}
	if len(m.Affected) != 1 || m.Affected[0].Ecosystem != "Debian:12" {
		t.Errorf("affected = %+v, want the Debian:12 entry alone", m.Affected)
	}
	ms, err = db.Vulnerabilities(context.Background(), "Red Hat:enterprise_linux:9", "openssl", "")
	if err != nil || len(ms) != 1 || !slices.Equal(ms[0].Aliases, []string{"CVE-2024-5535", "CVE-2024-6119"}) ||
		ms[0].Summary != "Red Hat Security Advisory: openssl security update" {
		t.Errorf("RHSA: %+v, %v", ms, err)
	}
}

func TestLocalDBErrors(t *testing.T) {
	dir := testDB(t)
	db := NewLocal(LocalOptions{Dirs: []string{filepath.Join(dir, "missing"), dir}, IndexDir: t.TempDir()})
	defer db.Close()
	ctx := context.Background()

	// A database that is not there is said so, naming where it was looked for.
	_, err := db.Vulnerabilities(ctx, "Mageia:9", "openssl", "3.0.0-1.mga9")
	var noData *NoDataError
	if !errors.Is(err, ErrNoData) || !errors.As(err, &noData) || noData.Ecosystem != "Mageia" ||
		!strings.Contains(err.Error(), filepath.Join(dir, "missing", "Mageia", "all.zip")) ||
		!strings.Contains(err.Error(), filepath.Join(dir, "Mageia", "all.zip")) || strings.Contains(err.Error(), "\n") ||
		!strings.Contains(err.Error(), "download https://osv-vulnerabilities.storage.googleapis.com/Mageia/all.zip to DIR/Mageia/all.zip") {
		t.Errorf("missing database: %v", err)
	}
	if u := ArchiveURL("Red Hat:enterprise_linux:9"); u != "https://osv-vulnerabilities.storage.googleapis.com/Red%20Hat/all.zip" {
		t.Errorf("ArchiveURL = %q", u)
	}
	// No ordering, no answer.
	if _, err := db.Vulnerabilities(ctx, "Photon OS:5.0", "openssl", "3.0.0-1"); err == nil || errors.Is(err, ErrNoData) {
		t.Errorf("ecosystem without an ordering: %v", err)
	}
	// A version a Dockerfile left to a build argument.
	if _, err := db.Vulnerabilities(ctx, "Debian:12", "openssl", "${OPENSSL_VERSION}"); !errors.Is(err, ErrInvalidVersion) {
		t.Errorf("templated version: %v", err)
	}
	// A cancelled query stops.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := db.Vulnerabilities(cancelled, "Debian:12", "openssl", ""); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestFirst(t *testing.T) {
	dir := testDB(t)
	empty := NewLocal(LocalOptions{Dirs: []string{t.TempDir()}, IndexDir: t.TempDir()})
	full := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
	ms, err := First(empty, full).Vulnerabilities(context.Background(), "Debian:12", "curl", "7.88.1-10")
	if err != nil || !slices.Equal(IDs(ms), []string{"DEBIAN-CVE-2023-38545"}) {
		t.Errorf("First falls through to the source with data: %q, %v", IDs(ms), err)
	}
	if _, err := First(empty).Vulnerabilities(context.Background(), "Debian:12", "curl", "7.88.1-10"); !errors.Is(err, ErrNoData) {
		t.Errorf("First with no data: %v", err)
	}
}

// TestIndexCache: the first query indexes the archive and caches the index
// beside it; a later LocalDB answers from the index alone, without the
// archive's central directory, and a changed archive is indexed again.
func TestIndexCache(t *testing.T) {
	dir := testDB(t)
	zipPath := filepath.Join(dir, "Debian", "all.zip")
	indexPath := zipPath + ".dockerfix-index"
	db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
	checkCases(t, db)
	db.Close()
	if fi, err := os.Stat(indexPath); err != nil || fi.Mode().Perm() != 0o644 {
		t.Fatalf("index beside the archive: %v, %v", fi, err)
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, "Debian", ".dockerfix-tmp-*")); len(tmps) != 0 {
		t.Errorf("temporary files left: %q", tmps)
	}

	// Wipe the central directory, keeping size and time: only a run that
	// reads the index can still answer.
	fi, err := os.Stat(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	clear(data[len(data)-22:])
	writeFile(t, zipPath, data)
	if err := os.Chtimes(zipPath, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	db = NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
	checkCases(t, db)
	db.Close()

	// Records rewritten in place, size and time kept: the index no longer
	// matches, which the query says, naming the index to delete.
	saved := slices.Clone(data)
	for i := 100; i < len(data)-200; i++ {
		data[i] ^= 0x5a
	}
	writeFile(t, zipPath, data)
	if err := os.Chtimes(zipPath, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	db = NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
	_, err = db.Vulnerabilities(context.Background(), "Debian:12", "openssl", "")
	if err == nil || !strings.Contains(err.Error(), "since "+indexPath+" indexed it; delete that file") {
		t.Errorf("archive changed under its index: %v", err)
	}
	db.Close()
	writeFile(t, zipPath, saved)
	if err := os.Chtimes(zipPath, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}

	// A new modification time means a new archive: indexing it now finds
	// the damage.
	later := fi.ModTime().Add(time.Minute)
	if err := os.Chtimes(zipPath, later, later); err != nil {
		t.Fatal(err)
	}
	db = NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: t.TempDir()})
	defer db.Close()
	if _, err := db.Vulnerabilities(context.Background(), "Debian:12", "openssl", ""); err == nil || !strings.Contains(err.Error(), zipPath) {
		t.Errorf("re-indexing a damaged archive: %v", err)
	}
}

// TestIndexFallback: where the index cannot be written beside the archive,
// it goes to IndexDir, and is read from there next time.
func TestIndexFallback(t *testing.T) {
	dir := testDB(t)
	zipPath := filepath.Join(dir, "Debian", "all.zip")
	// A directory where the index file would go makes the rename fail,
	// whoever runs the test (root writes read-only directories).
	writeFile(t, filepath.Join(zipPath+".dockerfix-index", "keep"), nil)
	indexDir := filepath.Join(t.TempDir(), "cache", "osv-index")
	db := NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: indexDir})
	checkCases(t, db)
	db.Close()
	files, _ := filepath.Glob(filepath.Join(indexDir, "*.index"))
	if len(files) != 1 {
		t.Fatalf("index files in IndexDir: %q, want Debian's alone", files)
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, "Debian", ".dockerfix-tmp-*")); len(tmps) != 0 {
		t.Errorf("temporary files left beside the archive: %q", tmps)
	}
	db = NewLocal(LocalOptions{Dirs: []string{dir}, IndexDir: indexDir})
	defer db.Close()
	checkCases(t, db)
}

func TestDefaultDirs(t *testing.T) {
	if got := DefaultDirs("/srv/osv"); !slices.Equal(got, []string{"/srv/osv"}) {
		t.Errorf("DefaultDirs with --osv-db = %q", got)
	}
	t.Setenv("OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY", "/var/cache/osv")
	if got := DefaultDirs(""); !slices.Equal(got, []string{"/var/cache/osv/osv-scalibr", "/var/cache/osv/osv-scanner"}) {
		t.Errorf("DefaultDirs with the environment variable = %q", got)
	}
	t.Setenv("OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY", "")
	t.Setenv("XDG_CACHE_HOME", "/home/u/.cache")
	t.Setenv("HOME", "/home/u")
	want := []string{"/home/u/.cache/osv-scalibr", "/home/u/.cache/osv-scanner"}
	if d, err := os.UserCacheDir(); err == nil {
		want = []string{filepath.Join(d, "osv-scalibr"), filepath.Join(d, "osv-scanner")}
	}
	if got := DefaultDirs(""); !slices.Equal(got, want) {
		t.Errorf("DefaultDirs = %q, want %q", got, want)
	}
}

// IDs returns the matches' IDs, in order.
func IDs(ms []Match) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids
}
