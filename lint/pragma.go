package lint

import (
	"bytes"
	"regexp"
	"strings"
)

// pragmaKind says whose syntax a pragma uses. Only dockerfix's own pragmas
// are reported when unused: the others also serve hadolint and BuildKit.
type pragmaKind int

const (
	pragmaDockerfix pragmaKind = iota
	pragmaHadolint
	pragmaCheck
)

type pragmaID struct {
	name string
	used bool
}

type pragma struct {
	kind    pragmaKind
	global  bool
	comment Comment
	list    Range // the comma list of IDs in Src
	ids     []pragmaID
	target  *Instruction // next instruction; nil for global pragmas
}

// `# dockerfix ignore=DF101,root-user -- reason`, `# hadolint global ignore=DL3002`.
var pragmaRe = regexp.MustCompile(`^(?i:(dockerfix|hadolint))\s+(?:(global)\s+)?ignore\s*=\s*([^\s]*)`)

// `# check=skip=A,B;error=true` (BuildKit's check directive).
var checkRe = regexp.MustCompile(`^(?i:check)\s*=\s*(.*)$`)

// mayBePragma reports whether a comment's text, leading blanks removed, may
// be matched by pragmaRe or checkRe: it starts with one of their words. A
// non-ASCII byte early on says yes: (?i) folds the Kelvin sign to k.
func mayBePragma(text []byte) bool {
	for _, b := range text[:min(len(text), len("dockerfix"))] {
		if b >= 0x80 {
			return true
		}
	}
	for _, w := range []string{"dockerfix", "hadolint", "check"} {
		if len(text) >= len(w) && strings.EqualFold(string(text[:len(w)]), w) {
			return true
		}
	}
	return false
}

func (f *File) pragmas() []*pragma {
	var out []*pragma
	firstInstr := len(f.Src)
	if len(f.Instructions) > 0 {
		firstInstr = f.Instructions[0].Range.Start
	}
	next := 0
	for _, c := range f.Comments {
		for next < len(f.Instructions) && f.Instructions[next].Range.Start < c.Range.Start {
			next++
		}
		body := f.Src[c.Range.Start+1 : c.Range.End] // after '#'
		lead := len(body) - len(bytes.TrimLeft(body, " \t"))
		if !mayBePragma(body[lead:]) {
			continue // most comments: no regexp, no string
		}
		text := string(body[lead:])
		base := c.Range.Start + 1 + lead
		if m := pragmaRe.FindStringSubmatchIndex(text); m != nil {
			p := &pragma{comment: c, kind: pragmaDockerfix}
			if strings.EqualFold(text[m[2]:m[3]], "hadolint") {
				p.kind = pragmaHadolint
			}
			p.global = m[4] >= 0
			p.list = Range{base + m[6], base + m[7]}
			p.ids = splitIDs(text[m[6]:m[7]])
			if !p.global && next < len(f.Instructions) {
				p.target = f.Instructions[next]
			}
			out = append(out, p)
			continue
		}
		if c.Range.Start < firstInstr {
			if m := checkRe.FindStringSubmatch(text); m != nil {
				for _, opt := range strings.Split(m[1], ";") {
					k, v, _ := strings.Cut(opt, "=")
					if strings.EqualFold(strings.TrimSpace(k), "skip") {
						out = append(out, &pragma{kind: pragmaCheck, global: true, comment: c, ids: splitIDs(v)})
					}
				}
			}
		}
	}
	return out
}

func splitIDs(s string) []pragmaID {
	var ids []pragmaID
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			ids = append(ids, pragmaID{name: id})
		}
	}
	return ids
}

// suppresses reports whether p hides d, and marks the matching ID used.
func (p *pragma) suppresses(r *Rule, d Diagnostic) bool {
	if !p.global {
		if p.target == nil || !p.target.Lines.Contains(d.Range.Start) {
			return false
		}
	}
	hit := false
	for i := range p.ids {
		name := p.ids[i].name
		if matchesRule(r, name) || (p.kind == pragmaCheck && strings.EqualFold(name, "all")) {
			p.ids[i].used = true
			hit = true
		}
	}
	return hit
}
