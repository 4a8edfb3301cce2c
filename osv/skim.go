package osv

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// skimRecord is the part of a record the index needs.
type skimRecord struct {
	ID       string
	Affected []skimPackage
}

type skimPackage struct {
	Ecosystem, Name string
}

// errEOF is what encoding/json says of JSON cut short.
var errEOF = errors.New("unexpected end of JSON input")

// skim checks that data is well-formed JSON, as json.Valid does, and reads
// the record's id and its affected packages' names and ecosystems, in one
// pass: indexing a Debian-sized archive reads 150 MB of records, and
// encoding/json's two passes (validate, then decode) were most of the time.
// Keys match exactly, as protojson matches them. A field of the wrong JSON
// type is an error; null stands for an absent field.
func skim(data []byte) (skimRecord, error) {
	s := skimmer{data: data}
	var rec skimRecord
	s.space()
	if err := s.object(func(key []byte) error {
		switch string(key) {
		case "id":
			return s.str(&rec.ID, "id")
		case "affected":
			return s.array("affected", func() error {
				var p skimPackage
				err := s.object(func(key []byte) error {
					if string(key) != "package" {
						return s.skip(0)
					}
					return s.object(func(key []byte) error {
						switch string(key) {
						case "name":
							return s.str(&p.Name, "name")
						case "ecosystem":
							return s.str(&p.Ecosystem, "ecosystem")
						}
						return s.skip(0)
					}, "package")
				}, "affected")
				rec.Affected = append(rec.Affected, p)
				return err
			})
		}
		return s.skip(0)
	}, ""); err != nil {
		return skimRecord{}, err
	}
	s.space()
	if s.i != len(s.data) {
		return skimRecord{}, s.errorf("after the top-level value")
	}
	return rec, nil
}

type skimmer struct {
	data []byte
	i    int
}

// maxDepth is encoding/json's nesting limit.
const maxDepth = 10000

func (s *skimmer) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *skimmer) errorf(context string) error {
	if s.i >= len(s.data) {
		return errEOF
	}
	return fmt.Errorf("invalid character %q at offset %d %s", s.data[s.i], s.i, context)
}

// shapeError says a field holds another JSON type than the schema's.
func (s *skimmer) shapeError(field string) error {
	kind := "value"
	if s.i < len(s.data) {
		switch c := s.data[s.i]; {
		case c == '{':
			kind = "object"
		case c == '[':
			kind = "array"
		case c == '"':
			kind = "string"
		case c == 't' || c == 'f':
			kind = "boolean"
		default:
			kind = "number"
		}
	}
	return fmt.Errorf("field %q holds a JSON %s", field, kind)
}

// null consumes a null literal if one is next.
func (s *skimmer) null() bool {
	if bytes.HasPrefix(s.data[s.i:], []byte("null")) {
		s.i += 4
		return true
	}
	return false
}

// object reads an object, calling member with each key, positioned at its
// value. field names it for errors ("" at the top level).
func (s *skimmer) object(member func(key []byte) error, field string) error {
	if field != "" && s.null() {
		return nil
	}
	if s.i >= len(s.data) {
		return errEOF
	}
	if s.data[s.i] != '{' {
		if field == "" {
			return s.errorf("looking for the beginning of the record")
		}
		return s.shapeError(field)
	}
	s.i++
	s.space()
	if s.i < len(s.data) && s.data[s.i] == '}' {
		s.i++
		return nil
	}
	for {
		s.space()
		start := s.i
		if err := s.stringToken(); err != nil {
			return err
		}
		key := s.data[start+1 : s.i-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			var k string
			if err := json.Unmarshal(s.data[start:s.i], &k); err != nil {
				return err
			}
			key = []byte(k)
		}
		s.space()
		if s.i >= len(s.data) {
			return errEOF
		}
		if s.data[s.i] != ':' {
			return s.errorf("after an object key")
		}
		s.i++
		s.space()
		if err := member(key); err != nil {
			return err
		}
		s.space()
		if s.i >= len(s.data) {
			return errEOF
		}
		switch s.data[s.i] {
		case ',':
			s.i++
		case '}':
			s.i++
			return nil
		default:
			return s.errorf("after an object value")
		}
	}
}

// array reads an array whose elements elem reads.
func (s *skimmer) array(field string, elem func() error) error {
	if s.null() {
		return nil
	}
	if s.i >= len(s.data) {
		return errEOF
	}
	if s.data[s.i] != '[' {
		return s.shapeError(field)
	}
	s.i++
	s.space()
	if s.i < len(s.data) && s.data[s.i] == ']' {
		s.i++
		return nil
	}
	for {
		s.space()
		if err := elem(); err != nil {
			return err
		}
		s.space()
		if s.i >= len(s.data) {
			return errEOF
		}
		switch s.data[s.i] {
		case ',':
			s.i++
		case ']':
			s.i++
			return nil
		default:
			return s.errorf("after an array element")
		}
	}
}

// str reads a string value into *dst.
func (s *skimmer) str(dst *string, field string) error {
	if s.null() {
		return nil
	}
	if s.i >= len(s.data) {
		return errEOF
	}
	if s.data[s.i] != '"' {
		return s.shapeError(field)
	}
	start := s.i
	if err := s.stringToken(); err != nil {
		return err
	}
	raw := s.data[start:s.i]
	if bytes.IndexByte(raw, '\\') < 0 {
		*dst = string(raw[1 : len(raw)-1])
		return nil
	}
	return json.Unmarshal(raw, dst)
}

// stringToken consumes a string, checking its escapes and that it holds no
// control characters.
func (s *skimmer) stringToken() error {
	if s.i >= len(s.data) {
		return errEOF
	}
	if s.data[s.i] != '"' {
		return s.errorf("looking for the beginning of a string")
	}
	s.i++
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '"':
			s.i++
			return nil
		case c == '\\':
			s.i++
			if s.i >= len(s.data) {
				return errEOF
			}
			switch s.data[s.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i++
			case 'u':
				s.i++
				for range 4 {
					if s.i >= len(s.data) {
						return errEOF
					}
					if !isHex(s.data[s.i]) {
						return s.errorf("in a \\u escape")
					}
					s.i++
				}
			default:
				return s.errorf("in a string escape")
			}
		case c < 0x20:
			return s.errorf("in a string")
		default:
			s.i++
		}
	}
	return errEOF
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// skip consumes any value, checking it.
func (s *skimmer) skip(depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("nested more than %d deep", maxDepth)
	}
	if s.i >= len(s.data) {
		return errEOF
	}
	switch c := s.data[s.i]; {
	case c == '{':
		return s.object(func([]byte) error { return s.skip(depth + 1) }, "-")
	case c == '[':
		return s.array("-", func() error { return s.skip(depth + 1) })
	case c == '"':
		return s.stringToken()
	case c == '-' || '0' <= c && c <= '9':
		return s.number()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	}
	return s.errorf("looking for the beginning of a value")
}

func (s *skimmer) literal(word string) error {
	for k := range len(word) {
		if s.i >= len(s.data) {
			return errEOF
		}
		if s.data[s.i] != word[k] {
			return s.errorf("in literal " + word)
		}
		s.i++
	}
	return nil
}

// number consumes -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (s *skimmer) number() error {
	digits := func() error {
		if s.i >= len(s.data) {
			return errEOF
		}
		if s.data[s.i] < '0' || s.data[s.i] > '9' {
			return s.errorf("in a number")
		}
		for s.i < len(s.data) && '0' <= s.data[s.i] && s.data[s.i] <= '9' {
			s.i++
		}
		return nil
	}
	if s.data[s.i] == '-' {
		s.i++
	}
	if s.i < len(s.data) && s.data[s.i] == '0' {
		s.i++
	} else if err := digits(); err != nil {
		return err
	}
	if s.i < len(s.data) && s.data[s.i] == '.' {
		s.i++
		if err := digits(); err != nil {
			return err
		}
	}
	if s.i < len(s.data) && (s.data[s.i] == 'e' || s.data[s.i] == 'E') {
		s.i++
		if s.i < len(s.data) && (s.data[s.i] == '+' || s.data[s.i] == '-') {
			s.i++
		}
		if err := digits(); err != nil {
			return err
		}
	}
	return nil
}
