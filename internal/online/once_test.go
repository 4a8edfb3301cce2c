package online

import (
	"sync"
	"sync/atomic"
	"testing"
)

// TestOnce: concurrent callers of a key share one computation; other keys
// get their own.
func TestOnce(t *testing.T) {
	var o Once[string, int]
	var calls atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	got := make([]int, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = o.Get("a", func() int {
				calls.Add(1)
				<-release // the others arrive while it computes
				return 42
			})
		}()
	}
	close(release)
	wg.Wait()
	for i, v := range got {
		if v != 42 {
			t.Errorf("caller %d got %d, want 42", i, v)
		}
	}
	if n := o.Get("b", func() int { calls.Add(1); return 7 }); n != 7 {
		t.Errorf("b = %d, want 7", n)
	}
	if n := o.Get("a", func() int { calls.Add(1); return 0 }); n != 42 {
		t.Errorf("a again = %d, want 42", n)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("%d computations, want 2 (one per key)", n)
	}
}
