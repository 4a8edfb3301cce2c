package rules

import (
	"sync"
	"testing"
	"time"
)

// TestUpdateMemo: the memoized Update answers what the computation does,
// per day and policy, from any number of goroutines.
func TestUpdateMemo(t *testing.T) {
	imgs := NewImages(nil)
	refs := []string{
		"node:14", "node:24.1.0-alpine", "python:3.8-slim-buster", "ubuntu:18.04",
		"golang:1.21", "alpine:3.20", "debian:bookworm", "nginx", "scratch",
		"example.com/unknown:1", "NOT A REF", "redis:6@sha256:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
	}
	days := []time.Time{
		time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 11, 23, 23, 59, 0, 0, time.UTC), // the same day
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, ref := range refs {
				for _, d := range days {
					for _, policy := range []string{"", "minimal"} {
						got, gotOK := imgs.Update(ref, d, policy)
						want, wantOK := imgs.update(ref, d, policy)
						if got != want || gotOK != wantOK {
							t.Errorf("Update(%q, %s, %q) = %+v, %v; computed %+v, %v", ref, d, policy, got, gotOK, want, wantOK)
						}
					}
				}
			}
		})
	}
	wg.Wait()
	if u, ok := imgs.Update("node:14", days[1], ""); !ok || !u.EOL {
		t.Errorf("node:14 on %s: %+v, %v; want an end-of-support update", days[1], u, ok)
	}
	var nilImages *Images
	if _, ok := nilImages.Update("node:14", days[1], ""); ok {
		t.Error("nil Images gave an update")
	}
}
