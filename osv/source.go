package osv

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Source answers which OSV records name a package.
type Source interface {
	// Vulnerabilities returns the records that affect pkg at version in
	// ecosystem ("Debian:12", see Ecosystem), sorted by ID; with version ""
	// every record that names pkg there, affecting or fixed. pkg is the
	// name OSV's records use: the source package for Debian, Ubuntu and
	// Alpine (see SourcePackage). An ecosystem the source has no data for
	// gives an error wrapping ErrNoData.
	Vulnerabilities(ctx context.Context, ecosystem, pkg, version string) ([]Match, error)
}

// ErrNoData is wrapped by the error of a source that has no data for the
// ecosystem asked about.
var ErrNoData = errors.New("no OSV data")

// NoDataError says which ecosystem has no data and where it was looked for.
// Its message is the one-line notice a user sees.
type NoDataError struct {
	Ecosystem string   // base ecosystem: "Debian"
	Searched  []string // the all.zip paths looked for
}

func (e *NoDataError) Error() string {
	where := "no database directory"
	if len(e.Searched) > 0 {
		where = strings.Join(e.Searched, ", ")
	}
	return fmt.Sprintf("no OSV database for %s (looked for %s); download it with `osv-scanner scan --offline-vulnerabilities --download-offline-databases`, pass --osv-db DIR, or use --online",
		e.Ecosystem, where)
}

// Is makes errors.Is(err, ErrNoData) true.
func (e *NoDataError) Is(target error) bool { return target == ErrNoData }

// Resolved splits the records that affect pkg at from into those that
// version to no longer has (resolved) and those it still has (remaining):
// "is every vulnerability of the pinned openssl fixed in the version the
// archive ships now?" is len(remaining) == 0.
func Resolved(ctx context.Context, src Source, ecosystem, pkg, from, to string) (resolved, remaining []Match, err error) {
	matches, err := src.Vulnerabilities(ctx, ecosystem, pkg, from)
	if err != nil {
		return nil, nil, err
	}
	for _, m := range matches {
		still, err := m.Affects(to)
		if err != nil {
			return nil, nil, err
		}
		if still {
			remaining = append(remaining, m)
		} else {
			resolved = append(resolved, m)
		}
	}
	return resolved, remaining, nil
}

// FixedBy returns the records that name pkg in ecosystem and are fixed at
// version: they affect some earlier version and not this one. These are the
// vulnerabilities a pin to version claims to fix.
func FixedBy(ctx context.Context, src Source, ecosystem, pkg, version string) ([]Match, error) {
	all, err := src.Vulnerabilities(ctx, ecosystem, pkg, "")
	if err != nil {
		return nil, err
	}
	var fixed []Match
	for _, m := range all {
		if len(m.Fixed) == 0 {
			continue
		}
		affects, err := m.Affects(version)
		if err != nil {
			return nil, err
		}
		if affects {
			continue
		}
		// Fixed at or before version: some fix is not above it.
		for _, f := range m.Fixed {
			if c, err := Compare(ecosystem, f, version); err == nil && c <= 0 {
				fixed = append(fixed, m)
				break
			}
		}
	}
	return fixed, nil
}

// IDs returns the matches' IDs, in order.
func IDs(ms []Match) []string {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids
}

// First answers from the first source that has data for the ecosystem: a
// local database, then the API. When none has, the error lists them all.
func First(sources ...Source) Source { return first(sources) }

type first []Source

func (f first) Vulnerabilities(ctx context.Context, ecosystem, pkg, version string) ([]Match, error) {
	var noData []error
	for _, s := range f {
		ms, err := s.Vulnerabilities(ctx, ecosystem, pkg, version)
		if errors.Is(err, ErrNoData) {
			noData = append(noData, err)
			continue
		}
		return ms, err
	}
	if len(noData) == 0 {
		return nil, &NoDataError{Ecosystem: Base(ecosystem)}
	}
	return nil, errors.Join(noData...)
}

func sortMatches(ms []Match) {
	slices.SortFunc(ms, func(a, b Match) int { return strings.Compare(a.ID, b.ID) })
}
