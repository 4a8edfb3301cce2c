package main

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestOrderedEmitter: whatever order results complete in, from however many
// workers, they are emitted once each, in index order, and each as soon as
// everything before it is done.
func TestOrderedEmitter(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		for _, workers := range []int{1, 3, 8} {
			var got []int
			completed := make([]bool, n)
			e := newOrderedEmitter(n, func(i int) {
				if !completed[i] {
					t.Errorf("n=%d: %d emitted before it was done", n, i)
				}
				got = append(got, i)
			})
			order := rand.Perm(n)
			parallel(n, workers, func(_, k int) {
				i := order[k]
				e.mu.Lock()
				completed[i] = true
				e.mu.Unlock()
				e.done(i)
			})
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(got, want) {
				t.Errorf("n=%d, %d workers: emitted %v", n, workers, got)
			}
		}
	}
}
