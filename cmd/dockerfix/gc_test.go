package main

import (
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
// from the first collection on, GOGC=gcPercent and no memory limit.
func TestTuneGC(t *testing.T) {
	prevPercent, prevLimit := gcPercentNow(), debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	})

	tuneGC()
	if p, l := gcPercentNow(), debug.SetMemoryLimit(-1); p != -1 || l != firstGCAt {
		t.Fatalf("before the first collection: GOGC %d, limit %d; want off and %d", p, l, firstGCAt)
	}
	// The cleanup runs on its own goroutine, after a collection finds the
	// sentinel unreachable.
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
}
