package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercentNow reads GOGC, which the runtime only returns when setting it.
func gcPercentNow() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestTuneGC: no collection by GOGC until the heap reaches firstGCAt, then,
// from the first collection on, GOGC=gcPercent and no memory limit. The
// collection that expect may run to set huge pages up is not the first.
func TestTuneGC(t *testing.T) {
	for _, expected := range []int64{-1, 0, 100 << 10, maxHugeHeap} {
		t.Run(fmt.Sprint(expected), func(t *testing.T) {
			prevPercent, prevLimit := gcPercentNow(), debug.SetMemoryLimit(-1)
			t.Cleanup(func() {
				debug.SetGCPercent(prevPercent)
				debug.SetMemoryLimit(prevLimit)
			})

			p := tuneGC()
			if expected >= 0 {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				p.expect(expected / heapPerSourceByte)
				runtime.ReadMemStats(&after)
				ran := after.NumGC > before.NumGC
				if want := expected >= minHugeHeap && hugePagesOnRequest(); ran != want {
					t.Fatalf("expect collected: %v, want %v", ran, want)
				}
				// Time for a wrongly run cleanup to show.
				time.Sleep(20 * time.Millisecond)
			}
			if p, l := gcPercentNow(), debug.SetMemoryLimit(-1); p != -1 || l != firstGCAt {
				t.Fatalf("before the first collection: GOGC %d, limit %d; want off and %d", p, l, firstGCAt)
			}
			// The cleanup runs on its own goroutine, after a collection finds
			// the sentinel unreachable.
			deadline := time.Now().Add(30 * time.Second)
			for debug.SetMemoryLimit(-1) != math.MaxInt64 {
				if time.Now().After(deadline) {
					t.Fatal("the policy did not change after collections")
				}
				runtime.GC()
				time.Sleep(time.Millisecond)
			}
			if p := gcPercentNow(); p != gcPercent {
				t.Fatalf("after the first collection: GOGC %d, want %d", p, gcPercent)
			}
			// Without tuneGC, as in tests, there is no policy to tell.
			var none *gcPolicy
			none.expect(maxHugeHeap)
		})
	}
}

func TestSourceBytes(t *testing.T) {
	for _, tt := range []struct {
		sizes []int64
		want  int64
	}{
		{nil, 0},
		{[]int64{0, 10, 300}, 310},
		{[]int64{-1, 5}, typicalDockerfileSize + 5},
	} {
		var ts []target
		for _, n := range tt.sizes {
			ts = append(ts, target{size: n})
		}
		if got := sourceBytes(ts); got != tt.want {
			t.Errorf("sourceBytes(%v) = %d, want %d", tt.sizes, got, tt.want)
		}
	}
}
