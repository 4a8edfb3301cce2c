package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestOrderedEmitter: whatever order results complete in, from however many
// workers, they are emitted once each, in index order, each as soon as
// everything before it is done, with its own content even though every
// worker reuses one buffer.
func TestOrderedEmitter(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		for _, workers := range []int{1, 3, 8} {
			var got []int
			completed := make([]bool, n)
			e := newOrderedEmitter(n, func(i int, out []byte) {
				if !completed[i] {
					t.Errorf("n=%d: %d emitted before it was done", n, i)
				}
				if want := fmt.Sprint("result ", i); string(out) != want {
					t.Errorf("n=%d: %d emitted %q, want %q", n, i, out, want)
				}
				got = append(got, i)
			})
			order := rand.Perm(n)
			bufs := make([][]byte, workers)
			parallel(n, workers, func(w, k int) {
				i := order[k]
				bufs[w] = fmt.Append(bufs[w][:0], "result ", i)
				e.mu.Lock()
				completed[i] = true
				e.mu.Unlock()
				bufs[w] = e.finish(i, bufs[w])
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
