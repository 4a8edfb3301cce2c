package osv

import (
	"cmp"
	"slices"
	"strings"

	"github.com/ossf/osv-schema/bindings/go/osvschema"
	"google.golang.org/protobuf/encoding/protojson"
)

// Match is one record that names a package in an ecosystem.
type Match struct {
	ID      string   // "DEBIAN-CVE-2024-5535", "ALPINE-CVE-…", "USN-6986-1", "RHSA-…"
	Aliases []string // the other IDs of the vulnerability (aliases and upstream: CVE-…), sorted
	Summary string   // the record's summary, or the first line of its details
	Package string   // the package queried, as the record names it
	// Fixed lists the versions that fix it for Package in the queried
	// ecosystem, ascending; empty when no fix is known.
	Fixed []string
	// Affected holds the record's entries for Package in the queried
	// ecosystem, for Affects.
	Affected []Affected
}

// Affects reports whether the package at version is affected.
func (m Match) Affects(version string) (bool, error) {
	for _, a := range m.Affected {
		ok, err := a.Affects(version)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// Decode reads one OSV record (JSON). Fields newer than the bindings are
// skipped and the record kept: osv-scalibr's own matcher drops such records
// silently.
func Decode(data []byte) (*osvschema.Vulnerability, error) {
	v := &osvschema.Vulnerability{}
	if err := (protojson.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(data, v); err != nil {
		return nil, err
	}
	return v, nil
}

// matchOf returns what record says about pkg in ecosystem; ok is false when
// it names neither, or was withdrawn.
func matchOf(record *osvschema.Vulnerability, ecosystem, pkg string) (Match, bool) {
	if record.GetWithdrawn() != nil {
		return Match{}, false
	}
	m := Match{ID: record.GetId(), Package: pkg, Summary: summaryOf(record)}
	for _, a := range record.GetAffected() {
		p := a.GetPackage()
		if p.GetName() != pkg || !Matches(ecosystem, p.GetEcosystem()) {
			continue
		}
		m.Affected = append(m.Affected, affectedOf(a))
	}
	if len(m.Affected) == 0 {
		return Match{}, false
	}
	m.Aliases = aliasesOf(record)
	m.Fixed = fixedOf(m.Affected)
	return m, true
}

func affectedOf(a *osvschema.Affected) Affected {
	out := Affected{Ecosystem: a.GetPackage().GetEcosystem(), Versions: a.GetVersions()}
	for _, r := range a.GetRanges() {
		rr := Range{Type: r.GetType().String()}
		for _, e := range r.GetEvents() {
			rr.Events = append(rr.Events, Event{
				Introduced:   e.GetIntroduced(),
				Fixed:        e.GetFixed(),
				LastAffected: e.GetLastAffected(),
				Limit:        e.GetLimit(),
			})
		}
		out.Ranges = append(out.Ranges, rr)
	}
	return out
}

func aliasesOf(record *osvschema.Vulnerability) []string {
	var ids []string
	for _, id := range slices.Concat(record.GetAliases(), record.GetUpstream()) {
		if id != record.GetId() && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// summaryOf keeps the first line of details when there is no summary
// (Debian's records have none), cut at a readable length.
func summaryOf(record *osvschema.Vulnerability) string {
	s := record.GetSummary()
	if s == "" {
		s, _, _ = strings.Cut(strings.TrimSpace(record.GetDetails()), "\n")
	}
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 160 {
		s = strings.TrimSpace(string(r[:159])) + "…"
	}
	return s
}

// fixedOf lists the distinct fixed versions of ECOSYSTEM ranges, ascending
// in the ecosystem's order (unreadable ones last, as given).
func fixedOf(affected []Affected) []string {
	var fixed []string
	eco := ""
	for _, a := range affected {
		for _, r := range a.Ranges {
			if r.Type != RangeEcosystem {
				continue
			}
			for _, e := range r.Events {
				if e.Fixed != "" && !slices.Contains(fixed, e.Fixed) {
					fixed = append(fixed, e.Fixed)
					eco = a.Ecosystem
				}
			}
		}
	}
	slices.SortStableFunc(fixed, func(x, y string) int {
		c, err := Compare(eco, x, y)
		if err != nil {
			return cmp.Compare(x, y)
		}
		return c
	})
	return fixed
}

// matchesOf are the records' matches for pkg in ecosystem, sorted; only
// those affecting version when it is given.
func matchesOf(recs []*osvschema.Vulnerability, ecosystem, pkg, version string) ([]Match, error) {
	var out []Match
	for _, rec := range recs {
		m, ok := matchOf(rec, ecosystem, pkg)
		if !ok {
			continue
		}
		if version != "" {
			affects, err := m.Affects(version)
			if err != nil {
				return nil, err
			}
			if !affects {
				continue
			}
		}
		out = append(out, m)
	}
	sortMatches(out)
	return out, nil
}
