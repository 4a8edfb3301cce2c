// Copied from github.com/moby/buildkit/frontend/dockerfile/parser/split_command.go
// (Apache License 2.0) and changed as doc.go lists.

package bkparser

import (
	"strings"
	"unicode"
)

// splitCommand takes a single line of text and parses out the cmd and args,
// which are used for dispatching to more exact parsing functions.
func splitCommand(line string, d *directives) (string, []string, string, error) {
	var args string
	var flags []string

	// Make sure we get the same results irrespective of leading/trailing spaces
	// (upstream: splitWhitespace(strings.TrimSpace(line), 2), without the slice)
	line = strings.TrimSpace(line)
	end, next := nextSplit(line, 0)

	if next >= 0 {
		var err error
		args, flags, err = extractBuilderFlags(line[next:], d)
		if err != nil {
			return "", nil, "", err
		}
	}

	return line[:end], flags, strings.TrimSpace(args), nil
}

func extractBuilderFlags(line string, d *directives) (string, []string, error) {
	// Parses the BuilderFlags and returns the remaining part of the line

	const (
		inSpaces = iota // looking for start of a word
		inWord
		inQuote
	)

	words := []string{}
	phase := inSpaces
	sbuilder := &strings.Builder{}
	quote := '\000'
	blankOK := false
	var ch rune

	for pos := 0; pos <= len(line); pos++ {
		if pos != len(line) {
			ch = rune(line[pos])
		}

		if phase == inSpaces { // Looking for start of word
			if pos == len(line) { // end of input
				break
			}
			if unicode.IsSpace(ch) { // skip spaces
				continue
			}

			// Only keep going if the next word starts with --
			if ch != '-' || pos+1 == len(line) || rune(line[pos+1]) != '-' {
				return line[pos:], words, nil
			}

			phase = inWord // found something with "--", fall through
		}
		if (phase == inWord || phase == inQuote) && (pos == len(line)) {
			if word := sbuilder.String(); word != "--" && (blankOK || len(word) > 0) {
				words = append(words, word)
			}
			break
		}
		if phase == inWord {
			if unicode.IsSpace(ch) {
				word := sbuilder.String()
				phase = inSpaces
				if word == "--" {
					return line[pos:], words, nil
				}
				if blankOK || len(word) > 0 {
					words = append(words, word)
				}
				sbuilder.Reset()
				blankOK = false
				continue
			}
			if ch == '\'' || ch == '"' {
				quote = ch
				blankOK = true
				phase = inQuote
				continue
			}
			if ch == d.escapeToken {
				if pos+1 == len(line) {
					continue // just skip \ at end
				}
				pos++
				ch = rune(line[pos])
			}
			if _, err := sbuilder.WriteRune(ch); err != nil {
				return "", nil, err
			}
			continue
		}
		if phase == inQuote {
			if ch == quote {
				phase = inWord
				continue
			}
			if ch == d.escapeToken {
				if pos+1 == len(line) {
					phase = inWord
					continue // just skip \ at end
				}
				pos++
				ch = rune(line[pos])
			}
			if _, err := sbuilder.WriteRune(ch); err != nil {
				return "", nil, err
			}
		}
	}

	return "", words, nil
}
