package rules

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/dockerfix/dockerfix/internal/online"
	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/osv"
)

// OSV adapts an osv.Source (a local database, the OSV API, or both through
// osv.First) to lint.OSV, the view rules have of it through Pass.Env. It
// is safe for concurrent use.
type OSV struct {
	Source osv.Source
	// Notice is told, once per base ecosystem, that the source has no data
	// for it (osv.NoDataError's one line, which says where it looked and
	// how to get the data); nil drops it. It is called only when a rule
	// asks about that ecosystem.
	Notice func(string)

	// A run asks about the same few packages again and again: each is
	// looked up once, and the files that need it meanwhile wait.
	records online.Once[packageKey, recordsResult]
	noticed sync.Map // base ecosystem → struct{}
}

type packageKey struct{ ecosystem, source string }

type recordsResult struct {
	matches []osv.Match
	err     error
}

var _ lint.OSV = (*OSV)(nil)

// Ecosystem implements lint.OSV.
func (o *OSV) Ecosystem(r lint.OSRelease) (string, bool) {
	eco, err := osv.Ecosystem(r.Product, r.Release)
	return eco, err == nil && osv.Supported(eco)
}

// Compare implements lint.OSV.
func (o *OSV) Compare(ecosystem, a, b string) (int, error) {
	return osv.Compare(ecosystem, a, b)
}

// Advisories implements lint.OSV: the records naming pkg's source package
// (osv.SourcePackage) in ecosystem, each weighed against version.
func (o *OSV) Advisories(ecosystem, pkg, version string) (lint.PackageAdvisories, error) {
	src := osv.SourcePackage(ecosystem, pkg)
	out := lint.PackageAdvisories{Source: src}
	r := o.records.Get(packageKey{ecosystem, src}, func() recordsResult {
		// The source bounds its own time (online.Session for the API).
		ms, err := o.Source.Vulnerabilities(context.Background(), ecosystem, src, "")
		return recordsResult{ms, err}
	})
	if r.err != nil {
		if errors.Is(r.err, osv.ErrNoData) {
			o.notice(ecosystem, r.err)
			return out, noOSVData{r.err}
		}
		return out, r.err
	}
	for _, m := range r.matches {
		a := lint.Advisory{ID: m.ID, Aliases: m.Aliases, Fixed: m.Fixed}
		for _, af := range m.Affected {
			for _, v := range af.Versions {
				if !slices.Contains(a.Listed, v) {
					a.Listed = append(a.Listed, v)
				}
			}
		}
		if version != "" {
			affects, err := m.Affects(version)
			if err != nil {
				return out, err
			}
			a.Affects = affects
		}
		out.Advisories = append(out.Advisories, a)
	}
	return out, nil
}

func (o *OSV) notice(ecosystem string, err error) {
	if o.Notice == nil {
		return
	}
	if _, seen := o.noticed.LoadOrStore(osv.Base(ecosystem), struct{}{}); !seen {
		o.Notice(err.Error())
	}
}

// noOSVData is the source's no-data error as lint knows it.
type noOSVData struct{ err error }

func (e noOSVData) Error() string        { return e.err.Error() }
func (e noOSVData) Unwrap() error        { return e.err }
func (e noOSVData) Is(target error) bool { return target == lint.ErrNoOSVData }
