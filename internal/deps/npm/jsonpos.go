package npm

import (
	"encoding/json"
	"fmt"
)

// value is a JSON value with the byte range it spans in the source, so
// that an edit can replace one member and keep every other byte.
type value struct {
	kind       byte // '{', '[', '"', or 'x' for a number or literal
	start, end int
	str        string   // a string's decoded text
	members    []member // an object's, in order
	elems      []*value // an array's
}

// member is one key and value of an object; start is where its key's
// quote opens.
type member struct {
	key   string
	start int
	val   *value
}

// get returns the member named key, or nil.
func (v *value) get(key string) *value {
	if v == nil || v.kind != '{' {
		return nil
	}
	for _, m := range v.members {
		if m.key == key {
			return m.val
		}
	}
	return nil
}

// text is a string member's value, or "".
func (v *value) text(key string) string {
	if m := v.get(key); m != nil && m.kind == '"' {
		return m.str
	}
	return ""
}

// flag is a boolean member's value.
func (v *value) flag(key string, src []byte) bool {
	m := v.get(key)
	return m != nil && string(src[m.start:m.end]) == "true"
}

// strings is an object of string values (a dependencies map), in order.
func (v *value) stringMap(key string) []dep {
	m := v.get(key)
	if m == nil || m.kind != '{' {
		return nil
	}
	var out []dep
	for _, mm := range m.members {
		if mm.val.kind == '"' {
			out = append(out, dep{name: mm.key, spec: mm.val.str})
		}
	}
	return out
}

// parseJSON parses src, which must hold exactly one JSON value.
func parseJSON(src []byte) (*value, error) {
	if !json.Valid(src) {
		// encoding/json says where and why; the scanner below trusts it.
		var x any
		err := json.Unmarshal(src, &x)
		return nil, err
	}
	p := &jsonParser{src: src}
	p.space()
	v := p.value()
	return v, nil
}

// jsonParser reads JSON already validated by json.Valid.
type jsonParser struct {
	src []byte
	i   int
}

func (p *jsonParser) space() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) value() *value {
	v := &value{start: p.i}
	switch c := p.src[p.i]; c {
	case '{':
		v.kind = '{'
		p.i++
		p.space()
		for p.src[p.i] != '}' {
			start := p.i
			key := p.string()
			p.space()
			p.i++ // ':'
			p.space()
			v.members = append(v.members, member{key: key, start: start, val: p.value()})
			p.space()
			if p.src[p.i] == ',' {
				p.i++
				p.space()
			}
		}
		p.i++
	case '[':
		v.kind = '['
		p.i++
		p.space()
		for p.src[p.i] != ']' {
			v.elems = append(v.elems, p.value())
			p.space()
			if p.src[p.i] == ',' {
				p.i++
				p.space()
			}
		}
		p.i++
	case '"':
		v.kind = '"'
		v.str = p.string()
	default:
		v.kind = 'x'
		for p.i < len(p.src) {
			switch p.src[p.i] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				v.end = p.i
				return v
			}
			p.i++
		}
	}
	v.end = p.i
	return v
}

// string reads a string token and returns its decoded text.
func (p *jsonParser) string() string {
	start := p.i
	p.i++
	escaped := false
	for ; p.src[p.i] != '"'; p.i++ {
		if p.src[p.i] == '\\' {
			escaped = true
			p.i++
		}
	}
	p.i++
	if !escaped {
		return string(p.src[start+1 : p.i-1])
	}
	var s string
	if err := json.Unmarshal(p.src[start:p.i], &s); err != nil {
		panic(fmt.Sprintf("npm: validated JSON string does not decode: %v", err))
	}
	return s
}
