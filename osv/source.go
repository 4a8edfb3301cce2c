package osv

import (
	"context"
	"errors"
	"fmt"
	"net/url"
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
	where := "no directory to look in"
	if len(e.Searched) > 0 {
		where = "looked for " + strings.Join(e.Searched, ", ")
	}
	return fmt.Sprintf("no OSV database for %s (%s); download %s to DIR/%s/all.zip and pass --osv-db DIR, or use --online",
		e.Ecosystem, where, ArchiveURL(e.Ecosystem), e.Ecosystem)
}

// ArchiveURL is where OSV publishes the all.zip of a base ecosystem.
func ArchiveURL(ecosystem string) string {
	return "https://osv-vulnerabilities.storage.googleapis.com/" + url.PathEscape(Base(ecosystem)) + "/all.zip"
}

// Is makes errors.Is(err, ErrNoData) true.
func (e *NoDataError) Is(target error) bool { return target == ErrNoData }

// First answers from the first source that has data for the ecosystem: a
// local database, then the API. When none has, the first one's error says
// so.
func First(sources ...Source) Source { return first(sources) }

type first []Source

func (f first) Vulnerabilities(ctx context.Context, ecosystem, pkg, version string) ([]Match, error) {
	var noData error
	for _, s := range f {
		ms, err := s.Vulnerabilities(ctx, ecosystem, pkg, version)
		if !errors.Is(err, ErrNoData) {
			return ms, err
		}
		if noData == nil {
			noData = err
		}
	}
	if noData == nil {
		noData = &NoDataError{Ecosystem: Base(ecosystem)}
	}
	return nil, noData
}

func sortMatches(ms []Match) {
	slices.SortFunc(ms, func(a, b Match) int { return strings.Compare(a.ID, b.ID) })
}
