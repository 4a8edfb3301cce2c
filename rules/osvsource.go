package rules

import (
	"context"
	"errors"

	"github.com/dockerfix/dockerfix/lint"
	"github.com/dockerfix/dockerfix/osv"
)

// OSVSource adapts an osv.Source (a local database, the API, or both
// through osv.First) to lint.OSV.
type OSVSource struct {
	Source osv.Source
}

// Ecosystem implements lint.OSV.
func (s OSVSource) Ecosystem(r lint.OSRelease) (string, bool) {
	e, err := osv.Ecosystem(r.Product, r.Release)
	return e, err == nil
}

// Advisories implements lint.OSV: the records naming the package's source
// package in ecosystem, each weighed against version.
func (s OSVSource) Advisories(ecosystem, pkg, version string) (lint.PackageAdvisories, error) {
	src := osv.SourcePackage(ecosystem, pkg)
	ms, err := s.Source.Vulnerabilities(context.Background(), ecosystem, src, "")
	if errors.Is(err, osv.ErrNoData) {
		return lint.PackageAdvisories{}, errors.Join(lint.ErrNoOSVData, err)
	}
	if err != nil {
		return lint.PackageAdvisories{}, err
	}
	out := lint.PackageAdvisories{Source: src}
	for _, m := range ms {
		a := lint.Advisory{ID: m.ID, Aliases: m.Aliases, Fixed: m.Fixed}
		if version != "" {
			if a.Affects, err = m.Affects(version); err != nil {
				return lint.PackageAdvisories{}, err
			}
		}
		out.Advisories = append(out.Advisories, a)
	}
	return out, nil
}

// Compare implements lint.OSV.
func (OSVSource) Compare(ecosystem, a, b string) (int, error) {
	return osv.Compare(ecosystem, a, b)
}
