package osv

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/google/osv-scalibr/semantic"
)

// ErrInvalidVersion is wrapped by errors about a queried version the
// ecosystem's ordering cannot read ("${OPENSSL_VERSION}", "latest").
var ErrInvalidVersion = errors.New("invalid version")

// Range types; GIT ranges name commits, which a package version cannot be
// compared with, so they never match.
const (
	RangeEcosystem = "ECOSYSTEM"
	RangeSemver    = "SEMVER"
	RangeGit       = "GIT"
)

// Affected is one affected entry of a record, reduced to what matching
// needs: its ecosystem, ranges and explicit versions.
type Affected struct {
	Ecosystem string
	Ranges    []Range
	Versions  []string
}

// Range is a timeline of events in one version ordering.
type Range struct {
	Type   string // RangeEcosystem, RangeSemver or RangeGit
	Events []Event
}

// Event holds exactly one of its fields, as in the OSV schema.
type Event struct {
	Introduced, Fixed, LastAffected, Limit string
}

func (e Event) version() string {
	switch {
	case e.Introduced != "":
		return e.Introduced
	case e.Fixed != "":
		return e.Fixed
	case e.LastAffected != "":
		return e.LastAffected
	}
	return e.Limit
}

// Compare orders two versions in an ecosystem's ordering (Debian's for
// "Debian:12", apk's for "Alpine:v3.20", RPM's for the Red Hat family …):
// negative when a < b, zero when equal, positive when a > b.
func Compare(ecosystem, a, b string) (int, error) {
	va, err := parseVersion(RangeEcosystem, ecosystem, a)
	if err != nil {
		return 0, err
	}
	vb, err := parseVersion(RangeEcosystem, ecosystem, b)
	if err != nil {
		return 0, err
	}
	return va.Compare(vb)
}

func parseVersion(rangeType, ecosystem, s string) (semantic.Version, error) {
	if !plausible(s) {
		return nil, fmt.Errorf("osv: %s version %q: %w", Base(ecosystem), s, ErrInvalidVersion)
	}
	if rangeType == RangeSemver {
		return semantic.ParseSemverVersion(s), nil
	}
	v, err := semantic.Parse(s, Base(ecosystem))
	if errors.Is(err, semantic.ErrUnsupportedEcosystem) {
		return nil, fmt.Errorf("osv: no version ordering for ecosystem %q", ecosystem)
	}
	if err != nil {
		return nil, fmt.Errorf("osv: %s version %q: %w: %v", Base(ecosystem), s, ErrInvalidVersion, err)
	}
	return v, nil
}

// plausible rejects what no ecosystem calls a version but a Dockerfile may
// hold where one goes ("${OPENSSL_VERSION}", "latest", "*"): semantic's
// parsers accept nearly any string and would order it somewhere.
func plausible(s string) bool {
	return s != "" && strings.ContainsAny(s, "0123456789") && !strings.ContainsAny(s, " \t\n$*?{}[]\"'`\\")
}

// Supported reports whether versions of ecosystem can be compared.
func Supported(ecosystem string) bool {
	_, err := semantic.Parse("0", Base(ecosystem))
	return !errors.Is(err, semantic.ErrUnsupportedEcosystem)
}

// Affects reports whether version is affected according to a, following the
// OSV schema's evaluation: listed in Versions, or inside a range. An event
// whose own version cannot be read makes its range count as affecting:
// when unsure, a version is not claimed safe.
func (a Affected) Affects(version string) (bool, error) {
	v, err := parseVersion(RangeEcosystem, a.Ecosystem, version)
	if err != nil {
		return false, err
	}
	for _, listed := range a.Versions {
		if listed == version {
			return true, nil
		}
		if c, err := v.CompareStr(listed); err == nil && c == 0 {
			return true, nil
		}
	}
	var semver semantic.Version
	for _, r := range a.Ranges {
		switch r.Type {
		case RangeEcosystem:
			if r.includes(a.Ecosystem, v) {
				return true, nil
			}
		case RangeSemver:
			if semver == nil {
				semver = semantic.ParseSemverVersion(version)
			}
			if r.includes(a.Ecosystem, semver) {
				return true, nil
			}
		}
	}
	return false, nil
}

// includes is the schema's IncludedInRanges for one range: limits bound the
// range, then the events, sorted by version with introduced "0" first, are
// walked as a timeline.
func (r Range) includes(ecosystem string, v semantic.Version) bool {
	type event struct {
		Event
		at   semantic.Version // nil for introduced "0" and limit "*"
		zero bool
	}
	events := make([]event, 0, len(r.Events))
	for _, e := range r.Events {
		x := event{Event: e, zero: e.Introduced == "0"}
		if s := e.version(); !x.zero && s != "" && !(e.Limit != "" && strings.Contains(e.Limit, "*")) {
			at, err := parseVersion(r.Type, ecosystem, s)
			if err != nil {
				return true
			}
			x.at = at
		}
		events = append(events, x)
	}
	compare := func(at semantic.Version) (int, bool) {
		c, err := v.Compare(at)
		return c, err == nil
	}
	limited, beforeLimit := false, false
	for _, e := range events {
		if e.Limit == "" {
			continue
		}
		limited = true
		if e.at == nil {
			beforeLimit = true
		} else if c, ok := compare(e.at); !ok || c < 0 {
			beforeLimit = true
		}
	}
	if limited && !beforeLimit {
		return false
	}
	slices.SortStableFunc(events, func(x, y event) int {
		switch {
		case x.zero && y.zero:
			return 0
		case x.zero:
			return -1
		case y.zero:
			return 1
		case x.at == nil || y.at == nil:
			return 0
		}
		c, _ := x.at.Compare(y.at)
		return c
	})
	affected := false
	for _, e := range events {
		switch {
		case e.zero:
			affected = true
		case e.Introduced != "":
			if c, ok := compare(e.at); !ok || c >= 0 {
				affected = true
			}
		case e.Fixed != "":
			if c, ok := compare(e.at); ok && c >= 0 {
				affected = false
			}
		case e.LastAffected != "":
			if c, ok := compare(e.at); ok && c > 0 {
				affected = false
			}
		}
	}
	return affected
}
