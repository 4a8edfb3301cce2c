package lint

import "context"

// PackageRegistry fetches documents from language package registries (an
// npm packument: the versions of a package and what each requires) for
// the rules that propose dependency upgrades. The CLI fills it behind
// --online, bounded by the run's online session and cached on disk;
// package deps reads what it fetches.
type PackageRegistry interface {
	// Fetch returns the document at url; accept is the Accept header.
	Fetch(ctx context.Context, url, accept string) ([]byte, error)
}
