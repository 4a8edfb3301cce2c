// Copied from github.com/moby/buildkit/frontend/dockerfile/parser/line_parsers.go
// (Apache License 2.0) and changed as doc.go lists.

package bkparser

// line parsers are dispatch calls that parse a single unit of text into a
// Node object which contains the whole statement. Dockerfiles have varied
// (but not usually unique, see ONBUILD for a unique example) parsing rules
// per-command, and these unify the processing in a way that makes it
// manageable.

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pkg/errors"
)

var (
	errDockerfileNotStringArray = errors.New("when using JSON array syntax, arrays must be comprised of strings only")
	errDockerfileNotJSONArray   = errors.New("not a JSON array")
)

const (
	commandLabel = "LABEL"
)

// lineParseFunc parses an instruction's arguments. Upstream's line parsers
// return the nodes chained after the command; but for ONBUILD's, each such
// node holds a Value and nothing else. So these append the values to vals
// instead, and Tree.Fill builds the chain when it is wanted. ONBUILD's
// argument, a node holding the nested instruction, is returned as the node.
type lineParseFunc func(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error)

// ignore the current argument. This will still leave a command parsed, but
// will not incorporate the arguments into the ast.
func parseIgnore(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	return append(vals, ""), nil, nil, nil
}

// used for onbuild. Could potentially be used for anything that represents a
// statement with sub-statements.
//
// ONBUILD RUN foo bar -> (onbuild (run foo bar))
func parseSubCommand(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	if rest == "" {
		return vals, nil, nil, nil
	}

	child, childVals, err := newNodeFromLine(rest, d, nil, nil)
	if err != nil {
		return vals, nil, nil, err
	}
	if child.Next == nil {
		child.Next = chain(childVals)
	}

	return vals, &Node{Children: []*Node{child}}, nil, nil
}

// helper to parse words (i.e space delimited or quoted strings) in a statement.
// The quotes are preserved as part of this function and they are stripped later
// as part of processWords(). The words are appended to words.
func parseWords(rest string, d *directives, words []string) []string {
	const (
		inSpaces = iota // looking for start of a word
		inWord
		inQuote
	)

	phase := inSpaces
	quote := '\000'
	blankOK := false
	var ch rune
	var chWidth int
	sbuilder := wordBuilder{rest: rest, runes: !utf8.ValidString(rest)}

	for pos := 0; pos <= len(rest); pos += chWidth {
		if pos != len(rest) {
			ch, chWidth = utf8.DecodeRuneInString(rest[pos:])
		}

		if phase == inSpaces { // Looking for start of word
			if pos == len(rest) { // end of input
				break
			}
			if unicode.IsSpace(ch) { // skip spaces
				continue
			}
			phase = inWord // found it, fall through
		}
		if (phase == inWord || phase == inQuote) && (pos == len(rest)) {
			if blankOK || sbuilder.Len() > 0 {
				words = append(words, sbuilder.String())
			}
			break
		}
		if phase == inWord {
			if unicode.IsSpace(ch) {
				phase = inSpaces
				if blankOK || sbuilder.Len() > 0 {
					words = append(words, sbuilder.String())
				}
				sbuilder.Reset()
				blankOK = false
				continue
			}
			if ch == '\'' || ch == '"' {
				quote = ch
				blankOK = true
				phase = inQuote
			}
			if ch == d.escapeToken {
				if pos+chWidth == len(rest) {
					continue // just skip an escape token at end of line
				}
				// If we're not quoted and we see an escape token, then always just
				// add the escape token plus the char to the word, even if the char
				// is a quote.
				sbuilder.WriteRune(pos, chWidth, ch)
				pos += chWidth
				ch, chWidth = utf8.DecodeRuneInString(rest[pos:])
			}
			sbuilder.WriteRune(pos, chWidth, ch)
			continue
		}
		if phase == inQuote {
			if ch == quote {
				phase = inWord
			}
			// The escape token is special except for ' quotes - can't escape anything for '
			if ch == d.escapeToken && quote != '\'' {
				if pos+chWidth == len(rest) {
					phase = inWord
					continue // just skip the escape token at end
				}
				sbuilder.WriteRune(pos, chWidth, ch)
				pos += chWidth
				ch, chWidth = utf8.DecodeRuneInString(rest[pos:])
			}
			sbuilder.WriteRune(pos, chWidth, ch)
		}
	}

	return words
}

// wordBuilder stands in for parseWords' strings.Builder. Every rune
// parseWords writes is the next one of rest, so on valid UTF-8 a word is a
// slice of rest, built with no copy. On invalid UTF-8 each bad byte becomes
// U+FFFD, as upstream writes it, so the runes are written.
type wordBuilder struct {
	rest       string
	start, end int // the word is rest[start:end]
	runes      bool
	sb         strings.Builder
}

// WriteRune adds ch, found at rest[pos:pos+width].
func (w *wordBuilder) WriteRune(pos, width int, ch rune) {
	if w.runes {
		w.sb.WriteRune(ch)
		return
	}
	if w.start == w.end {
		w.start = pos
	}
	w.end = pos + width
}

func (w *wordBuilder) Len() int {
	if w.runes {
		return w.sb.Len()
	}
	return w.end - w.start
}

func (w *wordBuilder) String() string {
	if w.runes {
		return w.sb.String()
	}
	return w.rest[w.start:w.end]
}

func (w *wordBuilder) Reset() {
	w.sb.Reset()
	w.start, w.end = 0, 0
}

// parse environment like statements. Note that this does *not* handle
// variable interpolation, which will be handled in the evaluator.
func parseNameVal(rest string, key string, d *directives, vals []string) ([]string, error) {
	// This is kind of tricky because we need to support the old
	// variant:   KEY name value
	// as well as the new one:    KEY name=value ...
	// The trigger to know which one is being used will be whether we hit
	// a space or = first.  space ==> old, "=" ==> new

	words := parseWords(rest, d, d.words[:0])
	d.words = words[:0]
	if len(words) == 0 {
		return vals, nil
	}

	// Old format (KEY name value)
	if !strings.Contains(words[0], "=") {
		parts := splitWhitespace(rest, 2)
		if len(parts) < 2 {
			return vals, errors.Errorf("%s must have two arguments", key)
		}
		return appendKeyValue(vals, parts[0], parts[1], ""), nil
	}

	for _, word := range words {
		if !strings.Contains(word, "=") {
			return vals, errors.Errorf("Syntax error - can't find = in %q. Must be of the form: name=value", word)
		}

		key, value, _ := strings.Cut(word, "=")
		vals = appendKeyValue(vals, key, value, "=")
	}

	return vals, nil
}

// appendKeyValue stands for upstream's newKeyValueNode and
// appendKeyValueNode: three nodes, the key, the value and the separator.
func appendKeyValue(vals []string, key, value, sep string) []string {
	return append(vals, key, value, sep)
}

func parseEnv(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	vals, err := parseNameVal(rest, "ENV", d, vals)
	return vals, nil, nil, err
}

func parseLabel(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	vals, err := parseNameVal(rest, commandLabel, d, vals)
	return vals, nil, nil, err
}

// parses a statement containing one or more keyword definition(s) and/or
// value assignments, like `name1 name2= name3="" name4=value`.
// Note that this is a stricter format than the old format of assignment,
// allowed by parseNameVal(), in a way that this only allows assignment of the
// form `keyword=[<value>]` like  `name2=`, `name3=""`, and `name4=value` above.
// In addition, a keyword definition alone is of the form `keyword` like `name1`
// above. And the assignments `name2=` and `name3=""` are equivalent and
// assign an empty value to the respective keywords.
func parseNameOrNameVal(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	// A node per word.
	return parseWords(rest, d, vals), nil, nil, nil
}

// parses a whitespace-delimited set of arguments. The result is effectively a
// linked list of string arguments.
func parseStringsWhitespaceDelimited(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	if rest == "" {
		return vals, nil, nil, nil
	}

	// A node per field. (Upstream chains one more, empty, and cuts it off.)
	for start := 0; start >= 0; {
		end, next := nextSplit(rest, start)
		vals = append(vals, rest[start:end])
		start = next
	}

	return vals, nil, nil, nil
}

// parseString just wraps the string in quotes and returns a working node.
func parseString(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	if rest == "" {
		return vals, nil, nil, nil
	}
	return append(vals, rest), nil, nil, nil
}

// parseJSON converts JSON arrays to an AST.
// On an error, what it appended to vals is garbage: the caller keeps vals.
func parseJSON(rest string, vals []string) ([]string, map[string]bool, error) {
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if !strings.HasPrefix(rest, "[") {
		return vals, nil, errDockerfileNotJSONArray
	}

	if plain, ok := parsePlainJSON(rest, vals); ok {
		return plain, map[string]bool{"json": true}, nil
	}

	var myJSON []any
	if err := json.Unmarshal([]byte(rest), &myJSON); err != nil {
		return vals, nil, err
	}

	for _, str := range myJSON {
		s, ok := str.(string)
		if !ok {
			return vals, nil, errDockerfileNotStringArray
		}

		vals = append(vals, s)
	}

	return vals, map[string]bool{"json": true}, nil
}

// parsePlainJSON is parseJSON's common case without encoding/json: an
// array of strings with no escapes, control characters or invalid UTF-8,
// which decode to their own bytes. Anything else is not ok, for
// encoding/json to decide.
func parsePlainJSON(rest string, vals []string) ([]string, bool) {
	i := skipJSONSpace(rest, 1) // past '['
	if i < len(rest) && rest[i] == ']' {
		return vals, skipJSONSpace(rest, i+1) == len(rest)
	}
	for {
		if i >= len(rest) || rest[i] != '"' {
			return vals, false
		}
		j := i + 1
		for j < len(rest) && rest[j] != '"' {
			if c := rest[j]; c == '\\' || c < 0x20 {
				return nil, false
			}
			j++
		}
		if j == len(rest) || !utf8.ValidString(rest[i+1:j]) {
			return vals, false
		}
		vals = append(vals, rest[i+1:j])
		i = skipJSONSpace(rest, j+1)
		switch {
		case i < len(rest) && rest[i] == ',':
			i = skipJSONSpace(rest, i+1)
		case i < len(rest) && rest[i] == ']':
			return vals, skipJSONSpace(rest, i+1) == len(rest)
		default:
			return vals, false
		}
	}
}

// skipJSONSpace returns the index of the first byte at or after i that is
// not JSON whitespace.
func skipJSONSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// parseMaybeJSON determines if the argument appears to be a JSON array. If
// so, passes to parseJSON; if not, quotes the result and returns a single
// node.
func parseMaybeJSON(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	if rest == "" {
		return vals, nil, nil, nil
	}

	list, attrs, err := parseJSON(rest, vals)

	if err == nil {
		return list, nil, attrs, nil
	}
	if errors.Is(err, errDockerfileNotStringArray) {
		return vals, nil, nil, err
	}

	return append(vals, rest), nil, nil, nil
}

// parseMaybeJSONToList determines if the argument appears to be a JSON array. If
// so, passes to parseJSON; if not, attempts to parse it as a whitespace
// delimited string.
func parseMaybeJSONToList(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	list, attrs, err := parseJSON(rest, vals)

	if err == nil {
		return list, nil, attrs, nil
	}
	if errors.Is(err, errDockerfileNotStringArray) {
		return vals, nil, nil, err
	}

	return parseStringsWhitespaceDelimited(rest, d, vals)
}

// The HEALTHCHECK command is like parseMaybeJSON, but has an extra type argument.
func parseHealthConfig(rest string, d *directives, vals []string) ([]string, *Node, map[string]bool, error) {
	// Find end of first argument
	var sep int
	for ; sep < len(rest); sep++ {
		if unicode.IsSpace(rune(rest[sep])) {
			break
		}
	}
	next := sep
	for ; next < len(rest); next++ {
		if !unicode.IsSpace(rune(rest[next])) {
			break
		}
	}

	if sep == 0 {
		return vals, nil, nil, nil
	}

	// The type's node, then parseMaybeJSON's.
	typ := rest[:sep]
	return parseMaybeJSON(rest[next:], d, append(vals, typ))
}
