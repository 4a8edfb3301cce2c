package report

import (
	"github.com/dockerfix/dockerfix/lint"
)

// reviewdog's diagnostic format (rdjson: one DiagnosticResult document;
// rdjsonl: one Diagnostic per line), after the JSON schemas in reviewdog's
// proto/rdf/jsonschema. Lines and columns are 1-based, columns count bytes
// (reviewdog's unit), ends are exclusive. Paths are as shown (relative to
// the working directory, as reviewdog expects).
//
// A diagnostic carries its first fix as a suggestion when the fix can be
// written over exactly the diagnostic's lines (SuggestFix): a line-wise
// range, no columns, whose text replaces those lines, which is the only
// kind GitHub posts. Other fixes are named in the message only.

type rdjsonResult struct {
	Source      rdjsonSource `json:"source"`
	Diagnostics any          `json:"diagnostics"` // streamed: elementsPlaceholder, or []rdjsonDiagnostic in tests
}

type rdjsonSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdjsonDiagnostic struct {
	Message          string             `json:"message"`
	Location         rdjsonLocation     `json:"location"`
	Severity         string             `json:"severity"`
	Source           *rdjsonSource      `json:"source,omitempty"` // rdjsonl: each line stands alone
	Code             rdjsonCode         `json:"code"`
	Suggestions      []rdjsonSuggestion `json:"suggestions,omitempty"`
	RelatedLocations []rdjsonRelated    `json:"related_locations,omitempty"`
}

type rdjsonLocation struct {
	Path  string      `json:"path"`
	Range rdjsonRange `json:"range"`
}

type rdjsonRange struct {
	Start rdjsonPosition `json:"start"`
	End   rdjsonPosition `json:"end"`
}

// rdjsonPosition leaves the column out for a line-wise range.
type rdjsonPosition struct {
	Line   int `json:"line"`
	Column int `json:"column,omitempty"`
}

type rdjsonCode struct {
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type rdjsonSuggestion struct {
	Range rdjsonRange `json:"range"`
	Text  string      `json:"text"` // "" deletes the lines
}

type rdjsonRelated struct {
	Message  string         `json:"message,omitempty"`
	Location rdjsonLocation `json:"location"`
}

func rdjsonSourceOf() rdjsonSource { return rdjsonSource{Name: "dockerfix", URL: ToolURI} }

// rdjsonDocument is the rdjson document with the diagnostics to be
// streamed.
func rdjsonDocument() rdjsonResult {
	return rdjsonResult{Source: rdjsonSourceOf(), Diagnostics: elementsPlaceholder}
}

// appendRDJSON appends f's diagnostics as elements of the document's
// "diagnostics" array, whose line has the given indentation.
func appendRDJSON(b []byte, f File, rules []*lint.Rule, indent string) []byte {
	for _, d := range rdjsonDiagnostics(f, rules, false) {
		b = appendElement(b, d, indent)
	}
	return b
}

// appendRDJSONL appends f's diagnostics, one compact JSON line each.
func appendRDJSONL(b []byte, f File, rules []*lint.Rule) []byte {
	for _, d := range rdjsonDiagnostics(f, rules, true) {
		b = appendCompactJSON(b, d)
		b = append(b, '\n')
	}
	return b
}

func rdjsonDiagnostics(f File, rules []*lint.Rule, withSource bool) []rdjsonDiagnostic {
	out := make([]rdjsonDiagnostic, 0, len(f.Diagnostics))
	for _, d := range f.Diagnostics {
		rd := rdjsonDiagnostic{
			Message:  d.Message + fixLabel(d),
			Location: rdjsonLocationOf(f, d.Range),
			Severity: rdjsonSeverity(d.Severity),
			Code:     rdjsonCode{Value: d.Rule},
		}
		if withSource {
			src := rdjsonSourceOf()
			rd.Source = &src
		}
		if r := lint.LookupRule(rules, d.Rule); r != nil {
			rd.Code.URL = r.DocURL()
		}
		if len(d.Fixes) > 0 {
			if s, ok := SuggestFix(f.File, d, d.Fixes[0]); ok {
				rd.Suggestions = []rdjsonSuggestion{{
					Range: rdjsonRange{Start: rdjsonPosition{Line: s.StartLine}, End: rdjsonPosition{Line: s.EndLine}},
					Text:  s.Lines(),
				}}
			}
		}
		for _, rel := range d.Related {
			rd.RelatedLocations = append(rd.RelatedLocations, rdjsonRelated{Message: rel.Message, Location: rdjsonLocationOf(f, rel.Range)})
		}
		out = append(out, rd)
	}
	return out
}

// rdjsonLocationOf is r in f, kept on the lines lineSpan gives: reviewdog
// comments on the range's lines, and a suggestion must cover exactly
// those.
func rdjsonLocationOf(f File, r lint.Range) rdjsonLocation {
	start, end := f.File.Position(r.Start), lineEnd(f.File, r)
	return rdjsonLocation{Path: f.Path, Range: rdjsonRange{
		Start: rdjsonPosition{Line: start.Line, Column: start.Column},
		End:   rdjsonPosition{Line: end.Line, Column: end.Column},
	}}
}

func rdjsonSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "ERROR"
	case lint.Warning:
		return "WARNING"
	}
	return "INFO"
}
