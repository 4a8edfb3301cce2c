package main

import (
	"math"
	"runtime"
	"runtime/debug"
)

// Garbage collection for a short-lived batch process.
const (
	// firstGCAt is the heap size of the first collection. Most runs never
	// reach it: a pre-commit hook, or thousands of Dockerfiles (linting the
	// corpus of 2,514 allocates about 30 MB).
	firstGCAt = 128 << 20
	// gcPercent is GOGC from the first collection on: a larger heap target
	// than the default, which costs tens of megabytes on a big tree and
	// saves about a quarter of the CPU time.
	gcPercent = 400
)

// Huge pages for the heap of a large run (see gcPolicy.expect).
const (
	// heapPerSourceByte is how much heap a run touches per byte of
	// Dockerfile: about 6 for a lint of the corpus (5.8 MB of source, 35 MB
	// of heap), more to fix. Advising too much costs nothing: pages never
	// touched are never backed.
	heapPerSourceByte = 8
	// typicalDockerfileSize stands in for files discovery did not stat.
	typicalDockerfileSize = 2 << 10
	// Below minHugeHeap the collection that sets huge pages up costs more
	// than the page faults they save (measured: even at 8 MB, ahead at
	// 24 MB). Above maxHugeHeap the heap grows on ordinary pages, and it
	// stays well under firstGCAt, which counts the advised pages as used.
	minHugeHeap = 16 << 20
	maxHugeHeap = 64 << 20
)

// gcPolicy is main's garbage-collection policy, set up by tuneGC.
type gcPolicy struct {
	// sentinel is freed by the first collection, which then lifts the
	// policy. expect keeps it alive through the collection it runs itself.
	sentinel *[16]byte
}

// tuneGC puts off the first collection until the heap reaches firstGCAt,
// then lets GOGC=gcPercent pace the rest. A collection while the heap grows
// costs more than its marking: the write barrier reads fresh pages, which
// the kernel maps to the zero page and must then copy and flush from every
// CPU. A memory limit alone would keep collecting at the limit, however
// large the live heap (a 4 MiB Dockerfile holds hundreds of megabytes), so
// it is lifted after the first collection.
func tuneGC() *gcPolicy {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(firstGCAt)
	// Not a tiny object, which could share a block and never be freed.
	p := &gcPolicy{sentinel: new([16]byte)}
	runtime.AddCleanup(p.sentinel, func(struct{}) {
		debug.SetGCPercent(gcPercent)
		debug.SetMemoryLimit(math.MaxInt64)
	}, struct{}{})
	return p
}

// expect is told, once discovery is done, how many bytes of Dockerfile the
// run will read. With no collection, every allocation faults in a fresh
// page, and on a large run those faults are a fifth of the CPU time. Where
// the kernel gives huge pages only to memory that asks for them (the
// default of most distributions), a large run asks for them: it maps the
// heap it will need, advises it, and frees it with one collection on a
// heap that is still tiny; the allocations that follow reuse those pages,
// 2 MiB per fault. On the corpus: 11,300 faults become 2,200, and the run
// takes 9% less time.
func (p *gcPolicy) expect(sourceBytes int64) {
	if p == nil || p.sentinel == nil {
		return
	}
	if n := min(sourceBytes*heapPerSourceByte, maxHugeHeap); n >= minHugeHeap && hugePagesOnRequest() {
		adviseHugePages(int(n))
		runtime.GC()
	}
	// The collection above is not the one the policy waits for.
	runtime.KeepAlive(p.sentinel)
	p.sentinel = nil
}

// sourceBytes is what the run will read: the sizes discovery saw, and a
// typical size for the files it did not stat.
func sourceBytes(ts []target) int64 {
	var n int64
	for _, t := range ts {
		if t.size >= 0 {
			n += t.size
		} else {
			n += typicalDockerfileSize
		}
	}
	return n
}
