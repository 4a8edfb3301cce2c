package report

import (
	"encoding/json"
	"io"
	"path"

	"github.com/dockerfix/dockerfix/lint"
)

// The JSON schema, version 1. Field names and meanings are stable; new
// fields may be added. Lines and columns are 1-based, columns count bytes,
// offsets are 0-based bytes into the file; ranges are half-open.
type jsonReport struct {
	Version int        `json:"version"`
	Files   []jsonFile `json:"files"`
}

type jsonFile struct {
	Path        string           `json:"path"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
}

type jsonDiagnostic struct {
	Rule     string    `json:"rule"`
	Name     string    `json:"name"`
	Severity string    `json:"severity"`
	Message  string    `json:"message"`
	Range    jsonRange `json:"range"`
	Fixes    []jsonFix `json:"fixes"`
}

type jsonRange struct {
	Start jsonPos `json:"start"`
	End   jsonPos `json:"end"`
}

type jsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Safe    bool       `json:"safe"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Path  string `json:"path"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	New   string `json:"new"`
}

// JSON writes the results as one JSON document (schema version 1).
func JSON(w io.Writer, files []File, rules []*lint.Rule) error {
	out := jsonReport{Version: 1, Files: []jsonFile{}}
	for _, f := range files {
		jf := jsonFile{Path: f.Path, Diagnostics: []jsonDiagnostic{}}
		for _, d := range f.Diagnostics {
			jd := jsonDiagnostic{
				Rule:     d.Rule,
				Name:     ruleName(rules, d.Rule),
				Severity: d.Severity.String(),
				Message:  d.Message,
				Range:    jsonRange{Start: pos(f.File, d.Range.Start), End: pos(f.File, d.Range.End)},
				Fixes:    []jsonFix{},
			}
			for _, fx := range d.Fixes {
				jx := jsonFix{Message: fx.Message, Safe: fx.Safe, Edits: []jsonEdit{}}
				for _, e := range fx.Edits {
					p := f.Path
					if e.Path != "" {
						p = path.Join(path.Dir(f.Path), e.Path)
					}
					jx.Edits = append(jx.Edits, jsonEdit{Path: p, Start: e.Range.Start, End: e.Range.End, New: e.New})
				}
				jd.Fixes = append(jd.Fixes, jx)
			}
			jf.Diagnostics = append(jf.Diagnostics, jd)
		}
		out.Files = append(out.Files, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func pos(f *lint.File, off int) jsonPos {
	p := f.Position(off)
	return jsonPos{Line: p.Line, Column: p.Column, Offset: off}
}
