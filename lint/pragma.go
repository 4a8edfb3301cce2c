package lint

import (
	"bytes"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/moby/buildkit/frontend/dockerfile/parser"
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
	comment Comment // dockerfix and hadolint pragmas only
	list    Range   // the comma list of IDs in Src
	ids     []pragmaID
	skipAll bool         // `check=skip=all`
	target  *Instruction // next instruction; nil for global pragmas
}

// `# dockerfix ignore=DF101,root-user -- reason`, `# hadolint global ignore=DL3002`.
var pragmaRe = regexp.MustCompile(`^(?i:(dockerfix|hadolint))\s+(?:(global)\s+)?ignore\s*=\s*([^\s]*)`)

// mayBePragma reports whether a comment's text, leading blanks removed, may
// be matched by pragmaRe: it starts with one of its words. A non-ASCII byte
// early on says yes: (?i) folds the Kelvin sign to k.
func mayBePragma(text []byte) bool {
	for _, b := range text[:min(len(text), len("dockerfix"))] {
		if b >= 0x80 {
			return true
		}
	}
	for _, w := range []string{"dockerfix", "hadolint"} {
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
	checkHeader := false // a comment before the first instruction may be a check directive
	for _, c := range f.Comments {
		for next < len(f.Instructions) && f.Instructions[next].Range.Start < c.Range.Start {
			next++
		}
		if c.Range.Start < firstInstr && mayBeCheck(c.Text) {
			checkHeader = true
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
		}
	}
	if checkHeader {
		// The file's check directive, read by upstream's own function: as
		// dockerfile2llb's newRuleLinter does, only from the directives at
		// the top of the file (after a BOM and a #! line), not from any
		// comment before the first instruction.
		if v, _, _, ok := parser.ParseDirective("check", f.Src); ok {
			if s, err := parseCheckOptions(v); err == nil {
				out = append(out, &pragma{kind: pragmaCheck, global: true, skipAll: s.all, ids: s.ids})
			}
		}
	}
	for _, in := range f.Instructions {
		if in.Node == nil || len(in.Node.PrevComment) == 0 {
			continue
		}
		if s, ok := checkAbove(in.Node.PrevComment); ok {
			out = append(out, &pragma{kind: pragmaCheck, target: in, skipAll: s.all, ids: s.ids})
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
	if p.skipAll {
		return true
	}
	hit := false
	for i := range p.ids {
		name := p.ids[i].name
		if p.kind == pragmaCheck && isRuleName(r, name) || p.kind != pragmaCheck && matchesRule(r, name) {
			p.ids[i].used = true
			hit = true
		}
	}
	return hit
}

// reason is what follows "--" after a dockerfix pragma's list of IDs: why
// the finding is ignored.
func (p *pragma) reason(f *File) string {
	if p.kind != pragmaDockerfix {
		return ""
	}
	_, after, ok := strings.Cut(string(f.Src[p.list.End:p.comment.Range.End]), "--")
	if !ok {
		return ""
	}
	return strings.TrimSpace(after)
}

// isRuleName reports whether name is r's ID, name or an alias, spelled
// exactly so: BuildKit looks a skipped rule up by its exact name.
func isRuleName(r *Rule, name string) bool {
	return name == r.ID || name == r.Name || slices.Contains(r.Aliases, name)
}

// checkSkip is what a `check=` directive asks to skip: every rule, or
// those named in ids.
type checkSkip struct {
	all bool
	ids []pragmaID
}

// mayBeCheck reports whether a comment's text, '#' and blanks removed, may
// be a check directive: its name is ASCII letters and digits, and so
// "check" in any case, followed by neither.
func mayBeCheck(text string) bool {
	const name = "check"
	if len(text) < len(name) || !strings.EqualFold(text[:len(name)], name) {
		return false
	}
	if len(text) == len(name) {
		return true
	}
	b := text[len(name)]
	return !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9')
}

// directiveRe is upstream's parser.directiveRegexp, for a comment's text
// after the '#'.
var directiveRe = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`)

// checkAbove reads the check directive among the comments above an
// instruction (its PrevComment), mirroring BuildKit's
// linter.(*Linter).WithMergedConfigFromComments, which the instruction
// parser and dockerfile2llb's dispatch apply to each instruction: the first
// comment that parses as a directive named check (in any case) counts, its
// value up to the first space; when its options do not parse, nothing is
// skipped and later check comments are not read.
func checkAbove(comments []string) (checkSkip, bool) {
	for _, c := range comments {
		c = strings.TrimLeftFunc(c, unicode.IsSpace)
		if !mayBeCheck(c) {
			continue // not a check directive: upstream goes on to the next comment
		}
		m := directiveRe.FindStringSubmatch(c)
		if m == nil || !strings.EqualFold(m[1], "check") {
			continue
		}
		v, _, _ := strings.Cut(m[2], " ")
		s, err := parseCheckOptions(v)
		return s, err == nil
	}
	return checkSkip{}, false
}

// parseCheckOptions mirrors BuildKit's linter.ParseLintOptions for what
// dockerfix reads of it, the skip list: `skip=A,B;error=true`. Keys and
// `all` are case-sensitive; at most three ;-separated parts are read, the
// last one keeping any further ';'. A malformed part (no '=', an unknown
// key, an error value that is not a boolean) fails the whole directive.
func parseCheckOptions(opts string) (checkSkip, error) {
	var s checkSkip
	opts = strings.TrimSpace(opts)
	if opts == "" {
		return s, nil
	}
	for _, part := range strings.SplitN(opts, ";", 3) {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return checkSkip{}, errors.New("invalid check option " + strconv.Quote(part))
		}
		switch strings.TrimSpace(k) {
		case "skip":
			v = strings.TrimSpace(v)
			if v == "all" {
				s.all = true
				continue
			}
			// A later skip= replaces an earlier list, as upstream's does.
			s.ids = s.ids[:0]
			for _, id := range strings.Split(v, ",") {
				s.ids = append(s.ids, pragmaID{name: strings.TrimSpace(id)})
			}
		case "experimental":
		case "error":
			if _, err := strconv.ParseBool(strings.TrimSpace(v)); err != nil {
				return checkSkip{}, err
			}
		default:
			return checkSkip{}, errors.New("invalid check option " + strconv.Quote(k))
		}
	}
	return s, nil
}
