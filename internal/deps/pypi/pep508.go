package pypi

import (
	"fmt"
	"regexp"
	"strings"

	"deps.dev/util/semver"
)

// requirement is one PEP 508 dependency specifier: a requires_dist entry
// ("urllib3 (<1.27,>=1.21.1)", "PySocks!=1.5.7,>=1.5.6; extra == 'socks'")
// or a requirements file line's requirement.
type requirement struct {
	name   string // as written
	key    string // normalized (PEP 503)
	extras []string
	spec   string // the version specifier, "" for any; parentheses dropped
	marker string // after ";", "" for none
	url    bool   // name @ url: no version constraint the registry answers
}

var nameRe = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?`)

// parseRequirement reads a PEP 508 requirement.
func parseRequirement(s string) (requirement, error) {
	var r requirement
	s = strings.TrimSpace(s)
	if i := markerStart(s); i >= 0 {
		r.marker = strings.TrimSpace(s[i+1:])
		s = strings.TrimSpace(s[:i])
	}
	r.name = nameRe.FindString(s)
	if r.name == "" {
		return r, fmt.Errorf("no package name in %q", s)
	}
	r.key = normalize(r.name)
	rest := strings.TrimSpace(s[len(r.name):])
	if strings.HasPrefix(rest, "[") {
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return r, fmt.Errorf("unclosed extras in %q", s)
		}
		for _, e := range strings.Split(rest[1:end], ",") {
			if e = strings.TrimSpace(e); e != "" {
				r.extras = append(r.extras, normalize(e))
			}
		}
		rest = strings.TrimSpace(rest[end+1:])
	}
	if strings.HasPrefix(rest, "@") {
		r.url = true
		return r, nil
	}
	if strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") {
		rest = strings.TrimSpace(rest[1 : len(rest)-1])
	}
	r.spec = rest
	if rest != "" {
		if _, err := semver.PyPI.ParseConstraint(rest); err != nil {
			return r, fmt.Errorf("%s: specifier %q: %v", r.name, rest, err)
		}
	}
	return r, nil
}

// markerStart is the index of the ";" that starts the marker, or -1. A
// URL requirement's marker needs a space before the ";" (PEP 508).
func markerStart(s string) int {
	if strings.Contains(s, "@") {
		if i := strings.Index(s, " ;"); i >= 0 {
			return i + 1
		}
		return -1
	}
	return strings.IndexByte(s, ';')
}

// normalize is a project name as PEP 503 compares it: lower case, runs of
// "-", "_" and "." as one "-".
func normalize(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(name) {
		if c == '-' || c == '_' || c == '.' {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(c)
	}
	return b.String()
}

// matches reports whether version meets the specifier ("" is any).
func matches(spec, version string) bool {
	if strings.TrimSpace(spec) == "" {
		return true
	}
	c, err := semver.PyPI.ParseConstraint(spec)
	if err != nil {
		return false
	}
	return c.Match(version)
}

// environment is what markers are evaluated against: the Python the image
// installs into.
type environment struct {
	// Python is the interpreter's major.minor version ("3.12").
	Python string
}

// DefaultPython is the Python version assumed when neither the compiled
// requirements' header nor the image names one.
const DefaultPython = "3.12"

// values are the marker variables of a CPython on Linux.
func (e environment) values() map[string]string {
	py := e.Python
	if py == "" {
		py = DefaultPython
	}
	return map[string]string{
		"python_version":                 py,
		"python_full_version":            py + ".0",
		"implementation_version":         py + ".0",
		"sys_platform":                   "linux",
		"platform_system":                "Linux",
		"os_name":                        "posix",
		"platform_machine":               "x86_64",
		"implementation_name":            "cpython",
		"platform_python_implementation": "CPython",
	}
}

// versionVariable reports whether a marker variable compares as a PEP 440
// version.
func versionVariable(name string) bool {
	return name == "python_version" || name == "python_full_version" || name == "implementation_version"
}

// applies evaluates a PEP 508 marker with the given extras requested ("" marker
// applies). A marker it cannot read applies: a requirement is kept
// rather than silently dropped.
func (e environment) applies(marker string, extras []string) bool {
	if strings.TrimSpace(marker) == "" {
		return true
	}
	p := &markerParser{toks: lexMarker(marker), vars: e.values(), extras: extras}
	v, ok := p.or()
	if !ok || p.i != len(p.toks) {
		return true
	}
	return v
}

var markerToken = regexp.MustCompile(`\s*("[^"]*"|'[^']*'|\(|\)|===|==|!=|<=|>=|~=|<|>|not\s+in\b|[A-Za-z_][A-Za-z0-9_.]*)`)

func lexMarker(s string) []string {
	var out []string
	for len(strings.TrimSpace(s)) > 0 {
		m := markerToken.FindStringSubmatchIndex(s)
		if m == nil || m[0] != 0 {
			return append(out, "\x00") // unreadable: the parse fails
		}
		out = append(out, s[m[2]:m[3]])
		s = s[m[1]:]
	}
	return out
}

type markerParser struct {
	toks   []string
	i      int
	vars   map[string]string
	extras []string
}

func (p *markerParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *markerParser) or() (bool, bool) {
	v, ok := p.and()
	for ok && p.peek() == "or" {
		p.i++
		var w bool
		w, ok = p.and()
		v = v || w
	}
	return v, ok
}

func (p *markerParser) and() (bool, bool) {
	v, ok := p.atom()
	for ok && p.peek() == "and" {
		p.i++
		var w bool
		w, ok = p.atom()
		v = v && w
	}
	return v, ok
}

func (p *markerParser) atom() (bool, bool) {
	if p.peek() == "(" {
		p.i++
		v, ok := p.or()
		if !ok || p.peek() != ")" {
			return false, false
		}
		p.i++
		return v, true
	}
	if p.i+3 > len(p.toks) {
		return false, false
	}
	l, op, r := p.toks[p.i], p.toks[p.i+1], p.toks[p.i+2]
	p.i += 3
	if op == "in" || strings.HasPrefix(op, "not") {
		op = strings.Join(strings.Fields(op), " ")
	}
	lv, lvar, lok := p.value(l)
	rv, rvar, rok := p.value(r)
	if !lok || !rok {
		return false, false
	}
	if lvar == "extra" || rvar == "extra" {
		want := normalize(rv)
		if rvar == "extra" {
			want = normalize(lv)
		}
		has := false
		for _, e := range p.extras {
			has = has || e == want
		}
		switch op {
		case "==":
			return has, true
		case "!=":
			return !has, true
		}
		return false, false
	}
	if versionVariable(lvar) || versionVariable(rvar) {
		switch op {
		case "==", "!=", "<=", ">=", "<", ">", "~=", "===":
			if op == "===" {
				return lv == rv, true
			}
			if versionVariable(rvar) {
				// "3.8" < python_version: flip to python_version > "3.8".
				lv, rv = rv, lv
				op = map[string]string{"<": ">", ">": "<", "<=": ">=", ">=": "<="}[op] + map[string]string{"==": "==", "!=": "!=", "~=": "~="}[op]
			}
			c, err := semver.PyPI.ParseConstraint(op + rv)
			if err != nil {
				return false, false
			}
			return c.Match(lv), true
		}
	}
	switch op {
	case "==", "===":
		return lv == rv, true
	case "!=":
		return lv != rv, true
	case "in":
		return strings.Contains(rv, lv), true
	case "not in":
		return !strings.Contains(rv, lv), true
	}
	return lv < rv && op == "<" || lv > rv && op == ">" || lv <= rv && op == "<=" || lv >= rv && op == ">=", true
}

// value reads a marker operand: a quoted string or a variable (its name
// returned as v).
func (p *markerParser) value(tok string) (s, v string, ok bool) {
	if len(tok) >= 2 && (tok[0] == '"' || tok[0] == '\'') {
		return tok[1 : len(tok)-1], "", true
	}
	if tok == "extra" {
		return "", "extra", true
	}
	val, ok := p.vars[tok]
	return val, tok, ok
}
