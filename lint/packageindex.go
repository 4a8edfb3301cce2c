package lint

import "context"

// PackageRegistry fetches documents from language package registries (an
// npm packument: the versions of a package and what each requires; a Go
// module proxy's version lists, go.mod files and zips) for the rules that
// propose dependency upgrades. The CLI's reads file:// URLs from disk and
// the others behind --online, bounded by the run's online session and
// cached on disk; package deps reads what it fetches.
type PackageRegistry interface {
	// Fetch returns the document at url; accept is the Accept header.
	Fetch(ctx context.Context, url, accept string) ([]byte, error)
}
