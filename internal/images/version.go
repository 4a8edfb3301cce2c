package images

// vnum is a version's leading dotted numbers, kept in a fixed array so that
// loading and comparing never allocates.
type vnum struct {
	c     [6]int32
	n     uint8
	exact bool // nothing but dotted numbers
	pre   bool // rc/beta/alpha/dev marker inside the token
}

// parseVnum reads "v3.7.11", "3.15.0rc1", "8u502", "11.0.32_9". Java 8's
// update number ("8u502") becomes a second component so updates compare.
func parseVnum(s string) (v vnum, vprefix bool) {
	i := 0
	if len(s) > 1 && s[0] == 'v' && isDigit(s[1]) {
		vprefix, i = true, 1
	}
	for i < len(s) && isDigit(s[i]) {
		var x int32
		for i < len(s) && isDigit(s[i]) {
			if x < 1<<26 {
				x = x*10 + int32(s[i]-'0')
			}
			i++
		}
		if int(v.n) < len(v.c) {
			v.c[v.n] = x
			v.n++
		}
		if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	if v.n == 0 {
		return v, vprefix
	}
	rest := s[i:]
	v.exact = rest == ""
	if len(rest) > 1 && rest[0] == 'u' && isDigit(rest[1]) && v.n == 1 {
		u, _ := parseVnum(rest[1:])
		v.c[1], v.n = u.c[0], 2
	}
	v.pre = !v.exact && hasPreMarker(rest)
	return v, vprefix
}

// cmp orders versions component by component; a shorter prefix sorts first.
func (a vnum) cmp(b vnum) int {
	for i := 0; i < int(min(a.n, b.n)); i++ {
		if a.c[i] != b.c[i] {
			if a.c[i] < b.c[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case a.n < b.n:
		return -1
	case a.n > b.n:
		return 1
	}
	return 0
}

// hasPrefix reports whether p's components start a.
func (a vnum) hasPrefix(p vnum) bool {
	if p.n == 0 || p.n > a.n {
		return false
	}
	for i := 0; i < int(p.n); i++ {
		if a.c[i] != p.c[i] {
			return false
		}
	}
	return true
}

func (a vnum) major() int32 {
	if a.n == 0 {
		return -1
	}
	return a.c[0]
}
