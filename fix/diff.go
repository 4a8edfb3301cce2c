package fix

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// diffContext is the number of unchanged lines shown around each change,
// as with diff -u and git diff.
const diffContext = 3

// diffTimeout bounds the Myers search on huge inputs. Past it go-diff returns
// a valid but less minimal diff; Dockerfiles never get near it, so output is
// deterministic in practice.
const diffTimeout = 5 * time.Second

// maxDistinctLines is how many distinct lines fit in the rune alphabet used
// for the line-mode diff: all valid code points except the surrogates.
const maxDistinctLines = utf8.MaxRune + 1 - (0xE000 - 0xD800)

// UnifiedDiff returns a unified diff from old to new with headers
// "--- a/oldPath" and "+++ b/newPath" (the names written as git writes
// them, see headerName) and three lines of context, in the format of GNU
// diff -u, accepted by git apply and patch -p1. Lines are split
// after '\n' only, so "\r\n" endings are kept byte for byte, and a last line
// without '\n' gets a "\ No newline at end of file" marker. It returns nil
// when old and new are equal.
func UnifiedDiff(oldPath, newPath string, old, new []byte) []byte {
	if bytes.Equal(old, new) {
		return nil
	}
	a, b := splitLines(old), splitLines(new)
	blocks := diffLines(a, b)
	if len(blocks) == 0 {
		return nil
	}

	var out bytes.Buffer
	out.WriteString("--- " + headerName("a/", oldPath) + "\n")
	out.WriteString("+++ " + headerName("b/", newPath) + "\n")
	for len(blocks) > 0 {
		// A hunk takes every following change whose leading context would
		// overlap or touch this one's trailing context, as GNU diff does.
		n := 1
		for n < len(blocks) && blocks[n].a0-blocks[n-1].a1 <= 2*diffContext {
			n++
		}
		writeHunk(&out, a, b, blocks[:n])
		blocks = blocks[n:]
	}
	return out.Bytes()
}

// headerName is prefix+name as git diff writes it in a --- or +++ line:
// in C-style quotes when it holds a control character, '"', '\\' or a
// byte past ASCII (core.quotePath, git's default), and followed by a tab
// when it holds a space, which tells patch where the name ends.
func headerName(prefix, name string) string {
	s := prefix + name
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			s = cQuote(s)
			break
		}
	}
	if strings.Contains(name, " ") {
		s += "\t"
	}
	return s
}

// cQuote quotes s as git's quote_c_style does: the usual C escapes for
// \a \b \t \n \v \f \r, '"' and '\\', three octal digits for any other
// byte below space or from DEL up.
func cQuote(s string) string {
	b := make([]byte, 0, len(s)+8)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\a':
			b = append(b, `\a`...)
		case '\b':
			b = append(b, `\b`...)
		case '\t':
			b = append(b, `\t`...)
		case '\n':
			b = append(b, `\n`...)
		case '\v':
			b = append(b, `\v`...)
		case '\f':
			b = append(b, `\f`...)
		case '\r':
			b = append(b, `\r`...)
		case '"', '\\':
			b = append(b, '\\', c)
		default:
			if c < 0x20 || c >= 0x7f {
				b = append(b, '\\', '0'+c>>6, '0'+c>>3&7, '0'+c&7)
			} else {
				b = append(b, c)
			}
		}
	}
	return string(append(b, '"'))
}

// block is one change: lines a[a0:a1] are replaced by b[b0:b1]. The lines
// between two consecutive blocks are equal on both sides.
type block struct{ a0, a1, b0, b1 int }

// writeHunk writes one hunk covering bs plus context.
func writeHunk(out *bytes.Buffer, a, b [][]byte, bs []block) {
	first, last := bs[0], bs[len(bs)-1]
	lead := min(diffContext, first.a0)
	trail := min(diffContext, len(a)-last.a1)
	a0, a1 := first.a0-lead, last.a1+trail
	b0, b1 := first.b0-lead, last.b1+trail

	out.WriteString("@@ -")
	writeRange(out, a0, a1-a0)
	out.WriteString(" +")
	writeRange(out, b0, b1-b0)
	out.WriteString(" @@\n")

	ctx := a0
	for _, c := range bs {
		writeLines(out, ' ', a[ctx:c.a0])
		writeLines(out, '-', a[c.a0:c.a1])
		writeLines(out, '+', b[c.b0:c.b1])
		ctx = c.a1
	}
	writeLines(out, ' ', a[ctx:a1])
}

// writeRange writes "start,count" for 0-based start the way GNU diff does:
// a count of 1 is omitted, and an empty range names the line before it.
func writeRange(out *bytes.Buffer, start, count int) {
	switch count {
	case 0:
		out.WriteString(strconv.Itoa(start) + ",0")
	case 1:
		out.WriteString(strconv.Itoa(start + 1))
	default:
		out.WriteString(strconv.Itoa(start+1) + "," + strconv.Itoa(count))
	}
}

func writeLines(out *bytes.Buffer, prefix byte, lines [][]byte) {
	for _, l := range lines {
		out.WriteByte(prefix)
		out.Write(l)
		if len(l) == 0 || l[len(l)-1] != '\n' {
			out.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// splitLines splits after each '\n'; only the last line may lack one.
func splitLines(s []byte) [][]byte {
	var lines [][]byte
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\n') + 1
		if i == 0 {
			i = len(s)
		}
		lines = append(lines, s[:i:i])
		s = s[i:]
	}
	return lines
}

// diffLines returns the changed blocks between a and b in order.
func diffLines(a, b [][]byte) []block {
	// Equal ends are trimmed here rather than left to go-diff so that the
	// alphabet below only has to cover the lines that differ.
	pre := 0
	for pre < len(a) && pre < len(b) && bytes.Equal(a[pre], b[pre]) {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && bytes.Equal(a[len(a)-1-suf], b[len(b)-1-suf]) {
		suf++
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma) == 0 && len(mb) == 0 {
		return nil
	}

	// Line mode: each distinct line becomes one rune and go-diff diffs the
	// rune strings. The mapping is done here because go-diff's own
	// DiffLinesToRunes panics past its alphabet size; beyond that we fall
	// back to replacing the whole middle, which is still a correct diff.
	ids := make(map[string]rune)
	ra, okA := linesToRunes(ma, ids)
	rb, okB := linesToRunes(mb, ids)
	if !okA || !okB {
		return []block{{pre, pre + len(ma), pre, pre + len(mb)}}
	}

	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = diffTimeout
	diffs := dmp.DiffMainRunes(ra, rb, false)

	var blocks []block
	i, j := pre, pre
	open := false // whether blocks[len(blocks)-1] is still growing
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		if d.Type == diffmatchpatch.DiffEqual {
			i += n
			j += n
			open = false
			continue
		}
		if !open {
			blocks = append(blocks, block{i, i, j, j})
			open = true
		}
		c := &blocks[len(blocks)-1]
		if d.Type == diffmatchpatch.DiffDelete {
			i += n
			c.a1 = i
		} else {
			j += n
			c.b1 = j
		}
	}
	return blocks
}

// linesToRunes maps each line to a rune that stands for its content,
// reusing ids across calls. It reports false if the alphabet runs out.
func linesToRunes(lines [][]byte, ids map[string]rune) ([]rune, bool) {
	rs := make([]rune, len(lines))
	for k, l := range lines {
		r, ok := ids[string(l)]
		if !ok {
			if len(ids) >= maxDistinctLines {
				return nil, false
			}
			r = rune(len(ids))
			if r >= 0xD800 {
				r += 0xE000 - 0xD800 // skip surrogates: not valid in strings
			}
			ids[string(l)] = r
		}
		rs[k] = r
	}
	return rs, true
}
