package rules

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// LegacyKeyValueFormat rewrites `ENV key value` and `LABEL key value` as
// key=value, quoting the value so that it stays exactly what it was,
// spaces and quotes included. `LABEL key = "v"`, whose value is
// `= "v"`, gets the rewrite that was meant, `key="v"`, as an unsafe fix.
var LegacyKeyValueFormat = &lint.Rule{
	ID: "DF419", Name: "legacy-key-value-format",
	Aliases:  []string{"LegacyKeyValueFormat"},
	Title:    "ENV and LABEL should use key=value",
	Severity: lint.Warning,
	Fix:      lint.FixMixed,
	Check: func(p *lint.Pass) {
		f := p.File
		for _, in := range f.Instructions {
			if in.Stage == nil || in.Keyword != "ENV" && in.Keyword != "LABEL" {
				continue
			}
			if in.FirstArgHas('=') {
				continue // the key=value form, as most are
			}
			for _, kv := range in.KeyValues() {
				if !kv.Legacy {
					continue
				}
				kw := in.KeywordText()
				d := lint.Diagnostic{
					Range:   in.Range,
					Message: `"` + kw + ` key=value" should be used instead of legacy "` + kw + ` key value" format`,
				}
				if fx, ok := legacyFix(f, kv); ok {
					if !fx.Safe {
						d.Message += fmt.Sprintf("; today %s's value is %q, '=' included", kv.Key.Text, kv.Value)
					}
					d.Fixes = []lint.Fix{fx}
				}
				p.Report(d)
			}
		}
	},
}

// legacyFix rewrites a legacy pair as key=value. The value's words keep
// their bytes; the blanks between them are quoted, all at once when no
// quote or escape makes that change the value, else each run alone. The
// rewrite is checked: the new value must expand exactly as the old one.
func legacyFix(f *lint.File, kv lint.KeyValue) (lint.Fix, bool) {
	words := kv.ValueWords
	if len(words) == 0 || strings.ContainsAny(kv.Key.Text, `"'`) || strings.IndexByte(kv.Key.Text, f.Escape) >= 0 {
		return lint.Fix{}, false // BuildKit splits the key at the first blank, quotes or not
	}
	for _, w := range words {
		if w.Range.Len() != len(w.Text) {
			return lint.Fix{}, false // a word continued over lines
		}
	}
	// `key = value`: the '=' was meant as the separator.
	meant := strings.HasPrefix(words[0].Text, "=")
	sepEnd := words[0].Range.Start
	if meant {
		sepEnd++
		if words[0].Text == "=" {
			words = words[1:]
			if len(words) > 0 {
				sepEnd = words[0].Range.Start
			}
		} else {
			words = append([]lint.Word{{Text: words[0].Text[1:], Range: lint.Range{Start: sepEnd, End: words[0].Range.End}}}, words[1:]...)
		}
	}
	sep := lint.Range{Start: kv.Key.Range.End, End: sepEnd}
	if bytes.IndexByte(f.Src[sep.Start:sep.End], '#') >= 0 {
		return lint.Fix{}, false // a comment line in the blanks: keep it
	}
	edits := []lint.Edit{{Range: sep, New: "="}}
	newValue := ""
	if len(words) > 0 {
		value := kv.Value
		if meant {
			value = value[strings.Index(value, words[0].Text):]
		}
		newValue = words[0].Text
		plain := true
		for _, w := range words {
			plain = plain && !strings.ContainsAny(w.Text, `"'`) && strings.IndexByte(w.Text, f.Escape) < 0
		}
		last := words[len(words)-1]
		oneLine := bytes.IndexByte(f.Src[words[0].Range.Start:last.Range.End], '\n') < 0
		switch {
		case len(words) == 1:
		case plain:
			edits[0].New = `="`
			edits = append(edits, lint.Edit{Range: lint.Range{Start: last.Range.End, End: last.Range.End}, New: `"`})
			newValue = `"` + value + `"`
		case oneLine:
			// Quotes and escapes inside: one double-quoted word that
			// reads the same.
			q, ok := requote(value, f.Escape)
			if !ok {
				return lint.Fix{}, false
			}
			edits = append(edits, lint.Edit{Range: lint.Range{Start: words[0].Range.Start, End: last.Range.End}, New: q})
			newValue = q
		default:
			// Over several lines: quote each run of blanks, keeping the
			// lines as they are.
			gaps, ok := wordGaps(value, words)
			if !ok {
				return lint.Fix{}, false
			}
			for i, gap := range gaps {
				a, b := words[i].Range.End, words[i+1].Range.Start
				edits = append(edits, lint.Edit{Range: lint.Range{Start: a, End: a}, New: `"`}, lint.Edit{Range: lint.Range{Start: b, End: b}, New: `"`})
				newValue += `"` + gap + `"` + words[i+1].Text
			}
		}
		// Without quotes or escapes the value reads the same bare or in
		// double quotes; other rewrites are checked by expanding both.
		if braceHasBlankOrQuote(value) || !meant && !plain && !sameExpansion(f, kv.Value, newValue) {
			return lint.Fix{}, false
		}
	}
	if meant {
		return lint.Fix{Message: "Write " + kv.Key.Text + "=" + newValue + ", without the '='", Edits: edits}, true
	}
	return lint.Fix{Message: "Write " + kv.Key.Text + "=" + newValue, Safe: true, Edits: edits}, true
}

// requote rewrites value, a legacy ENV or LABEL value read as one word,
// as a single double-quoted word with the same expansion: quoted parts
// keep their meaning, characters that double quotes would treat
// specially are escaped.
func requote(value string, escape byte) (string, bool) {
	var b strings.Builder
	b.WriteByte('"')
	literal := func(c byte) {
		if c == '"' || c == '$' || c == escape {
			b.WriteByte(escape)
		}
		b.WriteByte(c)
	}
	for i := 0; i < len(value); i++ {
		switch c := value[i]; c {
		case escape:
			if i+1 < len(value) {
				i++
				literal(value[i])
			}
		case '\'':
			j := strings.IndexByte(value[i+1:], '\'')
			if j < 0 {
				return "", false
			}
			for k := i + 1; k <= i+j; k++ {
				literal(value[k])
			}
			i += j + 1
		case '"':
			// A double-quoted part means the same inside the new quotes.
			j := i + 1
			for ; j < len(value) && value[j] != '"'; j++ {
				if value[j] == escape {
					j++
				}
			}
			if j >= len(value) {
				return "", false
			}
			b.WriteString(value[i+1 : j])
			i = j
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String(), true
}

// braceHasBlankOrQuote reports a ${…} whose modifier word holds a blank or
// a quote: quoting around it could change that word, and the check with
// every variable set never expands it.
func braceHasBlankOrQuote(value string) bool {
	for i := strings.Index(value, "${"); i >= 0; {
		end := strings.IndexByte(value[i:], '}')
		if end < 0 {
			return true
		}
		if strings.ContainsAny(value[i:i+end], " \t\"'") {
			return true
		}
		next := strings.Index(value[i+end:], "${")
		if next < 0 {
			break
		}
		i += end + next
	}
	return false
}

// wordGaps finds words in value, in order, and returns the blanks between
// them as value has them (continuations joined).
func wordGaps(value string, words []lint.Word) ([]string, bool) {
	var gaps []string
	pos := 0
	for i, w := range words {
		j := strings.Index(value[pos:], w.Text)
		if j < 0 || strings.TrimSpace(value[pos:pos+j]) != "" {
			return nil, false
		}
		if i > 0 {
			gaps = append(gaps, value[pos:pos+j])
		}
		pos += j + len(w.Text)
	}
	return gaps, strings.TrimSpace(value[pos:]) == ""
}

// sameExpansion reports whether a and b expand alike with any variables:
// each variable stands for a marker of its own.
func sameExpansion(f *lint.File, a, b string) bool {
	ra, err := f.ExpandWord(a, markerEnv{})
	if err != nil {
		return false
	}
	rb, err := f.ExpandWord(b, markerEnv{})
	return err == nil && ra.Result == rb.Result
}

// markerEnv gives every variable a value that names it.
type markerEnv struct{}

func (markerEnv) Get(name string) (string, bool) { return "\x00" + name + "\x00", true }
func (markerEnv) Keys() []string                 { return nil }
