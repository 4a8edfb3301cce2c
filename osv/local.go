package osv

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
)

// Limits bound what reading one all.zip may cost, so that a hostile archive
// (a zip bomb) ends in an error instead of exhausting memory or time. Zero
// fields take the defaults.
type Limits struct {
	EntryBytes int64 // uncompressed bytes of one record; default 32 MiB
	TotalBytes int64 // uncompressed bytes of one archive; default 8 GiB
}

func (l Limits) entryBytes() int64 {
	if l.EntryBytes > 0 {
		return l.EntryBytes
	}
	return 32 << 20
}

func (l Limits) totalBytes() int64 {
	if l.TotalBytes > 0 {
		return l.TotalBytes
	}
	return 8 << 30
}

// LocalOptions configure a LocalDB.
type LocalOptions struct {
	// Dirs are searched in order for <Ecosystem>/all.zip, the base
	// ecosystem's name as OSV spells it ("Debian", "Red Hat"); DefaultDirs
	// gives --osv-db's or osv-scanner's.
	Dirs []string
	// IndexDir receives the index of an archive whose own directory cannot
	// be written; "" means DefaultIndexDir(). Nothing else is ever written.
	IndexDir string
	Limits   Limits
}

// DefaultDirs returns the directories to search for databases: osvDB alone
// when set (--osv-db); else where osv-scanner's offline mode downloads them,
// under $OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY when set, else the user cache
// directory: osv-scalibr/ (osv-scanner v2.5 and later) before osv-scanner/
// (up to v2.4), so that a current osv-scanner's refreshed copy wins over one
// an older version left behind.
func DefaultDirs(osvDB string) []string {
	if osvDB != "" {
		return []string{osvDB}
	}
	base := os.Getenv("OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY")
	if base == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		base = d
	}
	return []string{filepath.Join(base, "osv-scalibr"), filepath.Join(base, "osv-scanner")}
}

// DefaultIndexDir is dockerfix's own cache directory for indexes.
func DefaultIndexDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "dockerfix", "osv-index")
}

// LocalDB answers from OSV's per-ecosystem all.zip archives. Each archive
// is indexed the first time it is used (one pass over its entries) and the
// index cached beside it, keyed by the archive's size and modification
// time; later runs read the index and then only the records they need. It
// is safe for concurrent use.
type LocalDB struct {
	opts LocalOptions
	mu   sync.Mutex
	dbs  map[string]*archive // by base ecosystem
}

// NewLocal returns a LocalDB; nothing is read until a query.
func NewLocal(opts LocalOptions) *LocalDB {
	if opts.IndexDir == "" {
		opts.IndexDir = DefaultIndexDir()
	}
	return &LocalDB{opts: opts, dbs: map[string]*archive{}}
}

// archive is one opened all.zip.
type archive struct {
	once    sync.Once
	opened  atomic.Bool // once has run: ix and err are set
	err     error
	path    string
	file    *os.File
	ix      *index
	limits  Limits
	mu      sync.Mutex
	records map[int]*osvschema.Vulnerability
}

// Vulnerabilities implements Source.
func (db *LocalDB) Vulnerabilities(ctx context.Context, ecosystem, pkg, version string) ([]Match, error) {
	if !Supported(ecosystem) {
		return nil, fmt.Errorf("osv: no version ordering for ecosystem %q", ecosystem)
	}
	if version != "" {
		if _, err := parseVersion(RangeEcosystem, ecosystem, version); err != nil {
			return nil, err
		}
	}
	a, err := db.archive(Base(ecosystem))
	if err != nil {
		return nil, err
	}
	var out []Match
	for _, i := range a.ix.lookup(ecosystem, pkg) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rec, err := a.record(i)
		if err != nil {
			return nil, err
		}
		m, ok := matchOf(rec, ecosystem, pkg)
		if !ok {
			continue
		}
		if version != "" {
			affects, err := m.Affects(version)
			if err != nil {
				return nil, err
			}
			if !affects {
				continue
			}
		}
		out = append(out, m)
	}
	sortMatches(out)
	return out, nil
}

// Warnings returns one line per archive opened so far that had entries for
// another ecosystem than its own, which are skipped (a Debian archive's
// entry for "Debain:12"). Hard errors are returned by the queries instead.
func (db *LocalDB) Warnings() []string {
	db.mu.Lock()
	defer db.mu.Unlock()
	var out []string
	for _, a := range db.dbs {
		if a.opened.Load() && a.ix != nil && a.ix.skipped > 0 {
			out = append(out, fmt.Sprintf("%s: skipped %d affected entries for an ecosystem other than %s (first: %s)",
				a.path, a.ix.skipped, filepath.Base(filepath.Dir(a.path)), a.ix.warn))
		}
	}
	slices.Sort(out)
	return out
}

// Close closes the archives opened; call it after the last query.
func (db *LocalDB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	var errs []error
	for _, a := range db.dbs {
		if a.file != nil {
			errs = append(errs, a.file.Close())
		}
	}
	clear(db.dbs)
	return errors.Join(errs...)
}

func (db *LocalDB) archive(base string) (*archive, error) {
	db.mu.Lock()
	a, ok := db.dbs[base]
	if !ok {
		a = &archive{limits: db.opts.Limits}
		db.dbs[base] = a
	}
	db.mu.Unlock()
	a.once.Do(func() {
		a.err = db.open(a, base)
		a.opened.Store(true)
	})
	return a, a.err
}

// open finds the archive for base, and reads or builds its index.
func (db *LocalDB) open(a *archive, base string) error {
	var searched []string
	for _, dir := range db.opts.Dirs {
		p := filepath.Join(dir, base, "all.zip")
		searched = append(searched, p)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			a.path = p
			break
		}
	}
	if a.path == "" {
		return &NoDataError{Ecosystem: base, Searched: searched}
	}
	f, err := os.Open(a.path)
	if err != nil {
		return fmt.Errorf("osv: %w", err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fmt.Errorf("osv: %w", err)
	}
	a.file = f
	size, mtime := fi.Size(), fi.ModTime().UnixNano()
	for _, p := range db.indexPaths(a.path) {
		if ix := readIndex(p, size, mtime); ix != nil {
			a.ix = ix
			return nil
		}
	}
	b, err := buildIndex(f, size, base, a.limits)
	if err != nil {
		return fmt.Errorf("osv: %s: %w", a.path, err)
	}
	data := b.encode(size, mtime)
	if a.ix, err = parseIndex(data); err != nil {
		return fmt.Errorf("osv: %s: %w", a.path, err)
	}
	for _, p := range db.indexPaths(a.path) {
		if writeAtomic(p, data) == nil {
			break
		}
	}
	return nil
}

// indexPaths are where an archive's index is cached: beside it, else in
// IndexDir under a name derived from the archive's path.
func (db *LocalDB) indexPaths(zipPath string) []string {
	paths := []string{zipPath + ".dockerfix-index"}
	if db.opts.IndexDir != "" {
		abs, err := filepath.Abs(zipPath)
		if err != nil {
			abs = zipPath
		}
		sum := sha256.Sum256([]byte(abs))
		paths = append(paths, filepath.Join(db.opts.IndexDir, hex.EncodeToString(sum[:12])+".index"))
	}
	return paths
}

// readIndex returns the index cached at p if it is intact and made from an
// archive of this size and modification time; anything else is rebuilt.
func readIndex(p string, size, mtime int64) *index {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	ix, err := parseIndex(data)
	if err != nil || ix.zipSize != size || ix.zipMtime != mtime {
		return nil
	}
	return ix
}

// writeAtomic writes through a temporary file in the same directory and a
// rename, so a reader sees the old file or the new one, never half of it.
func writeAtomic(p string, data []byte) error {
	dir := filepath.Dir(p)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".dockerfix-tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// record reads, checks and decodes entry i, once.
func (a *archive) record(i int) (*osvschema.Vulnerability, error) {
	a.mu.Lock()
	rec, ok := a.records[i]
	a.mu.Unlock()
	if ok {
		return rec, nil
	}
	e := a.ix.entry(i)
	data, err := a.read(e)
	if err != nil {
		return nil, fmt.Errorf("osv: %s: %s: %w", a.path, e.name, err)
	}
	rec, err = Decode(data)
	if err != nil {
		return nil, fmt.Errorf("osv: %s: %s: malformed record: %w", a.path, e.name, err)
	}
	a.mu.Lock()
	if a.records == nil {
		a.records = map[int]*osvschema.Vulnerability{}
	}
	a.records[i] = rec
	a.mu.Unlock()
	return rec, nil
}

// errChanged: the bytes the index points at are not the record it saw.
var errChanged = errors.New("the archive changed since it was indexed (same size and time); delete the .dockerfix-index file beside it")

// read decompresses one entry where the index says it lies, and checks its
// size and CRC against the index.
func (a *archive) read(e entry) ([]byte, error) {
	if e.csize > a.limits.entryBytes() || int64(e.size) > a.limits.entryBytes() {
		return nil, errChanged
	}
	raw := make([]byte, e.csize)
	if _, err := a.file.ReadAt(raw, e.offset); err != nil {
		return nil, errChanged
	}
	var data []byte
	switch e.method {
	case zip.Store:
		data = raw
	case zip.Deflate:
		r := flate.NewReader(bytes.NewReader(raw))
		var err error
		data, err = io.ReadAll(io.LimitReader(r, int64(e.size)+1))
		if err != nil {
			return nil, errChanged
		}
	default:
		return nil, errChanged
	}
	if int64(len(data)) != int64(e.size) || crc32.ChecksumIEEE(data) != e.crc {
		return nil, errChanged
	}
	return data, nil
}

// skimRecord is the part of a record the index needs. Decoding into it
// checks the JSON is well formed, at a fraction of protojson's cost.
type skimRecord struct {
	ID       string `json:"id"`
	Affected []struct {
		Package struct {
			Ecosystem string `json:"ecosystem"`
			Name      string `json:"name"`
		} `json:"package"`
	} `json:"affected"`
}

// buildIndex reads every entry of the archive once, on all CPUs, checking
// it against hostile input: entry names that are not plain file names,
// sizes over the limits, corrupt data, malformed JSON. Entries for another
// base ecosystem than the archive's are counted and skipped.
func buildIndex(r io.ReaderAt, size int64, base string, limits Limits) (*indexBuilder, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("not a readable zip archive (truncated or corrupt): %w", err)
	}
	var declared uint64
	for _, f := range zr.File {
		if err := checkEntryName(f.Name); err != nil {
			return nil, err
		}
		if f.UncompressedSize64 > uint64(limits.entryBytes()) {
			return nil, fmt.Errorf("%s: %d bytes uncompressed, over the limit of %d per record (zip bomb?)", f.Name, f.UncompressedSize64, limits.entryBytes())
		}
		declared += f.UncompressedSize64
		if declared > uint64(limits.totalBytes()) {
			return nil, fmt.Errorf("over %d bytes uncompressed in all (zip bomb?)", limits.totalBytes())
		}
	}

	type result struct {
		entry entry
		rec   skimRecord
		keep  bool
	}
	results := make([]result, len(zr.File))
	var (
		next     atomic.Int64
		total    atomic.Int64
		firstErr error
		errOnce  sync.Once
		failed   atomic.Bool
		wg       sync.WaitGroup
	)
	fail := func(err error) {
		errOnce.Do(func() { firstErr = err })
		failed.Store(true)
	}
	workers := min(runtime.GOMAXPROCS(0), 8)
	for range workers {
		wg.Go(func() {
			var buf bytes.Buffer
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(zr.File) {
					return
				}
				f := zr.File[i]
				if !strings.HasSuffix(f.Name, ".json") || f.Mode().IsDir() {
					continue
				}
				data, err := readEntry(f, &buf, limits, &total)
				if err != nil {
					fail(fmt.Errorf("%s: %w", f.Name, err))
					return
				}
				res := &results[i]
				if err := json.Unmarshal(data, &res.rec); err != nil {
					fail(fmt.Errorf("%s: malformed record: %w", f.Name, jsonError(err)))
					return
				}
				off, err := f.DataOffset()
				if err != nil {
					fail(fmt.Errorf("%s: %w", f.Name, err))
					return
				}
				res.entry = entry{offset: off, csize: int64(f.CompressedSize64), size: uint32(len(data)),
					crc: crc32.ChecksumIEEE(data), method: f.Method, name: f.Name}
				res.keep = true
			}
		})
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}

	b := &indexBuilder{keys: map[string][]uint32{}}
	for _, res := range results {
		if !res.keep {
			continue
		}
		n := uint32(len(b.entries))
		added := false
		for _, af := range res.rec.Affected {
			p := af.Package
			if p.Name == "" {
				continue
			}
			if Base(p.Ecosystem) != base {
				b.skipped++
				if b.firstBad == "" {
					b.firstBad = fmt.Sprintf("%s: %q", res.entry.name, p.Ecosystem)
				}
				continue
			}
			k := p.Name + "\x00" + p.Ecosystem
			if ps := b.keys[k]; len(ps) == 0 || ps[len(ps)-1] != n {
				b.keys[k] = append(ps, n)
			}
			added = true
		}
		if added {
			b.entries = append(b.entries, res.entry)
		}
	}
	return b, nil
}

// jsonError says where a record has the wrong shape without naming Go
// types.
func jsonError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("field %q holds a JSON %s", te.Field, te.Value)
	}
	return err
}

// checkEntryName accepts plain file names only ("DEBIAN-CVE-2024-1.json").
// Nothing is ever extracted, but a name that climbs out ("../x.json") or is
// absolute says the archive was not made by OSV's exporter.
func checkEntryName(name string) error {
	bad := name == "" || len(name) > 255 || name == "." || name == ".." ||
		strings.ContainsAny(name, "/\\\x00") || strings.Contains(name, "..") || filepath.IsAbs(name) || filepath.VolumeName(name) != ""
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			bad = true
		}
	}
	if bad {
		return fmt.Errorf("entry %q is not a plain file name (path traversal?)", name)
	}
	return nil
}

// readEntry decompresses one entry into buf, bounded per entry and, through
// total, per archive; archive/zip checks its CRC-32 at the end.
func readEntry(f *zip.File, buf *bytes.Buffer, limits Limits, total *atomic.Int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("corrupt entry: %w", err)
	}
	defer rc.Close()
	buf.Reset()
	n, err := buf.ReadFrom(io.LimitReader(rc, limits.entryBytes()+1))
	if err != nil {
		// Bad deflate data, a bad CRC, or more data than the header says.
		return nil, fmt.Errorf("corrupt entry: %w", err)
	}
	if n > limits.entryBytes() {
		return nil, fmt.Errorf("more than %d bytes uncompressed, over the limit per record (zip bomb?)", limits.entryBytes())
	}
	if total.Add(n) > limits.totalBytes() {
		return nil, fmt.Errorf("over %d bytes uncompressed in all (zip bomb?)", limits.totalBytes())
	}
	return buf.Bytes(), nil
}
