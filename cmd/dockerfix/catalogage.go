package main

import (
	"fmt"
	"time"

	"github.com/dockerfix/dockerfix/internal/images"
)

// catalogAgePrefix starts the catalog-age warning line.
const catalogAgePrefix = "dockerfix: warning: the base-image catalog is from "

// catalogAgeWarning is the warning line for judging support status on
// judged with a catalog whose data is as of snapshot (YYYY-MM-DD), or ""
// when the catalog is at most images.FreshDays days older. --online refreshes
// tag lists, not release cycles, so it does not silence the warning; it
// only drops the advice to use it.
func catalogAgeWarning(snapshot string, judged time.Time, online bool) string {
	days, ok := images.AgeDays(snapshot, judged)
	if !ok || days <= images.FreshDays {
		return "" // fresh enough, or a catalog without a date
	}
	advice := "use --online, or a newer dockerfix"
	if online {
		advice = "use a newer dockerfix"
	}
	return fmt.Sprintf("%s%s, %d days before %s; ends of support announced since then are unknown: %s",
		catalogAgePrefix, snapshot, days, images.Day(judged), advice)
}

// warnCatalogAge prints the catalog-age warning on stderr, never on stdout
// or in a report: run calls it once.
func (o *options) warnCatalogAge() {
	if w := catalogAgeWarning(o.catalogDate, o.now(), o.online); w != "" {
		fmt.Fprintln(o.stderr, w)
	}
}
