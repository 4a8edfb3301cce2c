package main

import (
	"strings"
	"testing"
	"time"
)

func TestCatalogAgeWarning(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	const unknown = "; ends of support announced since then are unknown: "
	tests := []struct {
		snapshot string
		judged   time.Time
		online   bool
		want     string
	}{
		{"2026-08-22", day("2026-08-22"), false, ""},
		{"2026-08-22", day("2026-05-01"), false, ""}, // judging the past
		{"2026-08-22", day("2026-11-20"), false, ""}, // 90 days
		{"2026-08-22", day("2026-11-21"), false,
			catalogAgePrefix + "2026-08-22, 91 days before 2026-11-21" + unknown + "use --online, or a newer dockerfix"},
		{"2026-08-22", day("2026-12-04"), false,
			"dockerfix: warning: the base-image catalog is from 2026-08-22, 104 days before 2026-12-04" + unknown + "use --online, or a newer dockerfix"},
		// --online refreshes tag lists only: the warning stays, without
		// the advice to use it.
		{"2026-08-22", day("2026-12-04"), true,
			catalogAgePrefix + "2026-08-22, 104 days before 2026-12-04" + unknown + "use a newer dockerfix"},
		// The day is the judged time's own calendar day, whatever its hour.
		{"2026-08-22", time.Date(2026, 11, 20, 23, 59, 0, 0, time.UTC), false, ""},
		{"2026-08-22", time.Date(2026, 11, 21, 0, 30, 0, 0, time.FixedZone("UTC+2", 7200)), false,
			catalogAgePrefix + "2026-08-22, 91 days before 2026-11-21" + unknown + "use --online, or a newer dockerfix"},
		// Across a daylight-saving change and a leap day.
		{"2028-01-01", time.Date(2028, 4, 1, 12, 0, 0, 0, time.FixedZone("CEST", 7200)), false,
			catalogAgePrefix + "2028-01-01, 91 days before 2028-04-01" + unknown + "use --online, or a newer dockerfix"},
		{"", day("2030-01-01"), false, ""}, // no snapshot date
	}
	for _, tt := range tests {
		if got := catalogAgeWarning(tt.snapshot, tt.judged, tt.online); got != tt.want {
			t.Errorf("catalogAgeWarning(%q, %v, %v) = %q, want %q", tt.snapshot, tt.judged, tt.online, got, tt.want)
		}
	}
}

// withoutCatalogAge drops the catalog-age warning from a run's stderr, for
// tests about the rest of it.
func withoutCatalogAge(stderr string) string {
	var keep []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if !strings.HasPrefix(line, catalogAgePrefix) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}
