package main

import "sync"

// orderedEmitter hands results to emit in index order as soon as each one
// and all before it are done. Workers finish out of order; the output must
// not, and holding every result until the last is done would keep the
// whole run's output in memory.
type orderedEmitter struct {
	mu    sync.Mutex
	ready []bool
	next  int
	emit  func(i int)
}

func newOrderedEmitter(n int, emit func(i int)) *orderedEmitter {
	return &orderedEmitter{ready: make([]bool, n), emit: emit}
}

// done marks result i complete and emits every complete result that
// follows the last one emitted. Emission happens under the lock, one
// result at a time.
func (e *orderedEmitter) done(i int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.ready[i] = true
	for e.next < len(e.ready) && e.ready[e.next] {
		e.emit(e.next)
		e.next++
	}
}
