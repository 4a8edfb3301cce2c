package osv

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"slices"
	"strings"
)

// An index maps the package names of one all.zip to the entries that name
// them, with where each entry's compressed bytes lie, so that a query reads
// and decodes only its own records. It is built once per archive (see
// buildIndex) and cached in one file whose bytes are used as they are read:
// lookups binary-search the key table in place.
//
// Layout, little-endian, every offset checked by parseIndex:
//
//	header   indexMagic, zip size u64, zip mtime (UnixNano) i64,
//	         entries u32, keys u32, strings bytes u32, postings u32,
//	         skipped u32, warning bytes u32
//	entries  per zip entry: data offset u64, compressed size u64,
//	         size u32, CRC-32 u32, name offset u32, name length u16, method u16
//	keys     sorted by key string "name\x00ecosystem": string offset u32,
//	         string length u32, first posting u32, posting count u32
//	strings  key strings and entry names
//	postings entry numbers, u32 each
//	warning  the first skipped entry, for the warning line
//	trailer  CRC-32C of everything before it
type index struct {
	data                 []byte
	zipSize              int64
	zipMtime             int64
	entries, keys        []byte
	strs, postings, warn []byte
	nEntries, nKeys      int
	skipped              int
}

// indexMagic names the format; a change of layout changes it, so an old
// cache is rebuilt rather than misread.
const indexMagic = "DFXOSV01"

const (
	headerSize = len(indexMagic) + 8 + 8 + 6*4
	entrySize  = 32
	keySize    = 16
)

// entry is where one record's bytes lie in the archive.
type entry struct {
	offset, csize int64
	size, crc     uint32
	method        uint16
	name          string
}

var errCorruptIndex = errors.New("corrupt index")

// parseIndex checks a cached index completely, so that lookups on it
// cannot go out of bounds, and returns it.
func parseIndex(data []byte) (*index, error) {
	if len(data) < headerSize+4 || string(data[:len(indexMagic)]) != indexMagic {
		return nil, errCorruptIndex
	}
	body, trailer := data[:len(data)-4], data[len(data)-4:]
	if crc32.Checksum(body, crc32.MakeTable(crc32.Castagnoli)) != binary.LittleEndian.Uint32(trailer) {
		return nil, errCorruptIndex
	}
	le := binary.LittleEndian
	h := body[len(indexMagic):]
	ix := &index{
		data:     data,
		zipSize:  int64(le.Uint64(h[0:])),
		zipMtime: int64(le.Uint64(h[8:])),
		nEntries: int(le.Uint32(h[16:])),
		nKeys:    int(le.Uint32(h[20:])),
		skipped:  int(le.Uint32(h[32:])),
	}
	strLen, nPost, warnLen := int(le.Uint32(h[24:])), int(le.Uint32(h[28:])), int(le.Uint32(h[36:]))
	rest := body[headerSize:]
	take := func(n int) ([]byte, bool) {
		if n < 0 || n > len(rest) {
			return nil, false
		}
		b := rest[:n]
		rest = rest[n:]
		return b, true
	}
	var ok [5]bool
	ix.entries, ok[0] = take(ix.nEntries * entrySize)
	ix.keys, ok[1] = take(ix.nKeys * keySize)
	ix.strs, ok[2] = take(strLen)
	ix.postings, ok[3] = take(nPost * 4)
	ix.warn, ok[4] = take(warnLen)
	if slices.Contains(ok[:], false) || len(rest) != 0 {
		return nil, errCorruptIndex
	}
	for i := range ix.nEntries {
		e := ix.entries[i*entrySize:]
		off, n := int(le.Uint32(e[24:])), int(le.Uint16(e[28:]))
		if off+n > len(ix.strs) || int64(le.Uint64(e[0:])) < 0 || int64(le.Uint64(e[8:])) < 0 {
			return nil, errCorruptIndex
		}
	}
	var prev []byte
	for i := range ix.nKeys {
		k := ix.keys[i*keySize:]
		off, n := int(le.Uint32(k[0:])), int(le.Uint32(k[4:]))
		p, c := int(le.Uint32(k[8:])), int(le.Uint32(k[12:]))
		if off+n > len(ix.strs) || off+n < off || p+c > nPost || p+c < p {
			return nil, errCorruptIndex
		}
		key := ix.strs[off : off+n]
		if i > 0 && bytes.Compare(key, prev) <= 0 {
			return nil, errCorruptIndex
		}
		prev = key
		for j := p; j < p+c; j++ {
			if int(le.Uint32(ix.postings[j*4:])) >= ix.nEntries {
				return nil, errCorruptIndex
			}
		}
	}
	return ix, nil
}

func (ix *index) key(i int) []byte {
	k := ix.keys[i*keySize:]
	off, n := binary.LittleEndian.Uint32(k[0:]), binary.LittleEndian.Uint32(k[4:])
	return ix.strs[off : off+n]
}

// lookup returns the entries whose records name pkg in an ecosystem that
// Matches the queried one, ascending and without repeats.
func (ix *index) lookup(ecosystem, pkg string) []int {
	prefix := []byte(pkg + "\x00")
	lo, hi := 0, ix.nKeys
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if bytes.Compare(ix.key(mid), prefix) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	var out []int
	for k := lo; k < ix.nKeys; k++ {
		key := ix.key(k)
		if !bytes.HasPrefix(key, prefix) {
			break
		}
		if !Matches(ecosystem, string(key[len(prefix):])) {
			continue
		}
		kk := ix.keys[k*keySize:]
		p, c := int(binary.LittleEndian.Uint32(kk[8:])), int(binary.LittleEndian.Uint32(kk[12:]))
		for j := p; j < p+c; j++ {
			out = append(out, int(binary.LittleEndian.Uint32(ix.postings[j*4:])))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (ix *index) entry(i int) entry {
	le := binary.LittleEndian
	e := ix.entries[i*entrySize:]
	off, n := le.Uint32(e[24:]), uint32(le.Uint16(e[28:]))
	return entry{
		offset: int64(le.Uint64(e[0:])),
		csize:  int64(le.Uint64(e[8:])),
		size:   le.Uint32(e[16:]),
		crc:    le.Uint32(e[20:]),
		method: le.Uint16(e[30:]),
		name:   string(ix.strs[off : off+n]),
	}
}

// indexBuilder collects entries and keys while the archive is read.
type indexBuilder struct {
	entries  []entry
	keys     map[string][]uint32
	skipped  int
	firstBad string // "DEBIAN-CVE-….json: \"Debain:12\""
}

// encode lays the index out as parseIndex reads it.
func (b *indexBuilder) encode(zipSize, zipMtime int64) []byte {
	le := binary.LittleEndian
	keys := make([]string, 0, len(b.keys))
	for k := range b.keys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var strs strings.Builder
	nameOff := make([]uint32, len(b.entries))
	for i, e := range b.entries {
		nameOff[i] = uint32(strs.Len())
		strs.WriteString(e.name)
	}
	keyOff := make([]uint32, len(keys))
	nPost := 0
	for i, k := range keys {
		keyOff[i] = uint32(strs.Len())
		strs.WriteString(k)
		nPost += len(b.keys[k])
	}
	out := make([]byte, 0, headerSize+len(b.entries)*entrySize+len(keys)*keySize+strs.Len()+nPost*4+len(b.firstBad)+4)
	out = append(out, indexMagic...)
	out = le.AppendUint64(out, uint64(zipSize))
	out = le.AppendUint64(out, uint64(zipMtime))
	for _, n := range []int{len(b.entries), len(keys), strs.Len(), nPost, b.skipped, len(b.firstBad)} {
		out = le.AppendUint32(out, uint32(n))
	}
	for i, e := range b.entries {
		out = le.AppendUint64(out, uint64(e.offset))
		out = le.AppendUint64(out, uint64(e.csize))
		out = le.AppendUint32(out, e.size)
		out = le.AppendUint32(out, e.crc)
		out = le.AppendUint32(out, nameOff[i])
		out = le.AppendUint16(out, uint16(len(e.name)))
		out = le.AppendUint16(out, e.method)
	}
	p := 0
	for i, k := range keys {
		out = le.AppendUint32(out, keyOff[i])
		out = le.AppendUint32(out, uint32(len(k)))
		out = le.AppendUint32(out, uint32(p))
		out = le.AppendUint32(out, uint32(len(b.keys[k])))
		p += len(b.keys[k])
	}
	out = append(out, strs.String()...)
	for _, k := range keys {
		for _, e := range b.keys[k] {
			out = le.AppendUint32(out, e)
		}
	}
	out = append(out, b.firstBad...)
	return le.AppendUint32(out, crc32.Checksum(out, crc32.MakeTable(crc32.Castagnoli)))
}
