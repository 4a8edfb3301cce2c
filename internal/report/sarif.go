package report

import (
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/dockerfix/dockerfix/lint"
)

// SARIF 2.1.0, the subset dockerfix writes, as its own types: the SARIF
// libraries write empty arrays and "index": -1 where nothing is known.
//
// Columns count UTF-16 code units: SARIF's default unit, which consumers
// assume when a run does not say, and which ours states in columnKind.
// Regions of the Dockerfile are exact, their end exclusive. Artifact URIs are relative to %SRCROOT%, the
// repository root (File.RepoPath).

// SARIFSchemaURI is the OASIS SARIF 2.1.0 schema (errata 01) that the
// output names and validates against.
const SARIFSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// srcRoot is the uriBaseId of repository-relative URIs.
const srcRoot = "%SRCROOT%"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool `json:"tool"`
	ColumnKind string    `json:"columnKind"`
	Results    any       `json:"results"` // streamed: elementsPlaceholder, or []sarifResult in tests
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules,omitempty"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     *sarifMessage      `json:"shortDescription,omitempty"`
	FullDescription      *sarifMessage      `json:"fullDescription,omitempty"`
	Help                 *sarifMultiformat  `json:"help,omitempty"`
	HelpURI              string             `json:"helpUri"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifConfiguration struct {
	Enabled *bool  `json:"enabled,omitempty"` // false for opt-in rules; left out when true, the default
	Level   string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifMultiformat struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifResult struct {
	RuleID           string             `json:"ruleId"`
	RuleIndex        *int               `json:"ruleIndex,omitempty"`
	Level            string             `json:"level"`
	Message          sarifMessage       `json:"message"`
	Locations        []sarifLocation    `json:"locations"`
	RelatedLocations []sarifLocation    `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix         `json:"fixes,omitempty"`
	Suppressions     []sarifSuppression `json:"suppressions,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifRegion is a text region (lines and columns) of the Dockerfile, or a
// byte region of another file, whose lines dockerfix does not read.
type sarifRegion struct {
	StartLine   int  `json:"startLine,omitempty"`
	StartColumn int  `json:"startColumn,omitempty"`
	EndLine     int  `json:"endLine,omitempty"`
	EndColumn   int  `json:"endColumn,omitempty"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	Properties      sarifFixProperties    `json:"properties"`
}

type sarifFixProperties struct {
	Safe bool `json:"safe"` // --write applies it; else only --unsafe-fixes
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

// sarifReplacement always has insertedContent, "" for a deletion, which
// SARIF also allows to leave out: reviewdog's SARIF reader crashes without
// it before v0.21.
type sarifReplacement struct {
	DeletedRegion   sarifRegion          `json:"deletedRegion"`
	InsertedContent sarifArtifactContent `json:"insertedContent"`
}

type sarifArtifactContent struct {
	Text string `json:"text"`
}

type sarifSuppression struct {
	Kind          string         `json:"kind"` // "inSource": a pragma in the Dockerfile
	Justification string         `json:"justification,omitempty"`
	Location      *sarifLocation `json:"location,omitempty"`
}

// sarifPrinter renders results; it is read-only once made.
type sarifPrinter struct {
	opts      Options
	ruleIndex map[string]int
	indent    string // of the line "results" opens on (splitDocument)
}

func newSARIF(opts Options) *sarifPrinter {
	s := &sarifPrinter{opts: opts, ruleIndex: make(map[string]int, len(opts.Rules))}
	for i, r := range opts.Rules {
		s.ruleIndex[r.ID] = i
	}
	return s
}

// document is the log with the results to be streamed.
func (s *sarifPrinter) document() sarifLog {
	return s.log(elementsPlaceholder)
}

func (s *sarifPrinter) log(results any) sarifLog {
	driver := sarifDriver{Name: "dockerfix", Version: s.opts.Version, InformationURI: ToolURI}
	for _, r := range s.opts.Rules {
		driver.Rules = append(driver.Rules, s.rule(r))
	}
	return sarifLog{
		Schema:  SARIFSchemaURI,
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, ColumnKind: "utf16CodeUnits", Results: results}},
	}
}

func (s *sarifPrinter) rule(r *lint.Rule) sarifRule {
	sr := sarifRule{
		ID: r.ID, Name: r.Name, HelpURI: r.DocURL(),
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Severity)},
	}
	if r.Title != "" {
		sr.ShortDescription = &sarifMessage{Text: r.Title}
	}
	if r.OptIn {
		sr.DefaultConfiguration.Enabled = new(bool)
	}
	var doc string
	if s.opts.RuleDoc != nil {
		doc = s.opts.RuleDoc(r)
	}
	if doc != "" {
		if summary := docSummary(doc); summary != "" {
			sr.FullDescription = &sarifMessage{Text: summary}
		}
		sr.Help = &sarifMultiformat{Text: doc, Markdown: doc}
	}
	return sr
}

// docSummary is the first paragraph of a rule's doc after its heading and
// header line, on one line.
func docSummary(doc string) string {
	for _, p := range strings.Split(doc, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" || strings.HasPrefix(p, "#") || strings.HasPrefix(p, "**Severity:**") || strings.HasPrefix(p, "```") {
			continue
		}
		return strings.Join(strings.Fields(p), " ")
	}
	return ""
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// appendFile appends f's results, its suppressed findings among them in
// position order.
func (s *sarifPrinter) appendFile(b []byte, f File) []byte {
	for _, r := range s.results(f) {
		b = appendElement(b, r, s.indent)
	}
	return b
}

func (s *sarifPrinter) results(f File) []sarifResult {
	type finding struct {
		d   lint.Diagnostic
		sup *lint.Suppressed // nil when reported
	}
	all := make([]finding, 0, len(f.Diagnostics)+len(f.Suppressed))
	for _, d := range f.Diagnostics {
		all = append(all, finding{d: d})
	}
	for i := range f.Suppressed {
		all = append(all, finding{d: f.Suppressed[i].Diagnostic, sup: &f.Suppressed[i]})
	}
	if len(f.Suppressed) > 0 {
		slices.SortStableFunc(all, func(a, b finding) int { return compareDiagnostics(a.d, b.d) })
	}
	out := make([]sarifResult, 0, len(all))
	for _, fd := range all {
		r := s.result(f, fd.d)
		if fd.sup != nil {
			sp := sarifSuppression{Kind: "inSource", Justification: fd.sup.Reason}
			if fd.sup.Pragma != (lint.Range{}) {
				sp.Location = &sarifLocation{PhysicalLocation: s.physical(f, fd.sup.Pragma)}
			}
			r.Suppressions = []sarifSuppression{sp}
		}
		out = append(out, r)
	}
	return out
}

// compareDiagnostics orders as lint.SortDiagnostics does.
func compareDiagnostics(a, b lint.Diagnostic) int {
	switch {
	case a.Range.Start != b.Range.Start:
		return a.Range.Start - b.Range.Start
	case a.Rule != b.Rule:
		return strings.Compare(a.Rule, b.Rule)
	}
	return strings.Compare(a.Message, b.Message)
}

func (s *sarifPrinter) result(f File, d lint.Diagnostic) sarifResult {
	r := sarifResult{
		RuleID:    d.Rule,
		Level:     sarifLevel(d.Severity),
		Message:   sarifMessage{Text: d.Message},
		Locations: []sarifLocation{{PhysicalLocation: s.physical(f, d.Range)}},
	}
	if i, ok := s.ruleIndex[d.Rule]; ok {
		r.RuleIndex = &i
	}
	for _, rel := range d.Related {
		r.RelatedLocations = append(r.RelatedLocations, sarifLocation{
			PhysicalLocation: s.physical(f, rel.Range),
			Message:          &sarifMessage{Text: rel.Message},
		})
	}
	for _, fx := range d.Fixes {
		r.Fixes = append(r.Fixes, s.fix(f, fx))
	}
	return r
}

func (s *sarifPrinter) physical(f File, r lint.Range) sarifPhysicalLocation {
	return sarifPhysicalLocation{ArtifactLocation: artifactLocation(f, ""), Region: textRegion(f.File, r)}
}

// textRegion is r in lines and UTF-16 columns, end exclusive.
func textRegion(f *lint.File, r lint.Range) *sarifRegion {
	start, end := position(f, r.Start), position(f, r.End)
	return &sarifRegion{
		StartLine: start.Line, StartColumn: utf16Column(f, start),
		EndLine: end.Line, EndColumn: utf16Column(f, end),
	}
}

func (s *sarifPrinter) fix(f File, fx lint.Fix) sarifFix {
	safety := " (safe fix: --write applies it)"
	if !fx.Safe {
		safety = " (unsafe fix: only --write --unsafe-fixes applies it)"
	}
	out := sarifFix{Description: sarifMessage{Text: fx.Message + safety}, Properties: sarifFixProperties{Safe: fx.Safe}}
	// One artifactChange per file, in the order the edits first name them.
	for _, e := range fx.Edits {
		i := slices.IndexFunc(out.ArtifactChanges, func(c sarifArtifactChange) bool {
			return c.ArtifactLocation == artifactLocation(f, e.Path)
		})
		if i < 0 {
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifactLocation(f, e.Path)})
			i = len(out.ArtifactChanges) - 1
		}
		rep := sarifReplacement{InsertedContent: sarifArtifactContent{Text: e.New}}
		if e.Path == "" {
			rep.DeletedRegion = *textRegion(f.File, e.Range)
		} else {
			off, n := e.Range.Start, e.Range.Len()
			rep.DeletedRegion = sarifRegion{ByteOffset: &off, ByteLength: &n}
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, rep)
	}
	return out
}

// artifactLocation locates f, or the file at rel (slash-separated,
// relative to f's directory) when rel is not "": relative to %SRCROOT%
// when f is below the repository root, else a file URI for an absolute
// path, else the path as given.
func artifactLocation(f File, rel string) sarifArtifactLocation {
	p, base := f.RepoPath, srcRoot
	if p == "" {
		p, base = f.Path, ""
	}
	if rel != "" {
		p = path.Join(path.Dir(p), rel)
	}
	if base == "" && isAbsSlash(p) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive: file:///C:/…
		}
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: p}).String(), URIBaseID: base}
}

// isAbsSlash reports whether a slash-separated path is absolute, on Unix
// or Windows.
func isAbsSlash(p string) bool {
	return strings.HasPrefix(p, "/") || len(p) >= 3 && p[1] == ':' && p[2] == '/'
}
