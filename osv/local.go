package osv

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/hex"
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

	"github.com/dockerfix/dockerfix/internal/online"
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
			d = os.TempDir() // where osv-scanner falls back to
		}
		base = d
	}
	return []string{filepath.Join(base, "osv-scalibr"), filepath.Join(base, "osv-scanner")}
}

// DefaultIndexDir is dockerfix's own cache directory for indexes.
func DefaultIndexDir() string { return online.CacheDir("osv-index") }

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
	once      sync.Once
	opened    atomic.Bool // once has run: ix and err are set
	err       error
	path      string
	indexPath string // the cached index read, "" when built in this run
	file      *os.File
	ix        *index
	limits    Limits
	mu        sync.Mutex
	records   map[int]*osvschema.Vulnerability
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
	recs, err := a.recordsOf(ctx, a.ix.lookup(ecosystem, pkg))
	if err != nil {
		return nil, err
	}
	return matchesOf(recs, ecosystem, pkg, version)
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
			a.ix, a.indexPath = ix, p
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
// The file is readable by all, as the public data it derives from is: a
// database directory may be shared.
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
	if err == nil {
		err = tmp.Chmod(0o644)
	}
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

// recordsOf reads, checks and decodes the entries, each once per LocalDB,
// on all CPUs: decoding is most of a query's time.
func (a *archive) recordsOf(ctx context.Context, entries []int) ([]*osvschema.Vulnerability, error) {
	recs := make([]*osvschema.Vulnerability, len(entries))
	var todo []int // positions in entries not decoded yet
	a.mu.Lock()
	for k, i := range entries {
		if rec, ok := a.records[i]; ok {
			recs[k] = rec
		} else {
			todo = append(todo, k)
		}
	}
	a.mu.Unlock()
	var (
		next atomic.Int64
		errs = make([]error, len(todo))
		wg   sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), (len(todo)+15)/16) {
		wg.Go(func() {
			var inf inflater
			for {
				n := int(next.Add(1) - 1)
				if n >= len(todo) || ctx.Err() != nil {
					return
				}
				k := todo[n]
				recs[k], errs[n] = a.decode(&inf, entries[k])
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	a.mu.Lock()
	if a.records == nil {
		a.records = map[int]*osvschema.Vulnerability{}
	}
	for _, k := range todo {
		a.records[entries[k]] = recs[k]
	}
	a.mu.Unlock()
	return recs, nil
}

func (a *archive) decode(inf *inflater, i int) (*osvschema.Vulnerability, error) {
	e := a.ix.entry(i)
	data, err := a.read(inf, e)
	if err != nil {
		// The bytes the index points at are not the record it saw.
		if a.indexPath != "" {
			return nil, fmt.Errorf("osv: %s: %s: the archive changed without a new size or time since %s indexed it; delete that file", a.path, e.name, a.indexPath)
		}
		return nil, fmt.Errorf("osv: %s: %s: the archive changed while it was read: %w", a.path, e.name, err)
	}
	rec, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("osv: %s: %s: malformed record: %w", a.path, e.name, err)
	}
	return rec, nil
}

// read decompresses one entry where the index says it lies, and checks its
// size and CRC against the index.
func (a *archive) read(inf *inflater, e entry) ([]byte, error) {
	if e.csize > a.limits.entryBytes()+compressOverhead {
		return nil, fmt.Errorf("%d bytes compressed, over the limit per record", e.csize)
	}
	inf.raw = slices.Grow(inf.raw[:0], int(e.csize))[:e.csize]
	if _, err := a.file.ReadAt(inf.raw, e.offset); err != nil {
		return nil, err
	}
	return inf.inflate(inf.raw, e.method, uint64(e.size), e.crc, a.limits.entryBytes())
}

// compressOverhead is the most deflate may add to stored bytes, per
// record, with room to spare.
const compressOverhead = 64 << 10

// inflater decompresses entries, reusing its buffers and decompressor.
type inflater struct {
	raw  []byte // compressed bytes read, for the caller
	out  bytes.Buffer
	br   bytes.Reader
	flat io.ReadCloser
}

// inflate returns the entry's bytes (valid until the next call), checked
// against the size and CRC-32 the archive or index gives, and never more
// than limit of them.
func (f *inflater) inflate(raw []byte, method uint16, size uint64, crc uint32, limit int64) ([]byte, error) {
	var data []byte
	switch method {
	case zip.Store:
		data = raw
	case zip.Deflate:
		f.br.Reset(raw)
		if f.flat == nil {
			f.flat = flate.NewReader(&f.br)
		} else if err := f.flat.(flate.Resetter).Reset(&f.br, nil); err != nil {
			return nil, err
		}
		f.out.Reset()
		if _, err := f.out.ReadFrom(io.LimitReader(f.flat, limit+1)); err != nil {
			return nil, fmt.Errorf("corrupt data: %w", err)
		}
		data = f.out.Bytes()
	default:
		return nil, fmt.Errorf("compression method %d, not deflate", method)
	}
	switch {
	case int64(len(data)) > limit:
		return nil, fmt.Errorf("more than %d bytes uncompressed, over the limit per record (zip bomb?)", limit)
	case uint64(len(data)) != size:
		return nil, fmt.Errorf("%d bytes uncompressed where the archive says %d (corrupt)", len(data), size)
	case crc32.ChecksumIEEE(data) != crc:
		return nil, errors.New("CRC-32 mismatch (corrupt)")
	}
	return data, nil
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
			var inf inflater
			var raw []byte
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(zr.File) {
					return
				}
				f := zr.File[i]
				if !strings.HasSuffix(f.Name, ".json") || f.Mode().IsDir() {
					continue
				}
				off, err := f.DataOffset()
				if err == nil && f.CompressedSize64 > uint64(limits.entryBytes()+compressOverhead) {
					err = fmt.Errorf("%d bytes compressed, over the limit per record (zip bomb?)", f.CompressedSize64)
				}
				if err == nil {
					raw = slices.Grow(raw[:0], int(f.CompressedSize64))[:f.CompressedSize64]
					if _, rerr := r.ReadAt(raw, off); rerr != nil {
						err = fmt.Errorf("corrupt entry (truncated archive?): %w", rerr)
					}
				}
				var data []byte
				if err == nil {
					data, err = inf.inflate(raw, f.Method, f.UncompressedSize64, f.CRC32, limits.entryBytes())
				}
				if err == nil && total.Add(int64(len(data))) > limits.totalBytes() {
					err = fmt.Errorf("over %d bytes uncompressed in all (zip bomb?)", limits.totalBytes())
				}
				if err != nil {
					fail(fmt.Errorf("%s: %w", f.Name, err))
					return
				}
				res := &results[i]
				if res.rec, err = skim(data); err != nil {
					fail(fmt.Errorf("%s: malformed record: %w", f.Name, err))
					return
				}
				res.entry = entry{offset: off, csize: int64(f.CompressedSize64), size: uint32(len(data)),
					crc: f.CRC32, method: f.Method, name: f.Name}
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
		for _, p := range res.rec.Affected {
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
