package lint

import "errors"

// OSV answers from OSV vulnerability data: a local database or the OSV
// API. The rules package adapts the osv package to it, so lint depends on
// neither.
type OSV interface {
	// Ecosystem is OSV's name for an operating system release: {debian 12}
	// → "Debian:12", {ubuntu 22.04} → "Ubuntu:22.04:LTS"; ok is false when
	// OSV has none.
	Ecosystem(os OSRelease) (string, bool)
	// Advisories returns what OSV's records say about an installed package
	// (by the name the Dockerfile installs it under) in ecosystem, each
	// weighed against version; version "" weighs none. An error wraps
	// ErrNoOSVData when the source has no data for the ecosystem.
	Advisories(ecosystem, pkg, version string) (PackageAdvisories, error)
	// Compare orders two versions in the ecosystem's ordering: negative
	// when a < b, zero when equal, positive when a > b.
	Compare(ecosystem, a, b string) (int, error)
}

// ErrNoOSVData is wrapped by an OSV error that means the source has no
// data for an ecosystem, as opposed to a failed look-up: "no
// vulnerabilities" is a claim only data can make.
var ErrNoOSVData = errors.New("no OSV data")

// PackageAdvisories is what OSV's records say about one package in one
// ecosystem.
type PackageAdvisories struct {
	// Source is the name the records use: Debian's, Ubuntu's and Alpine's
	// name source packages (openssl for libssl3).
	Source     string
	Advisories []Advisory // every record naming Source there, sorted by ID
}

// Advisory is one OSV record about a package in one ecosystem.
type Advisory struct {
	ID      string   // "DEBIAN-CVE-2025-9230"
	Aliases []string // "CVE-2025-9230"
	// Fixed lists the versions that fix it in the ecosystem, ascending;
	// empty when no fix is known there.
	Fixed []string
	// Listed are the versions the record lists as affected in the
	// ecosystem (OSV's versions lists): versions the release published.
	Listed []string
	// Affects: it affects the version asked about.
	Affects bool
}
